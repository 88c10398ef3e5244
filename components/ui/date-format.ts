// Dates and times for a page: in the request's language and on the clock of the viewer's office (the
// zone the request configuration takes from Office.timeZone), written by the calendar module.
import "server-only";
import { getLocale, getTimeZone } from "next-intl/server";
import { formatDate, formatDateTime, formatDay, formatTime, type DayStyle } from "@/lib/calendar/format-date";
import type { LocalDay } from "@/lib/calendar/time-zone";

export async function getDateFormat() {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return {
    /** A calendar day (a date column or "YYYY-MM-DD"), with no zone applied. */
    day: (day: LocalDay | Date, style?: DayStyle) => formatDay(day, locale, style),
    /** The day an instant falls on in the office's zone. */
    date: (instant: Date, style?: DayStyle) => formatDate(instant, locale, timeZone, style),
    /** An instant with its time of day on the office's clock. */
    dateTime: (instant: Date) => formatDateTime(instant, locale, timeZone),
    /** Only the time, with the zone's short name ("14.30 WIB"). */
    time: (instant: Date) => formatTime(instant, locale, timeZone),
  };
}
