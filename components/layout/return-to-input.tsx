"use client";
// The page the language switcher returns to. The header is drawn once with the root layout and not
// again on client-side navigation, so the page it was drawn on may no longer be the current one.
import { useEffect, useState } from "react";
import { usePathname } from "next/navigation";

export function ReturnToInput({ initial }: { initial: string }) {
  const pathname = usePathname();
  const [value, setValue] = useState(initial);
  useEffect(() => setValue(window.location.pathname + window.location.search), [pathname]);
  return <input type="hidden" name="returnTo" value={value} />;
}
