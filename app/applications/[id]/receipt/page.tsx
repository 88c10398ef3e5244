import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { pageData } from "@/app/_lib/page-data";
import { getApplication } from "@/lib/applications/get-application";
import { PrintButton } from "@/components/application/print-button";
import { nameOf } from "@/lib/catalogue/version-data";
import { ButtonLink } from "@/components/ui/button";
import { SummaryList } from "@/components/ui/summary-list";
import { getDateFormat } from "@/components/ui/date-format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("application"))("receiptTitle") };
}

// The printable receipt: the registration number and the tracking token, large and clear.
export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("read:application:own");
  const { id } = await params;
  const view = await pageData(getApplication({ actor, applicationId: id }));
  const { app } = view;
  if (!view.isOwner || !app.registrationNumber || !app.trackingToken) redirect(`/applications/${id}`);
  const t = await getTranslations();
  const locale = await getLocale();
  const dates = await getDateFormat();
  return (
    <article className="max-w-2xl">
      <div className="mb-8 bg-success p-6 text-center text-white">
        <h1 className="text-3xl font-bold">{t("application.receiptTitle")}</h1>
        <p className="mt-4 text-lg">{t("application.receiptNumber")}</p>
        <p className="font-mono text-3xl font-bold tracking-wide" data-testid="registration-number">
          {app.registrationNumber}
        </p>
        <p className="mt-4 text-lg">{t("application.receiptToken")}</p>
        <p className="font-mono text-2xl font-bold tracking-widest" data-testid="tracking-token">
          {app.trackingToken}
        </p>
      </div>
      <p className="mb-6 text-lg">{t("application.receiptKeep")}</p>
      <SummaryList
        rows={[
          { key: t("application.receiptPermit"), value: nameOf(app.permitTypeVersion, locale) },
          { key: t("application.receiptApplicant"), value: app.applicant.fullName },
          { key: t("application.receiptDate"), value: app.submittedAt ? dates.dateTime(app.submittedAt) : "" },
          { key: t("common.status"), value: t(`status.${app.status}`) },
        ]}
      />
      <h2 className="mb-2 text-2xl font-bold">{t("application.receiptNext")}</h2>
      <p className="mb-8">{t("application.receiptNextBody", { days: app.permitTypeVersion.slaDays })}</p>
      <div className="flex flex-wrap gap-3 print:hidden">
        <PrintButton label={t("application.receiptPrint")} />
        <ButtonLink href={`/applications/${id}`} variant="secondary">
          {t("application.viewApplication")}
        </ButtonLink>
      </div>
    </article>
  );
}
