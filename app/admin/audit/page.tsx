import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { findAuditLog, ZFindAuditLogSchema } from "@/lib/audit/find-audit-log";
import { EmptyState, PageHeading } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/table";
import { getDateFormat } from "@/components/ui/date-format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePage("read:audit:office");
  const { after } = ZFindAuditLogSchema.parse(await searchParams);
  const { entries, nextCursor } = await findAuditLog({ actor, after });
  const t = await getTranslations("admin.audit");
  const tAdmin = await getTranslations("admin");
  const tCommon = await getTranslations("common");
  const dates = await getDateFormat();
  return (
    <>
      <p className="mb-4">
        <Link href="/admin">{tAdmin("title")}</Link>
      </p>
      <PageHeading>{t("title")}</PageHeading>
      {entries.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <DataTable
          caption={t("title")}
          rows={entries}
          columns={[
            { header: t("when"), className: "whitespace-nowrap", cell: (e) => dates.dateTime(e.createdAt) },
            { header: t("who"), cell: (e) => (e.actor ? `${e.actor.fullName} (${e.actor.email})` : t("system")) },
            { header: t("action"), cell: (e) => (t.has(`actions.${e.action}`) ? t(`actions.${e.action}`) : e.action) },
            { header: t("target"), cell: (e) => (e.entity === "User" && e.entityId ? <Link href={`/admin/users/${e.entityId}`}>{e.entity}</Link> : e.entity) },
            { header: t("details"), cell: (e) => <code className="text-xs break-all">{e.data ? JSON.stringify(e.data) : ""}</code> },
          ]}
        />
      )}
      <nav className="mt-6 flex gap-6" aria-label={t("title")}>
        {after ? <Link href="/admin/audit">{tCommon("firstPage")}</Link> : null}
        {nextCursor ? <Link href={`/admin/audit?after=${nextCursor}`}>{tCommon("nextPage")}</Link> : null}
      </nav>
    </>
  );
}
