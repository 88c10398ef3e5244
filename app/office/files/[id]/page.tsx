import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime, formatDay } from "@/lib/calendar/format-date";
import { toWallClock } from "@/lib/calendar/time-zone";
import { requirePage } from "@/app/_lib/session";
import { pageData } from "@/app/_lib/page-data";
import { getOfficeFileView } from "@/lib/review/get-office-file-view";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { StatusPanel } from "@/components/application/status-panel";
import { partyOf, statusSince } from "@/lib/workflow/transitions";
import { Timeline, timelineEvents } from "@/components/application/timeline";
import { VerificationForm, type CheckItem } from "@/components/review/verification-form";
import { answersIn, displayValue } from "@/lib/applications/display-value";
import { inLocale, nameOf } from "@/lib/catalogue/version-data";
import { Banner } from "@/components/ui/banner";
import { IssuedDocuments } from "@/components/application/issued-documents";
import { DecisionForm } from "@/components/review/decision-form";
import { ApproveForm, ReasonForm } from "@/components/review/decision-actions";
import { RecordInspectionForm, ScheduleSurveyForm } from "@/components/review/inspection-forms";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { uploadErrorKey } from "@/app/_lib/receive-upload";
import { PHOTO_ACCEPT, PHOTO_MAX_MB } from "@/lib/review/technical-review";
import { approveAction, prepareDecisionAction, recordInspectionAction, rejectAction, revokeAction, scheduleSurveyAction, verifyApplicationAction } from "@/app/office/actions";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("fileTitle") };
}

/** An instant as the value of a datetime-local input on the office's clock. */
function localDateTime(at: Date, timeZone: string) {
  const { day, time } = toWallClock(at, timeZone);
  return `${day}T${time}`;
}

const DONE = {
  accept: "review.accepted",
  return: "review.returned",
  reject: "review.rejectedDone",
  decision: "review.sentForApproval",
  approve: "review.approved",
  revoke: "review.revoked",
  schedule: "inspection.scheduled",
  photo: "inspection.photoUploaded",
  inspection: "inspection.recorded",
} as const;

// An application as office staff see it, with the action of the viewer's role at the file's stage.
export default async function OfficeFilePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string; number?: string; photoError?: string }>;
}) {
  const actor = await requirePage("read:application:agency");
  const { id } = await params;
  const { done, number, photoError } = await searchParams;
  const view = await pageData(getOfficeFileView({ actor, applicationId: id }));
  const { app, actions, decision, openInspection, lastReport } = view;
  const t = await getTranslations();
  const locale = await getLocale();
  const data = answersIn(app.data, view.kbli, locale);
  const documentLink = (key: string) => {
    const doc = app.documents.find((d) => d.requirementKey === key);
    return doc ? <a href={`/api/documents/${doc.id}`}>{doc.file.originalName}</a> : <span className="text-slate-600">{t("review.notUploaded")}</span>;
  };
  const items: CheckItem[] = [
    ...view.fields.map((f) => ({
      kind: "field" as const,
      key: f.key,
      label: inLocale(f.label, locale),
      value: displayValue(f, data[f.key], locale) || "—",
      previous: view.previousCheck("field", f.key),
    })),
    ...view.documents.map((d) => ({ kind: "document" as const, key: d.key, label: inLocale(d.name, locale), value: documentLink(d.key), previous: view.previousCheck("document", d.key) })),
  ];
  const checklist = view.checklist.map((c) => inLocale(c, locale));
  const members = openInspection?.members ?? [];
  const day = (d: Date) => formatDay(d, locale);
  const doneKey = done && done in DONE ? DONE[done as keyof typeof DONE] : null;
  return (
    <>
      <p className="mb-4">
        <Link href={ROLE_HOME[actor.role].path}>{t("review.back")}</Link>
      </p>
      {doneKey ? <Banner title={t("common.successTitle")}>{t(doneKey, { number: number ?? "" })}</Banner> : null}
      <PageHeading caption={`${t("application.registration")} ${app.registrationNumber ?? "—"} · ${t("review.applicant")}: ${app.applicant.fullName}`}>
        {nameOf(app.permitTypeVersion, locale)}
      </PageHeading>
      <StatusPanel status={app.status} clock={view.clock} slaDays={app.permitTypeVersion.slaDays} reader={partyOf(actor.role)} since={statusSince(app.events, app.status)} />
      <IssuedDocuments documents={view.issuedDocuments} standing={{ status: app.status, timeZone: app.office.timeZone, validUntil: decision?.validUntil ?? null }} />
      {decision && (actions.approve || app.status === "ISSUED") ? (
        <Section
          id="decision-title"
          title={actions.approve ? t("review.approvalTitle") : t("review.decisionTitle")}
          description={actions.approve ? t("review.approvalLead") : undefined}
          className="mb-8"
        >
          <SummaryList
            rows={[
              { key: t("review.decreeNumber"), value: <span className="font-mono">{decision.decreeNumber}</span> },
              { key: t("review.validFrom"), value: day(decision.validFrom) },
              { key: t("review.validUntil"), value: decision.validUntil ? day(decision.validUntil) : "—" },
              { key: t("review.conditions"), value: decision.conditions.length ? <ul className="list-disc pl-5">{decision.conditions.map((c) => <li key={c}>{c}</li>)}</ul> : "—" },
            ]}
          />
          {actions.approve ? (
            <>
              <p className="mb-4">
                <a href={`/api/office/files/${id}/preview`}>{t("review.preview")}</a>
              </p>
              <ApproveForm approveAction={approveAction} applicationId={id} />
            </>
          ) : null}
        </Section>
      ) : null}
      {lastReport?.recommendation && !actions.inspect ? (
        <Banner tone="info">{t("inspection.recommendationShown", { recommendation: t(`inspection.recommendations.${lastReport.recommendation}`) })}</Banner>
      ) : null}
      {actions.inspect ? (
        <>
          <Section
            id="schedule-title"
            title={t("inspection.scheduleTitle")}
            headingSpace={2}
            description={openInspection ? undefined : t("inspection.scheduleLead")}
            className="mb-8"
          >
            {openInspection ? (
              <p className="mb-4 font-semibold">
                {t("inspection.scheduledInfo", { date: formatDateTime(openInspection.scheduledFor, locale, view.timeZone), place: openInspection.place })}
              </p>
            ) : null}
            <ScheduleSurveyForm
              scheduleSurveyAction={scheduleSurveyAction}
              applicationId={id}
              rescheduling={Boolean(openInspection)}
              defaults={{
                scheduledFor: openInspection ? localDateTime(openInspection.scheduledFor, view.timeZone) : "",
                place: openInspection?.place ?? "",
                members: openInspection ? members.flatMap((m) => (m.userId ? [m.userId] : [])) : [actor.id],
              }}
              staff={view.surveyStaff}
            />
          </Section>
          {openInspection ? (
            <>
              <Section sectionId="photos" id="photos-title" title={t("inspection.photosTitle")} headingSpace={2} description={t("inspection.photosLead")} descriptionSpace={2} className="mb-8">
                {photoError ? (
                  <p role="alert" className="mb-2 font-semibold text-danger">
                    {t(`validation.upload.${uploadErrorKey(photoError) ?? "missing"}`, { max: PHOTO_MAX_MB, types: PHOTO_ACCEPT.map((k) => k.toUpperCase()).join(", ") })}
                  </p>
                ) : null}
                <p className="mb-2">{t("inspection.photoCount", { count: openInspection.photoCount })}</p>
                <form method="post" encType="multipart/form-data" action={`/api/office/files/${id}/photos`} className="flex flex-wrap items-end gap-3">
                  <label htmlFor="photo" className="sr-only">
                    {t("inspection.photo")}
                  </label>
                  <input id="photo" name="photo" type="file" accept="image/jpeg,image/png" required className="block max-w-full text-sm file:mr-3 file:min-h-11 file:rounded file:border-0 file:bg-slate-200 file:px-4 file:font-semibold" />
                  <button type="submit" className="min-h-11 rounded bg-slate-100 px-4 font-semibold shadow-[0_2px_0_#6b7280]">
                    {t("inspection.uploadPhoto")}
                  </button>
                </form>
              </Section>
              <Section id="record-title" title={t("inspection.recordTitle")} headingSpace={2} description={t("inspection.recordLead")} className="mb-8">
                <p className="mb-4 font-semibold">{t("inspection.recordFrom", { date: formatDateTime(openInspection.scheduledFor, locale, view.timeZone) })}</p>
                {checklist.length === 0 ? <p className="mb-4">{t("inspection.noChecklist")}</p> : null}
                <RecordInspectionForm recordInspectionAction={recordInspectionAction} applicationId={id} checklist={checklist} members={members.map((m) => `${m.name} (${m.position})`)} />
              </Section>
            </>
          ) : null}
        </>
      ) : null}
      {actions.decide ? (
        <Section id="prepare-title" title={t("review.decisionTitle")} headingSpace={2} description={t("review.decisionLead")} className="mb-8">
          <p className="mb-4">
            <a href={`/api/office/files/${id}/preview`}>{t("review.preview")}</a>
          </p>
          <DecisionForm prepareDecisionAction={prepareDecisionAction} applicationId={id} defaults={{ validFrom: view.validity.validFrom, validUntil: view.validity.validUntil ?? "", conditions: (lastReport?.conditions ?? []).join("\n") }} />
        </Section>
      ) : null}
      {actions.reject ? (
        <details className="mb-8 rounded border-2 border-slate-200 p-4">
          <summary className="cursor-pointer text-lg font-bold">{t("review.rejectTitle")}</summary>
          <div className="mt-4">
            <ReasonForm action={rejectAction} applicationId={id} kind="reject" />
          </div>
        </details>
      ) : null}
      {actions.revoke ? (
        <details className="mb-8 rounded border-2 border-slate-200 p-4">
          <summary className="cursor-pointer text-lg font-bold">{t("review.revokeTitle")}</summary>
          <div className="mt-4">
            <ReasonForm action={revokeAction} applicationId={id} kind="revoke" />
          </div>
        </details>
      ) : null}
      <div className="grid gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,1fr)]">
        <div>
          {actions.verify ? (
            <Section id="verify-title" title={t("review.verifyTitle")} headingSpace={2} description={t("review.verifyLead")} descriptionSpace={6}>
              <VerificationForm verifyApplicationAction={verifyApplicationAction} applicationId={id} items={items} />
            </Section>
          ) : (
            <>
              <h2 className="mb-3 text-2xl font-bold">{t("application.data")}</h2>
              <SummaryList rows={items.filter((i) => i.kind === "field").map((i) => ({ key: i.label, value: i.value }))} />
              <h2 className="mb-3 text-2xl font-bold">{t("application.documents")}</h2>
              <SummaryList rows={items.filter((i) => i.kind === "document").map((i) => ({ key: i.label, value: i.value }))} />
            </>
          )}
        </div>
        <Section id="timeline-title" title={t("application.timeline")} headingSpace={4}>
          <Timeline
            events={timelineEvents(app.events, (a) => `${a.fullName} (${t(`roles.${a.role}`)})`)}
          />
        </Section>
      </div>
    </>
  );
}
