// The office's calendar of non-working days (national holidays and cuti bersama), kept by the admin.
// Seeded dates start unconfirmed until the admin checks them against the official decree.
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { officeOf } from "@/lib/auth/access-scopes";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { uniqueViolationFields } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import { dateToDay } from "@/lib/calendar/office-day";

export async function countUnconfirmedHolidays({ actor }: { actor: Actor }) {
  requirePermission(actor, "manage:calendar:office");
  return db().holiday.count({ where: { officeId: officeOf(actor, "manage:calendar:office"), confirmed: false } });
}

export async function findHolidays({ actor, year }: { actor: Actor; year: number }) {
  requirePermission(actor, "manage:calendar:office");
  const officeId = officeOf(actor, "manage:calendar:office");
  const [holidays, years] = await Promise.all([
    db().holiday.findMany({
      where: { officeId, date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
      orderBy: [{ date: "asc" }, { kind: "asc" }],
    }),
    db().$queryRaw<{ year: number }[]>`
      SELECT DISTINCT CAST(EXTRACT(YEAR FROM "date") AS INTEGER) AS year FROM "Holiday"
      WHERE "officeId" = ${officeId} ORDER BY year`,
  ]);
  return { holidays, years: years.map((y) => Number(y.year)) };
}

export const ZCreateHolidaySchema = z.object({
  date: z.iso.date("admin.holidays.dateInvalid"),
  kind: z.enum(["NATIONAL", "COLLECTIVE_LEAVE"], "validation.invalid"),
  nameId: zText().trim().min(1, "validation.required").max(150, "validation.invalid"),
  nameEn: zText().trim().min(1, "validation.required").max(150, "validation.invalid"),
});

export async function createHoliday({ actor, input }: { actor: Actor; input: z.output<typeof ZCreateHolidaySchema> }) {
  requirePermission(actor, "manage:calendar:office");
  const officeId = officeOf(actor, "manage:calendar:office");
  try {
    await db().$transaction(async (tx) => {
      const holiday = await tx.holiday.create({
        data: { ...input, date: new Date(`${input.date}T00:00:00Z`), officeId, confirmed: true },
      });
      await recordAudit(tx, {
        officeId,
        actorId: actor.id,
        action: "holiday.create",
        entity: "Holiday",
        entityId: holiday.id,
        data: { date: input.date, kind: input.kind, nameId: input.nameId },
      });
    });
  } catch (error) {
    if (uniqueViolationFields(error)) {
      throw new AppError("CONFLICT", "admin.holidays.dateTaken", { date: "admin.holidays.dateTaken" });
    }
    throw error;
  }
}

async function findOwnHoliday(actor: Actor, id: string) {
  const holiday = await db().holiday.findFirst({ where: { id, officeId: officeOf(actor, "manage:calendar:office") } });
  if (!holiday) throw new AppError("NOT_FOUND", "errors.notFound");
  return holiday;
}

export async function confirmHolidays({ actor, ids }: { actor: Actor; ids: string[] }) {
  requirePermission(actor, "manage:calendar:office");
  const officeId = officeOf(actor, "manage:calendar:office");
  await db().$transaction(async (tx) => {
    const pending = await tx.holiday.findMany({ where: { id: { in: ids }, officeId, confirmed: false } });
    if (pending.length === 0) return;
    await tx.holiday.updateMany({ where: { id: { in: pending.map((h) => h.id) } }, data: { confirmed: true } });
    for (const h of pending) {
      await recordAudit(tx, {
        officeId,
        actorId: actor.id,
        action: "holiday.confirm",
        entity: "Holiday",
        entityId: h.id,
        data: { date: dateToDay(h.date), kind: h.kind },
      });
    }
  });
}

export async function deleteHoliday({ actor, id }: { actor: Actor; id: string }) {
  requirePermission(actor, "manage:calendar:office");
  const holiday = await findOwnHoliday(actor, id);
  await db().$transaction(async (tx) => {
    await tx.holiday.delete({ where: { id: holiday.id } });
    await recordAudit(tx, {
      officeId: holiday.officeId,
      actorId: actor.id,
      action: "holiday.delete",
      entity: "Holiday",
      entityId: holiday.id,
      data: { date: dateToDay(holiday.date), kind: holiday.kind, nameId: holiday.nameId },
    });
  });
}
