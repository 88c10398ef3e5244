"use client";
// The page the language switcher returns to. The header is drawn once with the root layout and not
// again on client-side navigation, so the page it was drawn on may no longer be the current one.
import { useSyncExternalStore } from "react";
import { usePathname } from "next/navigation";

const subscribe = () => () => {};
const currentAddress = () => window.location.pathname + window.location.search;

export function ReturnToInput({ initial }: { initial: string }) {
  // Subscribing to the pathname re-renders the input after every client-side navigation; the address
  // (with its query) is then read from the window. The server and hydration use the drawn page's.
  usePathname();
  const value = useSyncExternalStore(subscribe, currentAddress, () => initial);
  return <input type="hidden" name="returnTo" value={value} />;
}
