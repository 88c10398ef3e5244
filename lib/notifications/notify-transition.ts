// Who hears about each step of a file's lifecycle, and with what: called by applyTransition in the same
// transaction as the step, so a notification exists exactly when the step does.
import type { Tx } from "@/lib/audit/record-audit";
import type { ApplicationStatus, Role } from "@/lib/db/generated/enums";
import type { Action } from "@/lib/workflow/transitions";
import type { Workflow } from "@/lib/catalogue/definition";
import { documentsOf, fieldsOf } from "@/lib/catalogue/version-data";
import { notify } from "@/lib/notifications/notify";
import { QUEUE_STAGES } from "@/lib/review/find-queue";
import type { NotificationParams } from "@/lib/notifications/render";
import { formatDate, formatDay, inBothLanguages } from "@/lib/calendar/format-date";

/** The staff who take a file at a stage: the role whose queue holds it, or the responsible agency's team. */
export async function staffOfStage(tx: Tx, { officeId, agencyId, status }: { officeId: string; agencyId: string; status: ApplicationStatus }) {
  const role = (Object.keys(QUEUE_STAGES) as Role[]).find((r) => QUEUE_STAGES[r]!.includes(status));
  if (!role) return [];
  const users = await tx.user.findMany({
    where: { officeId, role, active: true, ...(role === "TECHNICAL" ? { agencyId } : {}) },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

const APPLICANT_EVENT: Partial<Record<Action, "submitted" | "returned" | "accepted" | "issued" | "rejected" | "deemedApproved" | "revoked" | "expired">> = {
  submit: "submitted",
  returnForRevision: "returned",
  acceptComplete: "accepted",
  approve: "issued",
  issueInstant: "issued",
  deemApprove: "deemedApproved",
  reject: "rejected",
  revoke: "revoked",
  expire: "expired",
};

export async function notifyTransition(
  tx: Tx,
  {
    applicationId,
    action,
    to,
    workflow,
    eventId,
    note,
    eventData,
    now,
  }: { applicationId: string; action: Action; to: ApplicationStatus; workflow: Workflow; eventId: string; note?: string | null; eventData?: unknown; now?: Date },
) {
  // An instant file is issued in the same step as its submission: only the issue is worth telling.
  const instant = workflow === "instant";
  const event = instant && action === "submit" ? undefined : APPLICANT_EVENT[action];
  const arrives = !instant && to !== "RETURNED" && ["submit", "resubmit", "acceptComplete", "completeTechnicalReview", "sendForApproval"].includes(action);
  if (!event && !arrives) return;
  const app = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      id: true,
      officeId: true,
      agencyId: true,
      applicantId: true,
      registrationNumber: true,
      dueDay: true,
      office: { select: { timeZone: true } },
      decision: { select: { decreeNumber: true, validUntil: true } },
      permitTypeVersion: { select: { nameId: true, nameEn: true, fields: true, documents: true } },
    },
  });
  const version = app.permitTypeVersion;
  const base: NotificationParams = { number: app.registrationNumber ?? "", permit: { id: version.nameId, en: version.nameEn } };
  const link = `/applications/${app.id}`;
  if (event) {
    const params: NotificationParams = { ...base };
    if (event === "returned") {
      const items = ((eventData as { items?: { kind: string; key: string; reason: string }[] } | undefined)?.items ?? []).filter((i) => i.reason);
      const labels = new Map<string, { id: string; en: string }>([
        ...fieldsOf(version).map((f) => [`field:${f.key}`, f.label] as const),
        ...documentsOf(version).map((d) => [`document:${d.key}`, d.name] as const),
      ]);
      const list = (locale: "id" | "en") => items.map((i) => `- ${labels.get(`${i.kind}:${i.key}`)?.[locale] ?? i.key}: ${i.reason}`).join("\n");
      params.reasons = { id: list("id"), en: list("en") };
    }
    if (event === "accepted") params.expected = app.dueDay ? inBothLanguages((locale) => formatDay(app.dueDay!, locale)) : { id: "-", en: "-" };
    if (event === "rejected") params.reason = note ?? "";
    // The holder is told on which day (on the office's calendar) the permit stopped being valid.
    if (event === "revoked") {
      params.reason = note ?? "";
      params.date = inBothLanguages((locale) => formatDate(now ?? new Date(), locale, app.office.timeZone));
    }
    if (event === "revoked" || event === "expired") params.decree = app.decision?.decreeNumber ?? app.registrationNumber ?? "";
    if (event === "expired") params.until = app.decision?.validUntil ? inBothLanguages((locale) => formatDay(app.decision!.validUntil!, locale)) : { id: "-", en: "-" };
    await notify(tx, { event, occurrence: eventId, userIds: [app.applicantId], applicationId: app.id, link, params, now });
  }
  if (arrives) {
    const staff = await staffOfStage(tx, { officeId: app.officeId, agencyId: app.agencyId, status: to });
    await notify(tx, {
      event: "queueArrival",
      occurrence: eventId,
      userIds: staff,
      applicationId: app.id,
      link: `/office/files/${app.id}`,
      params: base,
      now,
    });
  }
}
