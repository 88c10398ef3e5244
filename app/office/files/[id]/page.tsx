import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { loadApplicationForPage } from "@/app/applications/load";
import { StatusPanel } from "@/components/application/status-panel";
import { Timeline } from "@/components/application/timeline";
import { VerificationForm, type CheckItem } from "@/components/review/verification-form";
import { displayValue } from "@/lib/applications/display-value";
import { serviceClock } from "@/lib/applications/service-clock";
import { can, ROLE_HOME } from "@/lib/auth/permissions";
import { inLocale, nameOf } from "@/lib/catalogue/version-data";
import { db } from "@/lib/db/client";
import { loadWorkCalendar } from "@/lib/sla/office-calendar";
import { Banner } from "@/components/ui/banner";
import { IssuedDocuments } from "@/components/application/issued-documents";
import { DecisionForm } from "@/components/review/decision-form";
import { ApproveForm, ReasonForm } from "@/components/review/decision-actions";
import { defaultValidity } from "@/lib/review/prepare-decision";
import { localToday } from "@/lib/review/office-day";
import { getEnv } from "@/lib/env";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("fileTitle") };
}

const DONE = {
  accept: "review.accepted",
  return: "review.returned",
  reject: "review.rejectedDone",
  decision: "review.sentForApproval",
  approve: "review.approved",
  revoke: "review.revoked",
} as const;

// An application as office staff see it, with the action of the viewer's role at the file's stage.
export default async function OfficeFilePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string; number?: string }>;
}) {
  const actor = await requirePage("read:application:agency");
  const { id } = await params;
  const { done, number } = await searchParams;
  const view = await loadApplicationForPage(actor, id);
  const { app } = view;
  const t = await getTranslations();
  const locale = await getLocale();
  const data = (app.data ?? {}) as Record<string, unknown>;
  const clock = serviceClock({ ...app, slaDays: app.permitTypeVersion.slaDays }, await loadWorkCalendar(app.officeId));
  const checks = await db().requirementCheck.findMany({ where: { applicationId: id } });
  const previous = (kind: string, key: string) => {
    const c = checks.find((x) => x.kind === kind && x.key === key);
    return c ? { accepted: c.accepted, reason: c.reason } : undefined;
  };
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
      previous: previous("field", f.key),
    })),
    ...view.documents.map((d) => ({ kind: "document" as const, key: d.key, label: inLocale(d.name, locale), value: documentLink(d.key), previous: previous("document", d.key) })),
  ];
  const canVerify = can(actor, "verify:application:any") && (app.status === "SUBMITTED" || app.status === "VERIFICATION");
  const canDecide = can(actor, "process:application:any") && app.status === "PROCESSING";
  const canApprove = can(actor, "approve:application:any") && app.status === "APPROVAL";
  const canRevoke = can(actor, "approve:application:any") && app.status === "ISSUED";
  const canReject = canDecide || canApprove || (actor.role === "TECHNICAL" && app.status === "TECHNICAL_REVIEW");
  const decision = await db().decision.findUnique({ where: { applicationId: id } });
  const today = localToday(getEnv().APP_TIME_ZONE);
  const validity = defaultValidity(today, app.permitTypeVersion.validityMonths);
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
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
      <StatusPanel status={app.status} clock={clock} slaDays={app.permitTypeVersion.slaDays} />
      <IssuedDocuments applicationId={id} />
      {decision && (canApprove || app.status === "ISSUED") ? (
        <section aria-labelledby="decision-title" className="mb-8">
          <h2 id="decision-title" className="mb-3 text-2xl font-bold">
            {canApprove ? t("review.approvalTitle") : t("review.decisionTitle")}
          </h2>
          {canApprove ? <p className="mb-4 max-w-2xl text-slate-700">{t("review.approvalLead")}</p> : null}
          <SummaryList
            rows={[
              { key: t("review.decreeNumber"), value: <span className="font-mono">{decision.decreeNumber}</span> },
              { key: t("review.validFrom"), value: day(decision.validFrom) },
              { key: t("review.validUntil"), value: decision.validUntil ? day(decision.validUntil) : "—" },
              { key: t("review.conditions"), value: (decision.conditions as string[]).length ? <ul className="list-disc pl-5">{(decision.conditions as string[]).map((c) => <li key={c}>{c}</li>)}</ul> : "—" },
            ]}
          />
          {canApprove ? <ApproveForm applicationId={id} /> : null}
        </section>
      ) : null}
      {canDecide ? (
        <section aria-labelledby="prepare-title" className="mb-8">
          <h2 id="prepare-title" className="mb-2 text-2xl font-bold">
            {t("review.decisionTitle")}
          </h2>
          <p className="mb-4 max-w-2xl text-slate-700">{t("review.decisionLead")}</p>
          <DecisionForm applicationId={id} defaults={{ validFrom: validity.validFrom, validUntil: validity.validUntil ?? "", conditions: "" }} />
        </section>
      ) : null}
      {canReject ? (
        <details className="mb-8 rounded border-2 border-slate-200 p-4">
          <summary className="cursor-pointer text-lg font-bold">{t("review.rejectTitle")}</summary>
          <div className="mt-4">
            <ReasonForm applicationId={id} kind="reject" />
          </div>
        </details>
      ) : null}
      {canRevoke ? (
        <details className="mb-8 rounded border-2 border-slate-200 p-4">
          <summary className="cursor-pointer text-lg font-bold">{t("review.revokeTitle")}</summary>
          <div className="mt-4">
            <ReasonForm applicationId={id} kind="revoke" />
          </div>
        </details>
      ) : null}
      <div className="grid gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,1fr)]">
        <div>
          {canVerify ? (
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
            events={app.events.map((e) => ({
              id: e.id,
              action: e.action,
              toStatus: e.toStatus,
              createdAt: e.createdAt,
              note: e.note,
              actorName: e.actor ? `${e.actor.fullName} (${t(`roles.${e.actor.role}`)})` : null,
            }))}
          />
        </section>
      </div>
    </>
  );
}
