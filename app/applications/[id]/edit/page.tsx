import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { flattenValues } from "@/app/applications/load";
import { pageData } from "@/app/_lib/page-data";
import { getApplication } from "@/lib/applications/get-application";
import { ApplicationForm } from "@/components/application/application-form";
import { ApplicationSteps } from "@/components/application/application-steps";
import { RevisionNotice } from "@/components/application/revision-notice";
import { nameOf } from "@/lib/catalogue/version-data";
import { PageHeading } from "@/components/ui/page-heading";
import { saveDraftAction } from "@/app/applications/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("application"))("stepData") };
}

export default async function EditApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("update:application:own");
  const { id } = await params;
  const view = await pageData(getApplication({ actor, applicationId: id }));
  if (!view.isOwner || (view.app.status !== "DRAFT" && view.app.status !== "RETURNED")) redirect(`/applications/${id}`);
  const t = await getTranslations("application");
  const locale = await getLocale();
  const name = nameOf(view.app.permitTypeVersion, locale);
  return (
    <>
      <PageHeading caption={t("caption")}>{name}</PageHeading>
      {view.app.status === "DRAFT" ? <ApplicationSteps applicationId={id} current="edit" /> : <RevisionNotice view={view} />}
      <ApplicationForm
        saveDraftAction={saveDraftAction}
        applicationId={id}
        fields={view.fields}
        initialValues={flattenValues((view.app.data ?? {}) as Record<string, unknown>)}
        editable={view.editable.all ? null : [...view.editable.fields]}
        timeZone={view.app.office.timeZone}
      />
    </>
  );
}
