// Working-day arithmetic for service-level deadlines: which days an office works, due days, and the
// pausable SLA clock of an application. Pure: callers load the office's calendar and pass it in.
import { toLocalDay, type LocalDay } from "@/lib/calendar/time-zone";

export const DEFAULT_WORK_WEEK: readonly number[] = [1, 2, 3, 4, 5];

export interface WorkCalendar {
  /** ISO weekdays the office is open, 1 = Monday … 7 = Sunday; Monday–Friday when left out. */
  workWeek?: readonly number[];
  /** National holidays and collective leave days (cuti bersama): both close the office. */
  holidays: ReadonlySet<LocalDay> | readonly LocalDay[];
  /** IANA zone of the office (Office.timeZone): the zone in which instants become calendar days. */
  timeZone: string;
}

/** A stretch while the file was back with the applicant (RETURNED); `to` is null while it still is. */
export interface SlaPause {
  from: Date;
  to: Date | null;
}

export interface SlaClockInput {
  /** When the file was accepted complete. */
  startedAt: Date;
  /** The permit type's service standard in working days. */
  limitDays: number;
  pauses: readonly SlaPause[];
  now: Date;
  /** When the file was issued or rejected; the clock stops there. */
  endedAt?: Date | null;
  calendar: WorkCalendar;
}

export type SlaStatus = "on_time" | "due_today" | "late";

export interface SlaClock {
  /** Working days the office has spent on the file, paused days excluded. */
  usedDays: number;
  /** Working days left before the limit; 0 once it is used up (see `status` for lateness). */
  remainingDays: number;
  /** The last day the file may be finished on time (until the end of that day). */
  dueDay: LocalDay;
  status: SlaStatus;
  /** True while an unended file is with the applicant. */
  paused: boolean;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// Tells whether the office is open on a day: a weekday of its work week that is not a holiday.
export function isWorkingDay(day: LocalDay, cal: WorkCalendar): boolean {
  return workWeekOf(cal).includes(isoWeekday(day)) && !isHoliday(day, cal);
}

/**
 * Finds the due day of `n` working days counted from `startDay` (e.g. an acceptance day).
 * Convention of the Indonesian service standard: the acceptance day itself never counts; day 1 is
 * the first working day after it. Monday + 3 → Thursday; Friday + 3 → Wednesday; Saturday + 3 →
 * Wednesday (Monday is day 1). `n = 0` returns `startDay` unchanged.
 */
export function addWorkingDays(startDay: LocalDay, n: number, cal: WorkCalendar): LocalDay {
  assertCount(n, "n");
  let day = startDay;
  for (let left = n; left > 0; ) {
    day = shiftDay(day, 1);
    if (isWorkingDay(day, cal)) left--;
  }
  return day;
}

// Counts working days after `fromDay` up to and including `toDay`; 0 when `toDay <= fromDay`.
// The inverse of addWorkingDays: workingDaysBetween(d, addWorkingDays(d, n)) === n.
export function workingDaysBetween(fromDay: LocalDay, toDay: LocalDay, cal: WorkCalendar): number {
  parseDay(fromDay);
  parseDay(toDay);
  let count = 0;
  for (let day = shiftDay(fromDay, 1); day <= toDay; day = shiftDay(day, 1)) {
    if (isWorkingDay(day, cal)) count++;
  }
  return count;
}

/**
 * Computes an application's service-level clock: days used, due day and status.
 * - Counting follows addWorkingDays: the acceptance day is free, day 1 is the next working day.
 * - A pause from day A to day B (returned on A, back on B) takes the working days after A up to and
 *   including B off the clock, so the office keeps the day it returned the file and is not charged
 *   for the day it comes back. An open pause runs until today, so the due day moves with it.
 * - The due day moves later by the working days paused. When the file comes back with nothing left
 *   (it was returned on its due day) it is due the day it comes back, or the next working day.
 *   A pause that starts after the limit has already run out does not move the due day: the file
 *   was late before it was returned.
 * - The clock stops at `endedAt` (issued or rejected); finishing on the due day is on time.
 */
export function computeSlaClock(input: SlaClockInput): SlaClock {
  const { startedAt, limitDays, pauses, now, endedAt } = input;
  assertCount(limitDays, "limitDays");
  // One Set per call: the loops below ask about the same holidays many times.
  const cal: WorkCalendar = { ...input.calendar, holidays: new Set(input.calendar.holidays) };
  const localDay = (instant: Date) => toLocalDay(instant, cal.timeZone);

  const ended = endedAt != null;
  const startDay = localDay(startedAt);
  const lastDay = localDay(endedAt ?? now); // the clock counts up to and including this day

  const spans = pauses
    .map((p) => ({ from: localDay(p.from), to: localDay(p.to ?? endedAt ?? now) }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));

  // Walk the pauses in order. `anchor` is the day counting last resumed from (acceptance, then
  // each return of the file) and `remaining` what was left of the limit at that point.
  let anchor = startDay;
  let remaining = limitDays;
  let fixedDueDay: LocalDay | null = null;
  let pausedDays = 0;
  for (const span of spans) {
    // Clip to the clock's span; starting at `anchor` also drops overlaps with the previous pause.
    const from = span.from > anchor ? span.from : anchor;
    const to = span.to < lastDay ? span.to : lastDay;
    if (to <= from) continue;
    pausedDays += workingDaysBetween(from, to, cal);
    if (fixedDueDay === null) {
      const usedBefore = workingDaysBetween(anchor, from, cal);
      if (usedBefore > remaining) fixedDueDay = dueFrom(anchor, remaining, cal);
      else remaining -= usedBefore;
    }
    anchor = to;
  }
  const dueDay = fixedDueDay ?? dueFrom(anchor, remaining, cal);

  const usedDays = workingDaysBetween(startDay, lastDay, cal) - pausedDays;
  const status: SlaStatus =
    lastDay > dueDay ? "late" : !ended && lastDay === dueDay ? "due_today" : "on_time";
  const paused = !ended && pauses.some((p) => p.from <= now && (p.to === null || p.to > now));

  return { usedDays, remainingDays: Math.max(0, limitDays - usedDays), dueDay, status, paused };
}

// With nothing left the file is due the same day, but never on a day the office is closed.
function dueFrom(anchor: LocalDay, remaining: number, cal: WorkCalendar): LocalDay {
  if (remaining > 0) return addWorkingDays(anchor, remaining, cal);
  let day = anchor;
  while (!isWorkingDay(day, cal)) day = shiftDay(day, 1);
  return day;
}

function workWeekOf(cal: WorkCalendar): readonly number[] {
  const week = cal.workWeek ?? DEFAULT_WORK_WEEK;
  // Without a single open weekday the search for a due day would never end.
  if (!week.some((d) => Number.isInteger(d) && d >= 1 && d <= 7)) {
    throw new RangeError(`Work week needs at least one ISO weekday 1–7, got [${week.join(", ")}]`);
  }
  return week;
}

function isHoliday(day: LocalDay, cal: WorkCalendar): boolean {
  const { holidays } = cal;
  return isReadonlyArray(holidays) ? holidays.includes(day) : holidays.has(day);
}

// Array.isArray does not narrow readonly arrays out of a union.
function isReadonlyArray<T>(value: ReadonlySet<T> | readonly T[]): value is readonly T[] {
  return Array.isArray(value);
}

function assertCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number of working days ≥ 0, got ${value}`);
  }
}

// Day arithmetic runs on UTC midnights, where every day is exactly one day long.
function parseDay(day: LocalDay): Date {
  const match = DAY_PATTERN.exec(day);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== day) {
    throw new RangeError(`Expected a calendar day YYYY-MM-DD, got "${day}"`);
  }
  return date;
}

function shiftDay(day: LocalDay, days: number): LocalDay {
  const date = parseDay(day);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function isoWeekday(day: LocalDay): number {
  return parseDay(day).getUTCDay() || 7; // getUTCDay counts Sunday as 0; ISO counts it as 7
}
