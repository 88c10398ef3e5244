import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { pageData } from "@/app/_lib/page-data";
import { getApplication } from "@/lib/applications/get-application";
import { ApplicationSteps } from "@/components/application/application-steps";
import { RevisionNotice } from "@/components/application/revision-notice";
import { SubmitApplicationForm } from "@/components/application/submit-forms";
import { displayValue } from "@/lib/applications/display-value";
import { inLocale, nameOf } from "@/lib/catalogue/version-data";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { resubmitApplicationAction, submitApplicationAction } from "@/app/applications/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("application"))("checkTitle") };
}

export default async function CheckAnswersPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("update:application:own");
  const { id } = await params;
  const view = await pageData(getApplication({ actor, applicationId: id }));
  if (!view.isOwner || (view.app.status !== "DRAFT" && view.app.status !== "RETURNED")) redirect(`/applications/${id}`);
  const t = await getTranslations();
  const locale = await getLocale();
  const data = (view.app.data ?? {}) as Record<string, unknown>;
  const uploaded = new Map(view.app.documents.map((d) => [d.requirementKey, d]));
  const isDraft = view.app.status === "DRAFT";
  const labels: Record<string, string> = {};
  for (const f of view.fields) labels[f.key] = inLocale(f.label, locale);
  for (const d of view.documents) labels[`document.${d.key}`] = inLocale(d.name, locale);
  for (const f of view.fields) if (f.type === "address") for (const part of ["street", "province", "city", "district"]) labels[`${f.key}.${part}`] = `${labels[f.key]} (${t(`application.address.${part}` as "application.address.street")})`;
  const changeLink = (href: string, label: string, editable: boolean) =>
    editable ? (
      <Link href={href} aria-label={t("application.changeLabel", { field: label })}>
        {t("application.change")}
      </Link>
    ) : undefined;
  return (
    <>
      <PageHeading caption={nameOf(view.app.permitTypeVersion, locale)} lead={t("application.checkLead")}>
        {t("application.checkTitle")}
      </PageHeading>
      {isDraft ? <ApplicationSteps applicationId={id} current="check" /> : <RevisionNotice view={view} />}
      <h2 className="mb-3 text-2xl font-bold">{t("application.data")}</h2>
      <SummaryList
        rows={view.fields.map((f) => ({
          key: labels[f.key],
          value: displayValue(f, data[f.key], locale) || <span className="text-slate-600">{t("application.empty")}</span>,
          action: changeLink(`/applications/${id}/edit#${f.key}`, labels[f.key]!, view.editable.all || view.editable.fields.has(f.key)),
        }))}
      />
      <h2 className="mb-3 text-2xl font-bold">{t("application.documents")}</h2>
      <SummaryList
        rows={view.documents.map((d) => {
          const doc = uploaded.get(d.key);
          return {
            key: labels[`document.${d.key}`],
            value: doc ? doc.file.originalName : <Tag tone={d.required ? "yellow" : "neutral"}>{t("application.notUploaded")}</Tag>,
            action: changeLink(`/applications/${id}/documents#file-${d.key}`, labels[`document.${d.key}`]!, view.editable.all || view.editable.documents.has(d.key)),
          };
        })}
      />
      <SubmitApplicationForm action={isDraft ? submitApplicationAction : resubmitApplicationAction} applicationId={id} mode={isDraft ? "submit" : "resubmit"} labels={labels} />
    </>
  );
}
