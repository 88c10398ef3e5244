// Loads an office's working-day calendar (work week, non-working days and time zone) from the database.
import { db } from "@/lib/db/client";
import type { WorkCalendar } from "@/lib/calendar/working-days";
import { dateToDay } from "@/lib/calendar/office-day";

export async function loadWorkCalendar(officeId: string): Promise<WorkCalendar> {
  const office = await db().office.findUniqueOrThrow({
    where: { id: officeId },
    select: { workWeek: true, timeZone: true, holidays: { select: { date: true } } },
  });
  return {
    workWeek: office.workWeek.length ? office.workWeek : undefined,
    // Holiday dates are stored as UTC midnights of the calendar day.
    holidays: new Set(office.holidays.map((h) => dateToDay(h.date))),
    timeZone: office.timeZone,
  };
}
