// Dates and times written out for people, in Indonesian (id-ID) or English (en-GB), through Intl:
// for pages, components, notifications and documents alike. Two kinds of value:
// - a calendar day (`YYYY-MM-DD`, or the UTC-midnight Date of a date column) has no zone and is
//   written as it is;
// - an instant (a timestamp) is written on the wall clock of the office's time zone.
import type { AppLocale } from "@/lib/i18n/locales";
import { dateToDay } from "@/lib/calendar/office-day";
import { toLocalDay, type LocalDay } from "@/lib/calendar/time-zone";

/** An instant (Date or ISO timestamp), or a calendar day "YYYY-MM-DD" taken as it is. */
export type DateInput = Date | string;

/** "24 November 2026" (long), "24 Nov 2026" (short), "Selasa, 24 November 2026" (full). */
export type DayStyle = "long" | "short" | "full";

export const INTL_LOCALES: Record<AppLocale, string> = { id: "id-ID", en: "en-GB" };

/** The portal's language ("id", "en") as an Intl locale; anything else is taken as Indonesian. */
export function intlLocale(locale: string): string {
  return INTL_LOCALES[locale as AppLocale] ?? INTL_LOCALES.id;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAY_OPTIONS: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  long: { day: "numeric", month: "long", year: "numeric" },
  short: { day: "numeric", month: "short", year: "numeric" },
  full: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(locale), { calendar: "gregory", numberingSystem: "latn", ...options });
    formatters.set(key, f);
  }
  return f;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The calendar day of `value`: a plain "YYYY-MM-DD" as it is, an instant as the day in `timeZone`. */
export function localDayOf(value: DateInput, timeZone: string): LocalDay {
  if (typeof value === "string") {
    const plain = DAY_PATTERN.exec(value.trim());
    if (plain) return value.trim();
  }
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  return toLocalDay(date, timeZone);
}

/** The calendar date of `value` in `timeZone`; a plain "YYYY-MM-DD" has no zone and is kept as is. */
export function calendarDate(value: DateInput, timeZone: string): CalendarDate {
  const [year, month, day] = localDayOf(value, timeZone).split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/**
 * A calendar day written out: "24 November 2026" / "24 November 2026". Takes a day string or the
 * Date of a date column (UTC midnight); no zone applies, so the day never shifts.
 */
export function formatDay(day: LocalDay | Date, locale: string, style: DayStyle = "long"): string {
  const text = typeof day === "string" ? day : dateToDay(day);
  if (!DAY_PATTERN.test(text)) throw new RangeError(`Expected a calendar day YYYY-MM-DD, got "${text}"`);
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${text}`);
  return formatter(locale, { ...DAY_OPTIONS[style], timeZone: "UTC" }).format(date);
}

/** The day of `value` (an instant, taken in `timeZone`, or a plain day) written out. */
export function formatDate(value: DateInput, locale: string, timeZone: string, style: DayStyle = "long"): string {
  return formatDay(localDayOf(value, timeZone), locale, style);
}

/** An instant with its time on the office's clock: "Selasa, 24 November 2026 pukul 09.30". */
export function formatDateTime(instant: Date, locale: string, timeZone: string, style: "long" | "full" = "long"): string {
  return formatter(locale, {
    ...(style === "full" ? DAY_OPTIONS.full : DAY_OPTIONS.long),
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(instant);
}

/** The name of an ISO weekday (1 = Monday ... 7 = Sunday): "Senin", "Monday". */
export function weekdayName(isoWeekday: number, locale: string): string {
  // 2026-11-23 is a Monday.
  return formatter(locale, { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2026, 10, 22 + isoWeekday)));
}

/** The time of an instant on the office's clock with the zone's short name: "14.30 WIB", "14:30 GMT+7". */
export function formatTime(instant: Date, locale: string, timeZone: string): string {
  return formatter(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short", timeZone }).format(instant);
}

/** A text in both languages, for notifications that are rendered in the recipient's language later. */
export function inBothLanguages(write: (locale: AppLocale) => string): Record<AppLocale, string> {
  return { id: write("id"), en: write("en") };
}

/** "24 November 2026", as documents write dates. */
export function formatIndonesianDate(value: DateInput, timeZone: string): string {
  return formatDate(value, "id", timeZone);
}

/** "Selasa" */
export function indonesianWeekday(value: DateInput, timeZone: string): string {
  return formatter("id", { weekday: "long", timeZone: "UTC" }).format(new Date(`${localDayOf(value, timeZone)}T00:00:00Z`));
}
