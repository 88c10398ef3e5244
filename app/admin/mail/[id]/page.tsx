import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { pageData } from "@/app/_lib/page-data";
import { getOutboxMail } from "@/lib/notifications/outbox-admin";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { getDateFormat } from "@/components/ui/date-format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminMail"))("messageTitle") };
}

// One mail of the outbox as it was (or will be) sent: the mail log when no server is configured.
export default async function MailMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("manage:mail:office");
  const { id } = await params;
  const t = await getTranslations("adminMail");
  const dates = await getDateFormat();
  const mail = await pageData(getOutboxMail({ actor, mailId: id }));
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/mail">{t("back")}</Link>
      </p>
      <PageHeading caption={t("messageTitle")}>{mail.subject}</PageHeading>
      <SummaryList
        rows={[
          { key: t("to"), value: mail.toAddress },
          { key: t("created"), value: dates.dateTime(mail.createdAt) },
          { key: t("status"), value: <Tag>{t(`statuses.${mail.status}`)}</Tag> },
          ...(mail.lastError ? [{ key: t("lastErrorLabel"), value: mail.lastError }] : []),
        ]}
      />
      <pre className="whitespace-pre-wrap break-words rounded border-2 border-slate-200 bg-slate-50 p-4 font-sans text-base">{mail.text}</pre>
    </>
  );
}
