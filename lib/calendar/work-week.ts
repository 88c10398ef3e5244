// The office's working days of the week (ISO weekdays, 1 = Monday ... 7 = Sunday); the service
// clock counts only these, minus the holiday calendar.
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { officeOf } from "@/lib/auth/access-scopes";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

export const ZWorkWeekSchema = z
  .array(z.coerce.number().int().min(1).max(7))
  .min(1, "validation.workWeek.empty")
  .transform((days) => [...new Set(days)].sort());

export async function getWorkWeek({ actor }: { actor: Actor }) {
  const officeId = officeOf(actor, "manage:calendar:office");
  return (await db().office.findUniqueOrThrow({ where: { id: officeId }, select: { workWeek: true } })).workWeek;
}

export async function setWorkWeek({ actor, days }: { actor: Actor; days: number[] }) {
  const officeId = officeOf(actor, "manage:calendar:office");
  await db().$transaction(async (tx) => {
    const office = await tx.office.findUniqueOrThrow({ where: { id: officeId }, select: { workWeek: true } });
    if (office.workWeek.join() === days.join()) return;
    await tx.office.update({ where: { id: officeId }, data: { workWeek: days } });
    await recordAudit(tx, { officeId, actorId: actor.id, action: "calendar.workWeek", entity: "Office", entityId: officeId, data: { from: office.workWeek, to: days } });
  });
}
