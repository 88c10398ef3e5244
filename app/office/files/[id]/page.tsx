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
import { Timeline, timelineEvents } from "@/components/application/timeline";
import { VerificationForm, type CheckItem } from "@/components/review/verification-form";
import { displayValue } from "@/lib/applications/display-value";
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
  const data = (app.data ?? {}) as Record<string, unknown>;
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
      <StatusPanel status={app.status} clock={view.clock} slaDays={app.permitTypeVersion.slaDays} />
      <IssuedDocuments documents={view.issuedDocuments} />
      {decision && (actions.approve || app.status === "ISSUED") ? (
        <section aria-labelledby="decision-title" className="mb-8">
          <h2 id="decision-title" className="mb-3 text-2xl font-bold">
            {actions.approve ? t("review.approvalTitle") : t("review.decisionTitle")}
          </h2>
          {actions.approve ? <p className="mb-4 max-w-2xl text-slate-700">{t("review.approvalLead")}</p> : null}
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
              <ApproveForm applicationId={id} />
            </>
          ) : null}
        </section>
      ) : null}
      {lastReport?.recommendation && !actions.inspect ? (
        <Banner tone="info">{t("inspection.recommendationShown", { recommendation: t(`inspection.recommendations.${lastReport.recommendation}`) })}</Banner>
      ) : null}
      {actions.inspect ? (
        <>
          <section aria-labelledby="schedule-title" className="mb-8">
            <h2 id="schedule-title" className="mb-2 text-2xl font-bold">
              {t("inspection.scheduleTitle")}
            </h2>
            {openInspection ? (
              <p className="mb-4 font-semibold">
                {t("inspection.scheduledInfo", { date: formatDateTime(openInspection.scheduledFor, locale, view.timeZone), place: openInspection.place })}
              </p>
            ) : (
              <p className="mb-4 max-w-2xl text-slate-700">{t("inspection.scheduleLead")}</p>
            )}
            <ScheduleSurveyForm
              applicationId={id}
              defaults={{
                scheduledFor: openInspection ? localDateTime(openInspection.scheduledFor, view.timeZone) : "",
                place: openInspection?.place ?? "",
                members: members.map((m) => [m.name, m.position, m.nip].filter(Boolean).join(" | ")).join("\n") || `${actor.fullName} | `,
              }}
            />
          </section>
          {openInspection ? (
            <>
              <section id="photos" aria-labelledby="photos-title" className="mb-8">
                <h2 id="photos-title" className="mb-2 text-2xl font-bold">
                  {t("inspection.photosTitle")}
                </h2>
                <p className="mb-2 max-w-2xl text-slate-700">{t("inspection.photosLead")}</p>
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
              </section>
              <section aria-labelledby="record-title" className="mb-8">
                <h2 id="record-title" className="mb-2 text-2xl font-bold">
                  {t("inspection.recordTitle")}
                </h2>
                <p className="mb-4 max-w-2xl text-slate-700">{t("inspection.recordLead")}</p>
                {checklist.length === 0 ? <p className="mb-4">{t("inspection.noChecklist")}</p> : null}
                <RecordInspectionForm applicationId={id} checklist={checklist} members={members.map((m) => `${m.name} (${m.position})`)} />
              </section>
            </>
          ) : null}
        </>
      ) : null}
      {actions.decide ? (
        <section aria-labelledby="prepare-title" className="mb-8">
          <h2 id="prepare-title" className="mb-2 text-2xl font-bold">
            {t("review.decisionTitle")}
          </h2>
          <p className="mb-4 max-w-2xl text-slate-700">{t("review.decisionLead")}</p>
          <p className="mb-4">
            <a href={`/api/office/files/${id}/preview`}>{t("review.preview")}</a>
          </p>
          <DecisionForm applicationId={id} defaults={{ validFrom: view.validity.validFrom, validUntil: view.validity.validUntil ?? "", conditions: (lastReport?.conditions ?? []).join("\n") }} />
        </section>
      ) : null}
      {actions.reject ? (
        <details className="mb-8 rounded border-2 border-slate-200 p-4">
          <summary className="cursor-pointer text-lg font-bold">{t("review.rejectTitle")}</summary>
          <div className="mt-4">
            <ReasonForm applicationId={id} kind="reject" />
          </div>
        </details>
      ) : null}
      {actions.revoke ? (
        <details className="mb-8 rounded border-2 border-slate-200 p-4">
          <summary className="cursor-pointer text-lg font-bold">{t("review.revokeTitle")}</summary>
          <div className="mt-4">
            <ReasonForm applicationId={id} kind="revoke" />
          </div>
        </details>
      ) : null}
      <div className="grid gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,1fr)]">
        <div>
          {actions.verify ? (
            <section aria-labelledby="verify-title">
              <h2 id="verify-title" className="mb-2 text-2xl font-bold">
                {t("review.verifyTitle")}
              </h2>
              <p className="mb-6 max-w-2xl text-slate-700">{t("review.verifyLead")}</p>
              <VerificationForm applicationId={id} items={items} />
            </section>
          ) : (
            <>
              <h2 className="mb-3 text-2xl font-bold">{t("application.data")}</h2>
              <SummaryList rows={items.filter((i) => i.kind === "field").map((i) => ({ key: i.label, value: i.value }))} />
              <h2 className="mb-3 text-2xl font-bold">{t("application.documents")}</h2>
              <SummaryList rows={items.filter((i) => i.kind === "document").map((i) => ({ key: i.label, value: i.value }))} />
            </>
          )}
        </div>
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title" className="mb-4 text-2xl font-bold">
            {t("application.timeline")}
          </h2>
          <Timeline
            events={timelineEvents(app.events, (a) => `${a.fullName} (${t(`roles.${a.role}`)})`)}
          />
        </section>
      </div>
    </>
  );
}
