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
import { DataTable } from "@/components/ui/table";
import { getDateFormat } from "@/components/ui/date-format";
import { Tag } from "@/components/ui/tag";
import { pageData } from "@/app/_lib/page-data";
import { Section } from "@/components/ui/section";

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
      <Section id="versions-title" title={t("adminPermits.versionsTitle")} headingSpace={2} description={t("adminPermits.versionsLead")} className="mt-16">
        <div className="max-w-2xl">
          <DataTable
            caption={t("adminPermits.versionsTitle")}
            rows={permitType.versions}
            rowKey={(v) => v.version}
            columns={[
              { header: t("adminPermits.versionColumn"), className: "tabular-nums", cell: (v) => t("adminPermits.versionNumber", { version: v.version }) },
              { header: t("adminPermits.savedAt"), cell: (v) => dates.dateTime(v.createdAt) },
              { header: t("adminPermits.savedBy"), cell: (v) => v.createdBy ?? t("adminPermits.seedAuthor") },
              { header: <span className="sr-only">{t("common.status")}</span>, cell: (v) => (v.current ? <Tag tone="green">{t("adminPermits.currentVersion")}</Tag> : null) },
            ]}
          />
        </div>
      </Section>
    </>
  );
}
