import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { markAllReadAction } from "@/app/notifications/actions";
import { findNotifications } from "@/lib/notifications/notification-centre";
import { Banner } from "@/components/ui/banner";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeading } from "@/components/ui/page-heading";
import { Tag } from "@/components/ui/tag";
import { getDateFormat } from "@/components/ui/date-format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

// Everyone's notification centre: what changed, newest first; opening one marks it read.
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ before?: string; read?: string }> }) {
  const actor = await requirePage("read:notification:own");
  const { before, read } = await searchParams;
  const t = await getTranslations("notifications");
  const locale = (await getLocale()) === "en" ? "en" : "id";
  const dates = await getDateFormat();
  const { items, next } = await findNotifications({ actor, locale, before });
  return (
    <>
      {read ? <Banner title={t("allRead")}>{null}</Banner> : null}
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      {items.some((n) => !n.read) ? (
        <form action={markAllReadAction} className="mb-6">
          <Button variant="secondary">{t("markAllRead")}</Button>
        </form>
      ) : null}
      {items.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 border-y border-slate-200">
          {items.map((n) => (
            <li key={n.id} className={`py-3 ${n.read ? "" : "border-l-4 border-brand-700 pl-3"}`}>
              <p className="flex flex-wrap items-center gap-2">
                {n.read ? null : <Tag tone="blue">{t("unread")}</Tag>}
                {/* A plain link: opening marks it read on the server (a route, not a page). */}
                <a href={`/notifications/${n.id}`} className={n.read ? "" : "font-semibold"}>
                  {n.line}
                </a>
              </p>
              <p className="text-sm text-slate-700">{dates.dateTime(n.createdAt)}</p>
            </li>
          ))}
        </ul>
      )}
      {next ? (
        <p className="mt-4">
          <Link href={`/notifications?before=${next}`}>{t("older")}</Link>
        </p>
      ) : null}
    </>
  );
}
