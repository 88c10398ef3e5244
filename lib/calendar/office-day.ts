// "Today" in the office's time zone, and calendar days as stored in date columns (UTC midnight).
import { toLocalDay, type LocalDay } from "@/lib/calendar/time-zone";

export function localToday(timeZone: string, now = new Date()): LocalDay {
  return toLocalDay(now, timeZone);
}

/** A calendar day (YYYY-MM-DD) as the Date a @db.Date column holds. */
export function dayToDate(day: LocalDay) {
  return new Date(`${day}T00:00:00Z`);
}

/** The calendar day a @db.Date column holds; it carries no zone, so none is applied. */
export function dateToDay(date: Date): LocalDay {
  return date.toISOString().slice(0, 10);
}
