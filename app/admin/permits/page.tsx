import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { findPermitTypesForAdmin } from "@/lib/catalogue/find-permit-types-for-admin";
import { Banner } from "@/components/ui/banner";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeading } from "@/components/ui/page-heading";
import { Table, Td, Th } from "@/components/ui/table";
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
        <Table caption={t("adminPermits.title")}>
          <thead>
            <tr>
              <Th>{t("adminPermits.code")}</Th>
              <Th>{t("adminPermits.name")}</Th>
              <Th>{t("adminPermits.category")}</Th>
              <Th>{t("adminPermits.agencyColumn")}</Th>
              <Th>{t("adminPermits.workflow")}</Th>
              <Th>{t("adminPermits.slaColumn")}</Th>
              <Th>{t("adminPermits.versionColumn")}</Th>
              <Th>{t("common.status")}</Th>
            </tr>
          </thead>
          <tbody>
            {permitTypes.map((p) => {
              const v = p.currentVersion;
              const name = v ? (locale === "en" ? v.nameEn : v.nameId) : p.code;
              return (
                <tr key={p.id}>
                  <Td className="font-mono whitespace-nowrap">{p.code}</Td>
                  <Td className="min-w-48">
                    <Link href={`/admin/permits/${encodeURIComponent(p.code)}`} className="font-semibold" aria-label={t("adminPermits.editLabel", { name })}>
                      {name}
                    </Link>
                  </Td>
                  <Td>{t(`categories.${p.category}`)}</Td>
                  <Td>{locale === "en" ? p.agency.nameEn : p.agency.nameId}</Td>
                  <Td>{v ? t(`workflows.${v.workflow}`) : "—"}</Td>
                  <Td className="whitespace-nowrap">{v ? t("adminPermits.slaDaysValue", { days: v.slaDays }) : "—"}</Td>
                  <Td className="text-right tabular-nums">{v?.version ?? "—"}</Td>
                  <Td>{p.active ? <Tag tone="green">{t("adminPermits.active")}</Tag> : <Tag tone="red">{t("adminPermits.inactive")}</Tag>}</Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </>
  );
}
