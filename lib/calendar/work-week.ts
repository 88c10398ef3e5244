// The office's working days of the week (ISO weekdays, 1 = Monday ... 7 = Sunday); the service
// clock counts only these, minus the holiday calendar.
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const ZWorkWeekSchema = z
  .array(z.coerce.number().int().min(1).max(7))
  .min(1, "validation.workWeek.empty")
  .transform((days) => [...new Set(days)].sort());

export async function getWorkWeek({ actor }: { actor: Actor }) {
  requirePermission(actor, "manage:calendar:office");
  if (!actor.officeId) throw new AppError("FORBIDDEN", "errors.forbidden");
  return (await db().office.findUniqueOrThrow({ where: { id: actor.officeId }, select: { workWeek: true } })).workWeek;
}

export async function setWorkWeek({ actor, days }: { actor: Actor; days: number[] }) {
  requirePermission(actor, "manage:calendar:office");
  if (!actor.officeId) throw new AppError("FORBIDDEN", "errors.forbidden");
  await db().$transaction(async (tx) => {
    const office = await tx.office.findUniqueOrThrow({ where: { id: actor.officeId! }, select: { workWeek: true } });
    if (office.workWeek.join() === days.join()) return;
    await tx.office.update({ where: { id: actor.officeId! }, data: { workWeek: days } });
    await recordAudit(tx, { officeId: actor.officeId, actorId: actor.id, action: "calendar.workWeek", entity: "Office", entityId: actor.officeId, data: { from: office.workWeek, to: days } });
  });
}
