import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
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
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("fileTitle") };
}

const DONE = { accept: "review.accepted", return: "review.returned", reject: "review.rejectedDone" } as const;

// An application as office staff see it, with the action of the viewer's role at the file's stage.
export default async function OfficeFilePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }) {
  const actor = await requirePage("read:application:agency");
  const { id } = await params;
  const { done } = await searchParams;
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
  const doneKey = done && done in DONE ? DONE[done as keyof typeof DONE] : null;
  return (
    <>
      <p className="mb-4">
        <Link href={ROLE_HOME[actor.role].path}>{t("review.back")}</Link>
      </p>
      {doneKey ? <Banner title={t("common.successTitle")}>{t(doneKey)}</Banner> : null}
      <PageHeading caption={`${t("application.registration")} ${app.registrationNumber ?? "—"} · ${t("review.applicant")}: ${app.applicant.fullName}`}>
        {nameOf(app.permitTypeVersion, locale)}
      </PageHeading>
      <StatusPanel status={app.status} clock={clock} slaDays={app.permitTypeVersion.slaDays} />
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
