// The deadline sweep: files whose service deadline lapsed while waiting on the office. For permit
// types with deemed approval (fiktif positif) the permit is issued automatically and marked as such;
// for the others the lapse is flagged to the head. Safe to run in several app instances at once: each
// file is taken with a row lock that other instances skip, and the state change names the state it
// expects, so nothing is issued twice.
import { recordAudit } from "@/lib/audit/record-audit";
import { applicationScope } from "@/lib/auth/access-scopes";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { issuePermitInTx } from "@/lib/issuance/issue-permit";
import { prepareStandardDecision } from "@/lib/review/prepare-decision";
import { dateToDay, dayToDate, localToday } from "@/lib/calendar/office-day";
import { OFFICER_FILE_INCLUDE } from "@/lib/review/staff-access";

const OFFICE_STAGES = ["TECHNICAL_REVIEW", "PROCESSING", "APPROVAL"] as const;

export interface SweepResult {
  deemedApproved: string[];
  flagged: string[];
}

export async function runDeadlineSweep({ now = new Date(), limit = 200 }: { now?: Date; limit?: number } = {}): Promise<SweepResult> {
  // The deadline is the end of the due day on the office's own calendar: a file is late from the
  // next day on, which begins at a different instant for an office in another time zone.
  const offices = await db().office.findMany({ select: { id: true, timeZone: true } });
  if (offices.length === 0) return { deemedApproved: [], flagged: [] };
  const lapsed = await db().application.findMany({
    where: {
      status: { in: [...OFFICE_STAGES] },
      OR: offices.map((o) => ({ officeId: o.id, dueDay: { lt: dayToDate(localToday(o.timeZone, now)) } })),
    },
    select: { id: true, lapseFlaggedAt: true, permitTypeVersion: { select: { deemedApproval: true } } },
    orderBy: [{ dueDay: "asc" }, { id: "asc" }],
    take: limit,
  });
  const result: SweepResult = { deemedApproved: [], flagged: [] };
  for (const candidate of lapsed) {
    if (!candidate.permitTypeVersion.deemedApproval && candidate.lapseFlaggedAt) continue;
    try {
      const outcome = await db().$transaction(
        async (tx) => {
          // Another instance working on this file holds its lock: leave it to that one.
          const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Application" WHERE "id" = ${candidate.id} FOR UPDATE SKIP LOCKED`;
          if (locked.length === 0) return null;
          const app = await tx.application.findUniqueOrThrow({
            where: { id: candidate.id },
            include: OFFICER_FILE_INCLUDE,
          });
          const today = localToday(app.office.timeZone, now);
          if (!(OFFICE_STAGES as readonly string[]).includes(app.status) || !app.dueDay || app.dueDay >= dayToDate(today)) return null;
          if (!app.permitTypeVersion.deemedApproval) {
            if (app.lapseFlaggedAt) return null;
            await tx.application.update({ where: { id: app.id }, data: { lapseFlaggedAt: now } });
            await tx.applicationEvent.create({
              data: { applicationId: app.id, action: "flagLapse", fromStatus: app.status, toStatus: app.status, data: { dueDay: dateToDay(app.dueDay) } },
            });
            return "flagged" as const;
          }
          // No decision prepared yet: the permit is issued on the type's standard terms.
          if (!(await tx.decision.findUnique({ where: { applicationId: app.id } }))) await prepareStandardDecision(tx, app, today);
          const issued = await issuePermitInTx(tx, { app, actorId: null, by: "SYSTEM", action: "deemApprove", now, deemed: true });
          await recordAudit(tx, { officeId: app.officeId, actorId: null, action: "decision.deemApprove", entity: "Application", entityId: app.id, data: { number: issued.number } });
          return "deemed" as const;
        },
        { timeout: 60_000 },
      );
      if (outcome === "deemed") result.deemedApproved.push(candidate.id);
      if (outcome === "flagged") result.flagged.push(candidate.id);
    } catch (error) {
      // Someone acted on the file meanwhile: it is no longer ours to decide.
      if (error instanceof AppError && (error.code === "CONFLICT" || error.code === "INVALID_TRANSITION")) continue;
      throw error;
    }
  }
  return result;
}

/** Files whose deadline lapsed on a type without deemed approval, for the head's attention. */
export async function findFlaggedLapses({ actor }: { actor: Actor }) {
  requirePermission(actor, "approve:application:office");
  return db().application.findMany({
    where: { ...applicationScope(actor, "approve:application"), lapseFlaggedAt: { not: null }, status: { in: [...OFFICE_STAGES] } },
    orderBy: [{ dueDay: "asc" }, { id: "asc" }],
    take: 50,
    select: { id: true, registrationNumber: true, status: true, dueDay: true, applicant: { select: { fullName: true } }, permitTypeVersion: { select: { nameId: true, nameEn: true } } },
  });
}
