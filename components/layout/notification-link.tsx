"use client";
// The header's link to the notification centre with the unread count. The header belongs to the root
// layout, which client-side navigation does not redraw, so the count is fetched again after every page
// change and every minute (a few bytes); the link works as a plain link without JavaScript.
import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

export function NotificationLink({ initial }: { initial: number }) {
  const t = useTranslations("notifications");
  const pathname = usePathname();
  const [unread, setUnread] = useState(initial);
  // A server action that refreshes the layout hands down a new count: take it while rendering, so the
  // old one never shows (https://react.dev/learn/you-might-not-need-an-effect#adjusting-some-state-when-a-prop-changes).
  const [handedDown, setHandedDown] = useState(initial);
  if (handedDown !== initial) {
    setHandedDown(initial);
    setUnread(initial);
  }
  // The server drew the first count with the page: fetch only after a page change or a minute.
  const drawn = useRef(pathname);
  useEffect(() => {
    let cancelled = false;
    const refresh = () =>
      fetch("/api/notifications/unread", { cache: "no-store" })
        .then((r) => (r.ok ? r.json() : null))
        .then((body: { unread?: number } | null) => {
          if (!cancelled && typeof body?.unread === "number") setUnread(body.unread);
        })
        .catch(() => undefined);
    if (drawn.current !== pathname) void refresh();
    drawn.current = "";
    const timer = setInterval(refresh, 60_000);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [pathname]);
  return (
    <Link href="/notifications" className="font-semibold text-white hover:text-brand-100" data-testid="notifications-link">
      {t("headerUnread", { count: unread })}
    </Link>
  );
}
