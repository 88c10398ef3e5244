import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/calendar/format-date";
import { requirePage } from "@/app/_lib/session";
import { pageData } from "@/app/_lib/page-data";
import { getApplicationView } from "@/lib/applications/get-application-view";
import { startRenewalAction, withdrawApplicationAction } from "@/app/applications/actions";
import { RevisionNotice } from "@/components/application/revision-notice";
import { IssuedDocuments } from "@/components/application/issued-documents";
import { StatusPanel } from "@/components/application/status-panel";
import { partyOf, statusSince } from "@/lib/workflow/transitions";
import { WithdrawApplicationForm } from "@/components/application/submit-forms";
import { Timeline, timelineEvents } from "@/components/application/timeline";
import { answersIn, displayValue } from "@/lib/applications/display-value";
import { inLocale, nameOf } from "@/lib/catalogue/version-data";
import { Banner } from "@/components/ui/banner";
import { Button, ButtonLink } from "@/components/ui/button";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("application"))("caption") };
}

export default async function ApplicationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ resubmitted?: string; withdrawn?: string }>;
}) {
  const actor = await requirePage("read:application:own");
  const { id } = await params;
  const flags = await searchParams;
  const view = await pageData(getApplicationView({ actor, applicationId: id }));
  const { app } = view;
  const t = await getTranslations();
  const locale = await getLocale();
  const data = answersIn(app.data, view.kbli, locale);
  return (
    <>
      {flags.resubmitted ? <Banner title={t("common.successTitle")}>{t("application.resubmitted")}</Banner> : null}
      {flags.withdrawn ? <Banner title={t("common.successTitle")}>{t("application.withdrawn")}</Banner> : null}
      <PageHeading caption={app.registrationNumber ? `${t("application.registration")} ${app.registrationNumber}` : t("status.DRAFT")}>
        {nameOf(app.permitTypeVersion, locale)}
      </PageHeading>
      <StatusPanel status={app.status} clock={view.clock} slaDays={app.permitTypeVersion.slaDays} reader={partyOf(actor.role)} since={statusSince(app.events, app.status)} />
      <IssuedDocuments
        documents={view.issuedDocuments}
        standing={{ status: app.status, timeZone: app.office.timeZone, validUntil: app.decision?.validUntil ?? null }}
        applyAgainHref={view.isOwner && app.status === "REVOKED" ? `/permits/${app.permitType.code}` : undefined}
      />
      {view.renewableUntil ? (
        <Section id="renew-title" title={t("application.renew")} size="medium" headingSpace={0} variant="aside" className="mb-8">
          <p className="mb-3">{t("application.renewHint", { until: formatDay(view.renewableUntil, locale) })}</p>
          <form action={startRenewalAction}>
            <input type="hidden" name="_applicationId" value={id} />
            <Button>{t("application.renew")}</Button>
          </form>
        </Section>
      ) : null}
      <RevisionNotice view={view} />
      {view.isOwner && app.status === "DRAFT" ? (
        <p className="mb-8">
          <ButtonLink href={`/applications/${id}/edit`}>{t("application.continueDraft")}</ButtonLink>
        </p>
      ) : null}
      <div className="grid gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div>
          <h2 className="mb-3 text-2xl font-bold">{t("application.data")}</h2>
          <SummaryList
            rows={view.fields.map((f) => ({
              key: inLocale(f.label, locale),
              value: displayValue(f, data[f.key], locale) || <span className="text-slate-600">{t("application.empty")}</span>,
            }))}
          />
          <h2 className="mb-3 text-2xl font-bold">{t("application.documents")}</h2>
          <SummaryList
            rows={view.documents.map((d) => {
              const doc = app.documents.find((x) => x.requirementKey === d.key);
              return {
                key: inLocale(d.name, locale),
                value: doc ? (
                  <a href={`/api/documents/${doc.id}`}>
                    {doc.file.originalName} <span className="sr-only">({t("application.download")})</span>
                  </a>
                ) : (
                  <span className="text-slate-600">{t("application.notUploaded")}</span>
                ),
              };
            })}
          />
        </div>
        <Section id="timeline-title" title={t("application.timeline")} headingSpace={4}>
          <Timeline
            // The applicant sees which office role acted, not who.
            events={timelineEvents(app.events, (a) => (a.role !== "APPLICANT" ? t(`roles.${a.role}`) : null))}
          />
        </Section>
      </div>
      {view.withdrawable ? (
        <Section
          id="withdraw-title"
          title={app.status === "DRAFT" ? t("application.withdrawDraft") : t("application.withdraw")}
          size="medium"
          variant="divided"
          className="mt-10"
        >
          <WithdrawApplicationForm withdrawApplicationAction={withdrawApplicationAction} applicationId={id} isDraft={app.status === "DRAFT"} />
        </Section>
      ) : null}
    </>
  );
}
