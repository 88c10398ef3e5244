// "Today" and calendar days in the office's time zone, as stored in date columns (UTC midnight).
import { toLocalDay } from "@/lib/sla/working-days";

export function localToday(timeZone: string, now = new Date()) {
  return toLocalDay(now, timeZone);
}

/** A calendar day (YYYY-MM-DD) as the Date a @db.Date column holds. */
export function dayToDate(day: string) {
  return new Date(`${day}T00:00:00Z`);
}

export function dateToDay(date: Date) {
  return date.toISOString().slice(0, 10);
}
