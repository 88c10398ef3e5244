// Dates and small numbers written out in Indonesian for documents ("24 November 2026", "Selasa",
// "21 (dua puluh satu)"), taken on the calendar of the office's time zone.

/** A moment (Date or ISO timestamp), or a calendar date "YYYY-MM-DD" taken as it is. */
export type DateInput = Date | string;

export const DEFAULT_TIME_ZONE = "Asia/Jakarta";

const MONTHS = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];
const WEEKDAYS = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The calendar date of `value` in `timeZone`; a plain "YYYY-MM-DD" has no zone and is kept as is. */
export function calendarDate(value: DateInput, timeZone = DEFAULT_TIME_ZONE): CalendarDate {
  if (typeof value === "string") {
    const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    if (plain) return { year: Number(plain[1]), month: Number(plain[2]), day: Number(plain[3]) };
  }
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "numeric", day: "numeric" }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: part("year"), month: part("month"), day: part("day") };
}

/** "24 November 2026" */
export function formatIndonesianDate(value: DateInput, timeZone = DEFAULT_TIME_ZONE): string {
  const { year, month, day } = calendarDate(value, timeZone);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "Selasa" */
export function indonesianWeekday(value: DateInput, timeZone = DEFAULT_TIME_ZONE): string {
  const { year, month, day } = calendarDate(value, timeZone);
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

const UNITS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"];

/** Whole numbers 0-999 in words ("dua puluh satu"), as legal texts write periods out. */
export function indonesianNumberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 12) return UNITS[n]!;
  if (n < 20) return `${UNITS[n - 10]} belas`;
  if (n < 100) {
    const rest = n % 10;
    return `${UNITS[Math.floor(n / 10)]} puluh${rest ? ` ${UNITS[rest]}` : ""}`;
  }
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  return `${hundreds === 1 ? "seratus" : `${UNITS[hundreds]} ratus`}${rest ? ` ${indonesianNumberWords(rest)}` : ""}`;
}
