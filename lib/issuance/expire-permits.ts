// The expiry job: issued permits whose validity ended before today (on each office's calendar) move to
// EXPIRED through the lifecycle's `expire` step, with a timeline event and a notice to the holder. Safe
// to run often and in several servers at once: each file is taken with a row lock others skip, and the
// state change names the state it expects, so a permit expires once.
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { dateToDay, dayToDate, localToday } from "@/lib/calendar/office-day";
import { hasLapsedAt } from "@/lib/issuance/permit-validity";
import { applyTransition } from "@/lib/workflow/apply-transition";

export interface ExpiryResult {
  expired: string[];
}

export async function expireLapsedPermits({ now = new Date(), limit = 500 }: { now?: Date; limit?: number } = {}): Promise<ExpiryResult> {
  const offices = await db().office.findMany({ select: { id: true, timeZone: true } });
  if (offices.length === 0) return { expired: [] };
  const lapsed = await db().application.findMany({
    where: {
      status: "ISSUED",
      OR: offices.map((o) => ({ officeId: o.id, decision: { validUntil: { lt: dayToDate(localToday(o.timeZone, now)) } } })),
    },
    select: { id: true },
    orderBy: { id: "asc" },
    take: limit,
  });
  const result: ExpiryResult = { expired: [] };
  for (const candidate of lapsed) {
    try {
      const done = await db().$transaction(async (tx) => {
        // Another instance is expiring this file: leave it to that one.
        const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Application" WHERE "id" = ${candidate.id} FOR UPDATE SKIP LOCKED`;
        if (locked.length === 0) return false;
        const app = await tx.application.findUniqueOrThrow({
          where: { id: candidate.id },
          select: {
            id: true,
            status: true,
            lockVersion: true,
            officeId: true,
            office: { select: { timeZone: true } },
            decision: { select: { validUntil: true } },
            permitTypeVersion: { select: { workflow: true } },
          },
        });
        const validUntil = app.decision?.validUntil ? dateToDay(app.decision.validUntil) : null;
        if (app.status !== "ISSUED" || !hasLapsedAt(validUntil, app.office.timeZone, now)) return false;
        await applyTransition(tx, {
          application: app,
          workflow: app.permitTypeVersion.workflow,
          action: "expire",
          by: "SYSTEM",
          actorId: null,
          eventData: { validUntil },
          now,
        });
        await recordAudit(tx, { officeId: app.officeId, actorId: null, action: "decision.expire", entity: "Application", entityId: app.id, data: { validUntil } });
        return true;
      });
      if (done) result.expired.push(candidate.id);
    } catch (error) {
      // Revoked or otherwise changed meanwhile: nothing left to expire.
      if (error instanceof AppError && (error.code === "CONFLICT" || error.code === "INVALID_TRANSITION")) continue;
      throw error;
    }
  }
  return result;
}
