import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { retryMailAction } from "@/app/admin/mail/actions";
import { findOutbox, MAIL_STATUSES } from "@/lib/notifications/outbox-admin";
import type { MailStatus } from "@/lib/db/generated/enums";
import { Banner } from "@/components/ui/banner";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeading } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/table";
import { getDateFormat } from "@/components/ui/date-format";
import { Tag } from "@/components/ui/tag";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminMail"))("title") };
}

const TONE = { PENDING: "yellow", SENDING: "blue", SENT: "green", FAILED: "red", KEPT: "neutral" } as const;

// The outbox as the admin sees it: every mail and its delivery, failures first to hand.
export default async function MailPage({ searchParams }: { searchParams: Promise<{ status?: string; before?: string; retried?: string }> }) {
  const actor = await requirePage("manage:mail:office");
  const { status: rawStatus, before, retried } = await searchParams;
  const status = (MAIL_STATUSES as readonly string[]).includes(rawStatus ?? "") ? (rawStatus as MailStatus) : undefined;
  const t = await getTranslations();
  const dates = await getDateFormat();
  const { items, next, counts, smtpConfigured } = await findOutbox({ actor, status, before });
  return (
    <>
      <p className="mb-4">
        <Link href="/admin">{t("admin.title")}</Link>
      </p>
      {retried ? <Banner title={t("adminMail.retried")}>{null}</Banner> : null}
      <PageHeading lead={t("adminMail.lead")}>{t("adminMail.title")}</PageHeading>
      {smtpConfigured ? null : <p className="mb-6 border-l-4 border-yellow-600 pl-4 font-semibold">{t("adminMail.keptNote")}</p>}
      <nav aria-label={t("adminMail.filter")} className="mb-6">
        <ul className="flex flex-wrap gap-3">
          <li>
            <Link href="/admin/mail" aria-current={status ? undefined : "page"} className={status ? "" : "font-bold"}>
              {t("adminMail.all")}
            </Link>
          </li>
          {MAIL_STATUSES.map((s) => (
            <li key={s}>
              <Link href={`/admin/mail?status=${s}`} aria-current={status === s ? "page" : undefined} className={status === s ? "font-bold" : ""}>
                {t(`adminMail.statuses.${s}`)} ({counts[s] ?? 0})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {items.length === 0 ? (
        <EmptyState>{t("adminMail.empty")}</EmptyState>
      ) : (
        <DataTable
          caption={t("adminMail.title")}
          rows={items}
          columns={[
            { header: t("adminMail.created"), cell: (m) => dates.dateTime(m.createdAt) },
            { header: t("adminMail.to"), className: "break-all", cell: (m) => m.toAddress },
            { header: t("adminMail.subject"), cell: (m) => <Link href={`/admin/mail/${m.id}`}>{m.subject}</Link> },
            {
              header: t("adminMail.status"),
              cell: (m) => (
                <>
                  <Tag tone={TONE[m.status]}>{t(`adminMail.statuses.${m.status}`)}</Tag>
                  <span className="mt-1 block text-sm">{t("adminMail.attempts", { count: m.attempts })}</span>
                  {m.lastError && m.status !== "SENT" ? <span className="block text-sm text-danger">{t("adminMail.lastError", { error: m.lastError })}</span> : null}
                  {m.status === "PENDING" && m.attempts > 0 ? <span className="block text-sm">{t("adminMail.nextAttempt", { at: dates.dateTime(m.nextAttemptAt) })}</span> : null}
                  {m.status === "FAILED" ? (
                    <form action={retryMailAction} className="mt-2">
                      <input type="hidden" name="mailId" value={m.id} />
                      <Button variant="secondary" aria-label={`${t("adminMail.retry")}: ${m.toAddress}`}>
                        {t("adminMail.retry")}
                      </Button>
                    </form>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      )}
      {next ? (
        <p className="mt-4">
          <Link href={`/admin/mail?${status ? `status=${status}&` : ""}before=${next}`}>{t("adminMail.more")}</Link>
        </p>
      ) : null}
    </>
  );
}
