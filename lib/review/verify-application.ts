// The front office's check of a file: each field and document marked as in order or with a reason,
// then one outcome — accept it complete (the service clock starts), return it for revision (the
// applicant sees the reasons), or reject it.
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { documentsOf, fieldsOf } from "@/lib/catalogue/version-data";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { loadWorkCalendar } from "@/lib/calendar/load-work-calendar";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { applyTransition } from "@/lib/workflow/apply-transition";
import { dayToDate, localToday } from "@/lib/calendar/office-day";
import { loadFileForOfficer } from "@/lib/review/staff-access";
import { recordReturn } from "@/lib/applications/return-for-revision";
import { rejectInTx } from "@/lib/issuance/reject-application";

export const ZRequirementCheck = z
  .object({
    kind: z.enum(["field", "document"]),
    key: zText().min(1).max(60),
    accepted: z.boolean(),
    reason: zText().trim().max(1000, "validation.tooLong").optional(),
  })
  .refine((c) => c.accepted || (c.reason && c.reason.length > 0), { message: "validation.review.reasonRequired", path: ["reason"] });

export const ZVerifyApplicationSchema = z.object({
  outcome: z.enum(["accept", "return", "reject"]),
  checks: z.array(ZRequirementCheck).max(200),
  note: zText().trim().max(2000, "validation.tooLong").optional(),
  /** The officer declares every item not marked otherwise in order, so that only exceptions are marked. */
  allInOrder: z.boolean().optional(),
});
export type TVerifyApplication = z.output<typeof ZVerifyApplicationSchema>;

export async function verifyApplication({
  actor,
  applicationId,
  input,
  now = new Date(),
}: {
  actor: Actor;
  applicationId: string;
  input: TVerifyApplication;
  now?: Date;
}) {
  requirePermission(actor, "verify:application:office");
  // Loaded before the row lock; an officer without an office reaches no file and is refused below.
  const calendar = input.outcome === "accept" && actor.officeId ? await loadWorkCalendar(actor.officeId) : null;
  return db().$transaction(
    async (tx) => {
    let app = await loadFileForOfficer(tx, actor, applicationId, "verify:application");
    const version = app.permitTypeVersion;
    const items = [
      ...fieldsOf(version).map((f) => ({ kind: "field" as const, key: f.key })),
      ...documentsOf(version).map((d) => ({ kind: "document" as const, key: d.key })),
    ];
    for (const c of input.checks) {
      if (!items.some((i) => i.kind === c.kind && i.key === c.key)) throw new AppError("INVALID_INPUT", "validation.revision.unknownItem");
    }
    const marked = new Set(input.checks.map((c) => `${c.kind}:${c.key}`));
    const unmarked = items.filter((i) => !marked.has(`${i.kind}:${i.key}`));
    // "Everything else in order": what the officer did not mark is accepted, by their declaration.
    const checks = input.allInOrder ? [...input.checks, ...unmarked.map((i) => ({ ...i, accepted: true, reason: undefined }))] : input.checks;
    const missing = input.allInOrder ? [] : unmarked;
    if (input.outcome === "accept" && missing.length > 0) throw new AppError("INVALID_INPUT", "validation.review.checkEverything");
    const flagged = checks.filter((c) => !c.accepted);
    if (input.outcome === "accept" && flagged.length > 0) throw new AppError("INVALID_INPUT", "validation.review.notAllAccepted");
    if (input.outcome === "return" && flagged.length === 0) throw new AppError("INVALID_INPUT", "validation.revision.itemsRequired");
    if (input.outcome === "reject" && !input.note) throw new AppError("INVALID_INPUT", "validation.review.rejectReason", { note: "validation.review.rejectReason" });

    // Opening the check moves a newly submitted file into verification.
    if (app.status === "SUBMITTED" && input.outcome !== "reject") {
      await applyTransition(tx, { application: app, workflow: version.workflow, action: "startVerification", by: actor.role, actorId: actor.id });
      app = { ...app, status: "VERIFICATION", lockVersion: app.lockVersion + 1 };
    }
    for (const c of checks) {
      await tx.requirementCheck.upsert({
        where: { applicationId_kind_key: { applicationId: app.id, kind: c.kind, key: c.key } },
        update: { accepted: c.accepted, reason: c.accepted ? null : c.reason, checkedById: actor.id, checkedAt: now },
        create: { applicationId: app.id, kind: c.kind, key: c.key, accepted: c.accepted, reason: c.accepted ? null : c.reason, checkedById: actor.id, checkedAt: now },
      });
    }

    if (input.outcome === "accept") {
      const today = localToday(app.office.timeZone, now);
      const due = addWorkingDays(today, version.slaDays, calendar!);
      await applyTransition(tx, {
        application: app,
        workflow: version.workflow,
        action: "acceptComplete",
        by: actor.role,
        actorId: actor.id,
        note: input.note ?? null,
        eventData: { dueDay: due },
        changes: { clockStartedAt: now, dueDay: dayToDate(due) },
      });
    } else if (input.outcome === "return") {
      const items = flagged.map((c) => ({ kind: c.kind, key: c.key, reason: c.reason! }));
      await recordReturn(tx, { app, actor, items, note: input.note });
    } else {
      await rejectInTx(tx, { app, actor, reason: input.note!, now });
    }
    await recordAudit(tx, { officeId: app.officeId, actorId: actor.id, action: `verification.${input.outcome}`, entity: "Application", entityId: app.id });
    return { outcome: input.outcome };
    },
    // A rejection renders and signs its letter inside the transaction.
    { timeout: 30_000 },
  );
}
