// Loads an office's working-day calendar (work week and non-working days) from the database.
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import type { WorkCalendar } from "@/lib/sla/working-days";
import { dateToDay } from "@/lib/review/office-day";

export async function loadWorkCalendar(officeId: string): Promise<WorkCalendar & { timeZone: string }> {
  const office = await db().office.findUniqueOrThrow({
    where: { id: officeId },
    select: { workWeek: true, holidays: { select: { date: true } } },
  });
  return {
    workWeek: office.workWeek.length ? office.workWeek : undefined,
    // Holiday dates are stored as UTC midnights of the calendar day.
    holidays: new Set(office.holidays.map((h) => dateToDay(h.date))),
    timeZone: getEnv().APP_TIME_ZONE,
  };
}
