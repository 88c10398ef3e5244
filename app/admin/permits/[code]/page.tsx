import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { agencyOptions } from "@/app/admin/permits/agency-options";
import { initialEditorState } from "@/app/admin/permits/definition-form";
import { PermitTypeEditor } from "@/app/admin/permits/permit-type-editor";
import { getPermitTypeForAdmin } from "@/lib/catalogue/find-permit-types-for-admin";
import { Banner } from "@/components/ui/banner";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { pageData } from "@/app/_lib/page-data";
import { getDateFormat } from "@/components/ui/date-format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPermits"))("editTitle") };
}

export default async function EditPermitTypePage({ params }: { params: Promise<{ code: string }> }) {
  const actor = await requirePage("manage:catalogue:office");
  const { code } = await params;
  const permitType = await pageData(getPermitTypeForAdmin({ actor, code }));
  const t = await getTranslations();
  const dates = await getDateFormat();
  const locale = await getLocale();
  const { definition, currentVersion } = permitType;
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/permits">{t("adminPermits.title")}</Link>
      </p>
      <PageHeading caption={t("adminPermits.editCaption", { code: permitType.code })}>{locale === "en" ? definition.name.en : definition.name.id}</PageHeading>
      <Banner tone="info" title={t("adminPermits.versionNoticeTitle", { version: currentVersion })}>
        <p>{t("adminPermits.versionNotice", { version: currentVersion, next: currentVersion + 1 })}</p>
        <p className="mt-2">
          <a href="#versions-title">{t("adminPermits.versionsLink")}</a>
        </p>
      </Banner>
      <PermitTypeEditor
        mode="edit"
        code={permitType.code}
        baseVersion={currentVersion}
        initial={initialEditorState(definition)}
        agencies={await agencyOptions(actor)}
      />
      <section aria-labelledby="versions-title" className="mt-16">
        <h2 id="versions-title" className="mb-2 text-2xl font-bold">
          {t("adminPermits.versionsTitle")}
        </h2>
        <p className="mb-4 max-w-2xl text-slate-700">{t("adminPermits.versionsLead")}</p>
        <div className="max-w-2xl">
          <Table caption={t("adminPermits.versionsTitle")}>
            <thead>
              <tr>
                <Th>{t("adminPermits.versionColumn")}</Th>
                <Th>{t("adminPermits.savedAt")}</Th>
                <Th>{t("adminPermits.savedBy")}</Th>
                <Th>
                  <span className="sr-only">{t("common.status")}</span>
                </Th>
              </tr>
            </thead>
            <tbody>
              {permitType.versions.map((v) => (
                <tr key={v.version}>
                  <Td className="tabular-nums">{t("adminPermits.versionNumber", { version: v.version })}</Td>
                  <Td>{dates.dateTime(v.createdAt)}</Td>
                  <Td>{v.createdBy ?? t("adminPermits.seedAuthor")}</Td>
                  <Td>{v.current ? <Tag tone="green">{t("adminPermits.currentVersion")}</Tag> : null}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      </section>
    </>
  );
}
