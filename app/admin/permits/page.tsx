import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { findPermitTypesForAdmin } from "@/lib/catalogue/find-permit-types-for-admin";
import { Banner } from "@/components/ui/banner";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeading } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPermits"))("title") };
}

export default async function PermitTypesAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePage("manage:catalogue:office");
  const { saved, version } = await searchParams;
  const permitTypes = await findPermitTypesForAdmin({ actor });
  const t = await getTranslations();
  const locale = await getLocale();
  const savedVersion = Number(version);
  return (
    <>
      <p className="mb-4">
        <Link href="/admin">{t("admin.title")}</Link>
      </p>
      {saved && /^[A-Z][A-Z0-9-]{1,29}$/.test(saved) && Number.isInteger(savedVersion) && savedVersion > 0 ? (
        <Banner title={t("common.successTitle")}>{t("adminPermits.saved", { code: saved, version: savedVersion })}</Banner>
      ) : null}
      <PageHeading lead={t("adminPermits.lead")}>{t("adminPermits.title")}</PageHeading>
      <div className="mb-6">
        <ButtonLink href="/admin/permits/new">{t("adminPermits.create")}</ButtonLink>
      </div>
      {permitTypes.length === 0 ? (
        <EmptyState>{t("adminPermits.empty")}</EmptyState>
      ) : (
        <DataTable
          caption={t("adminPermits.title")}
          rows={permitTypes}
          columns={[
            { header: t("adminPermits.code"), className: "font-mono whitespace-nowrap", cell: (p) => p.code },
            {
              header: t("adminPermits.name"),
              className: "min-w-48",
              cell: (p) => {
                const name = p.currentVersion ? (locale === "en" ? p.currentVersion.nameEn : p.currentVersion.nameId) : p.code;
                return (
                  <Link href={`/admin/permits/${encodeURIComponent(p.code)}`} className="font-semibold" aria-label={t("adminPermits.editLabel", { name })}>
                    {name}
                  </Link>
                );
              },
            },
            { header: t("adminPermits.category"), cell: (p) => t(`categories.${p.category}`) },
            { header: t("adminPermits.agencyColumn"), cell: (p) => (locale === "en" ? p.agency.nameEn : p.agency.nameId) },
            { header: t("adminPermits.workflow"), cell: (p) => (p.currentVersion ? t(`workflows.${p.currentVersion.workflow}`) : "—") },
            { header: t("adminPermits.slaColumn"), className: "whitespace-nowrap", cell: (p) => (p.currentVersion ? t("adminPermits.slaDaysValue", { days: p.currentVersion.slaDays }) : "—") },
            { header: t("adminPermits.versionColumn"), className: "text-right tabular-nums", cell: (p) => p.currentVersion?.version ?? "—" },
            { header: t("common.status"), cell: (p) => (p.active ? <Tag tone="green">{t("adminPermits.active")}</Tag> : <Tag tone="red">{t("adminPermits.inactive")}</Tag>) },
          ]}
        />
      )}
    </>
  );
}
