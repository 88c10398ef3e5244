// The back office prepares the decision on a file in processing: the permit decree number from the
// permit type's template (a gap-free sequence per type and year), the validity dates and conditions,
// then sends it to the head for approval.
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { recordAudit, type Tx } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { formatDecreeNumber } from "@/lib/applications/numbering";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { applyTransition } from "@/lib/workflow/apply-transition";
import { dateToDay, dayToDate, localToday } from "@/lib/calendar/office-day";
import { loadFileForOfficer } from "@/lib/review/staff-access";

export const ZPrepareDecisionSchema = z
  .object({
    validFrom: z.iso.date("validation.date"),
    validUntil: z
      .union([z.iso.date("validation.date"), z.literal("")])
      .optional()
      .transform((v) => v || null),
    conditions: zText()
      .max(5000, "validation.tooLong")
      .optional()
      .transform((v) =>
        (v ?? "")
          .split("\n")
          .map((l) => l.trim())
          .filter(Boolean),
      ),
  })
  .refine((d) => !d.validUntil || d.validUntil > d.validFrom, { message: "validation.decision.untilAfterFrom", path: ["validUntil"] });
export type TPrepareDecision = z.output<typeof ZPrepareDecisionSchema>;

/** The default validity: from today for the permit type's number of months (the day before the anniversary). */
export function defaultValidity(today: string, validityMonths: number | null) {
  if (!validityMonths) return { validFrom: today, validUntil: null };
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y, m - 1 + validityMonths, d));
  // 31 January + 1 month overflows into March in Date.UTC: clamp to the last day of the target month.
  if (end.getUTCDate() !== d) end.setUTCDate(0);
  end.setUTCDate(end.getUTCDate() - 1);
  return { validFrom: today, validUntil: dateToDay(end) };
}

/**
 * A decision on the permit type's standard terms (next decree number, default validity, no conditions),
 * for a permit the office issues without an officer preparing it: an instant type, a deemed approval.
 */
export async function prepareStandardDecision(
  tx: Tx,
  app: { id: string; permitType: { id: string; code: string }; permitTypeVersion: { decreeNumberTemplate: string; validityMonths: number | null } },
  today: string,
) {
  const number = await allocateDecreeNumber(tx, app.permitType.id, app.permitTypeVersion.decreeNumberTemplate, app.permitType.code, today);
  const validity = defaultValidity(today, app.permitTypeVersion.validityMonths);
  return tx.decision.create({
    data: {
      applicationId: app.id,
      decreeNumber: number.number,
      decreeYear: number.year,
      decreeSeq: number.seq,
      validFrom: dayToDate(validity.validFrom),
      validUntil: validity.validUntil ? dayToDate(validity.validUntil) : null,
      conditions: [],
      preparedById: "system",
    },
  });
}

export async function allocateDecreeNumber(tx: Tx, permitTypeId: string, template: string, code: string, today: string) {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const rows = await tx.$queryRaw<{ lastSeq: number }[]>`
    INSERT INTO "DecreeCounter" ("permitTypeId", "year", "lastSeq") VALUES (${permitTypeId}, ${year}, 1)
    ON CONFLICT ("permitTypeId", "year") DO UPDATE SET "lastSeq" = "DecreeCounter"."lastSeq" + 1
    RETURNING "lastSeq"`;
  const seq = Number(rows[0]!.lastSeq);
  return { seq, year, number: formatDecreeNumber(template, { seq, month, year, code }) };
}

export async function prepareDecision({
  actor,
  applicationId,
  input,
  now = new Date(),
}: {
  actor: Actor;
  applicationId: string;
  input: TPrepareDecision;
  now?: Date;
}) {
  requirePermission(actor, "process:application:office");
  return db().$transaction(async (tx) => {
    const app = await loadFileForOfficer(tx, actor, applicationId, "process:application");
    if (app.status !== "PROCESSING") throw new AppError("INVALID_TRANSITION", "errors.applications.invalidTransition");
    const version = app.permitTypeVersion;
    const existing = await tx.decision.findUnique({ where: { applicationId: app.id } });
    // A decision prepared again (after the head sent it back) keeps its number.
    const number = existing
      ? { seq: existing.decreeSeq, year: existing.decreeYear, number: existing.decreeNumber }
      : await allocateDecreeNumber(tx, app.permitType.id, version.decreeNumberTemplate, app.permitType.code, localToday(app.office.timeZone, now));
    const data = {
      decreeNumber: number.number,
      decreeYear: number.year,
      decreeSeq: number.seq,
      validFrom: dayToDate(input.validFrom),
      validUntil: input.validUntil ? dayToDate(input.validUntil) : null,
      conditions: input.conditions,
      preparedById: actor.id,
      preparedAt: now,
    };
    await tx.decision.upsert({ where: { applicationId: app.id }, update: data, create: { applicationId: app.id, ...data } });
    await applyTransition(tx, {
      application: app,
      workflow: version.workflow,
      action: "sendForApproval",
      by: actor.role,
      actorId: actor.id,
      eventData: { decreeNumber: number.number },
    });
    await recordAudit(tx, { officeId: app.officeId, actorId: actor.id, action: "decision.prepare", entity: "Application", entityId: app.id, data: { decreeNumber: number.number } });
    return { decreeNumber: number.number };
  });
}
