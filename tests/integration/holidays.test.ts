import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { confirmHolidays, countUnconfirmedHolidays, createHoliday, deleteHoliday, findHolidays, ZCreateHolidaySchema } from "@/lib/calendar/holidays";
import type { Actor } from "@/lib/auth/permissions";
import { createCast } from "../support/cast";

let admin: Actor;
let backOffice: Actor;

beforeAll(async () => {
  const cast = await createCast();
  admin = cast.admin.actor;
  backOffice = cast.backOffice.actor;
});

describe("holiday calendar", () => {
  it("lists a year's dates in order, with the years that have dates", async () => {
    const { holidays, years } = await findHolidays({ actor: admin, year: 2026 });
    expect(years).toEqual([2026, 2027]);
    expect(holidays[0]!.date.toISOString().slice(0, 10)).toBe("2026-01-01");
    expect(holidays.every((h) => h.date.getUTCFullYear() === 2026)).toBe(true);
  });

  it("confirms dates with an audit entry per date", async () => {
    const before = await countUnconfirmedHolidays({ actor: admin });
    const { holidays } = await findHolidays({ actor: admin, year: 2026 });
    await confirmHolidays({ actor: admin, ids: holidays.slice(0, 2).map((h) => h.id) });
    expect(await countUnconfirmedHolidays({ actor: admin })).toBe(before - 2);
    expect(await db().auditLog.count({ where: { action: "holiday.confirm" } })).toBe(2);
    // Confirming again changes nothing and writes nothing.
    await confirmHolidays({ actor: admin, ids: holidays.slice(0, 2).map((h) => h.id) });
    expect(await db().auditLog.count({ where: { action: "holiday.confirm" } })).toBe(2);
  });

  it("adds a date once; the same date and kind again is a field error", async () => {
    const input = ZCreateHolidaySchema.parse({ date: "2026-04-22", kind: "COLLECTIVE_LEAVE", nameId: "Cuti bersama daerah", nameEn: "Regional leave" });
    await createHoliday({ actor: admin, input });
    await expect(createHoliday({ actor: admin, input })).rejects.toMatchObject({ fieldErrors: { date: "admin.holidays.dateTaken" } });
    expect(ZCreateHolidaySchema.safeParse({ ...input, date: "2026-02-30" }).success).toBe(false);
  });

  it("deletes a date and refuses non-admins", async () => {
    const { holidays } = await findHolidays({ actor: admin, year: 2027 });
    await expect(deleteHoliday({ actor: backOffice, id: holidays[0]!.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteHoliday({ actor: admin, id: holidays[0]!.id });
    expect(await db().holiday.findUnique({ where: { id: holidays[0]!.id } })).toBeNull();
    await expect(deleteHoliday({ actor: admin, id: holidays[0]!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findHolidays({ actor: backOffice, year: 2026 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("work week", () => {
  it("is edited by the admin only, recorded, and refuses an empty week", async () => {
    const { getWorkWeek, setWorkWeek, ZWorkWeekSchema } = await import("@/lib/calendar/work-week");
    expect(await getWorkWeek({ actor: admin })).toEqual([1, 2, 3, 4, 5]);
    await setWorkWeek({ actor: admin, days: ZWorkWeekSchema.parse(["6", "1", "2", "3", "4", "5", "5"]) });
    expect(await getWorkWeek({ actor: admin })).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await db().auditLog.count({ where: { action: "calendar.workWeek" } })).toBe(1);
    expect(ZWorkWeekSchema.safeParse([]).success).toBe(false);
    expect(ZWorkWeekSchema.safeParse(["8"]).success).toBe(false);
    await expect(setWorkWeek({ actor: backOffice, days: [1] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { loadWorkCalendar } = await import("@/lib/calendar/load-work-calendar");
    const { addWorkingDays } = await import("@/lib/calendar/working-days");
    // Friday 27 November 2026 + 1 working day is Saturday once Saturday is a working day.
    expect(addWorkingDays("2026-11-27", 1, await loadWorkCalendar(admin.officeId!))).toBe("2026-11-28");
    await setWorkWeek({ actor: admin, days: [1, 2, 3, 4, 5] });
  });
});
