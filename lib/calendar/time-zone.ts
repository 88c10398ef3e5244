// Wall-clock time in an office's IANA time zone and back. Intl knows each zone's offset history, so
// every conversion uses the offset of that particular date: a zone that changed its offset (daylight
// saving, or a legal change such as Indonesia's in 1988) converts correctly on both sides of the change.

/**
 * A calendar day in the office's time zone, written `YYYY-MM-DD`. Days are strings rather than
 * Dates so that no arithmetic ever passes through the server's own zone; ISO strings also compare
 * correctly with `<` and `>`.
 */
export type LocalDay = string;

/** A wall-clock time of day, `HH:MM` on the 24-hour clock. */
export type LocalTime = string;

export interface WallClock {
  day: LocalDay;
  time: LocalTime;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a zone name Intl knows (Asia/Jakarta, Asia/Makassar, Asia/Jayapura, UTC ...). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

function fieldsAt(instant: Date, timeZone: string) {
  if (Number.isNaN(instant.getTime())) throw new RangeError("Invalid instant");
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return { year: part("year"), month: part("month"), day: part("day"), hour: part("hour"), minute: part("minute"), second: part("second") };
}

/** The zone's offset from UTC at that instant, in minutes (420 for WIB, 120 for Amsterdam in summer). */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
  const f = fieldsAt(instant, timeZone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return (asUtc - whole) / 60_000;
}

/** The calendar day an instant falls on in the zone, e.g. for "accepted on". */
export function toLocalDay(instant: Date, timeZone: string): LocalDay {
  return toWallClock(instant, timeZone).day;
}

/** The office's wall clock at an instant: its day and its time of day. */
export function toWallClock(instant: Date, timeZone: string): WallClock {
  const f = fieldsAt(instant, timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return {
    day: `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`,
    time: `${pad(f.hour)}:${pad(f.minute)}`,
    hour: f.hour,
    minute: f.minute,
  };
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * The instant at which the zone's clocks show `day` `time`, using the offset the zone has on that
 * date (never today's offset). A time that the clocks skip (the hour lost when daylight saving
 * starts) is moved forward by the gap; a time that occurs twice (when it ends) takes the first.
 */
export function wallClockToInstant(day: LocalDay, time: LocalTime, timeZone: string): Date {
  const d = DAY_PATTERN.exec(day);
  const t = TIME_PATTERN.exec(time);
  if (!d || !t) throw new RangeError(`Expected YYYY-MM-DD and HH:MM, got "${day}" "${time}"`);
  const [year, month, date, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, date, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCDate() !== date || check.getUTCMonth() !== month - 1 || hour > 23 || minute > 59) {
    throw new RangeError(`Not a valid wall-clock time: ${day} ${time}`);
  }
  // A zone changes its offset at most once within a day or so: the offsets a day before and after
  // are the only candidates. Keep those that map back to the same wall clock.
  const before = offsetMinutesAt(new Date(asUtc - DAY_MS), timeZone);
  const after = offsetMinutesAt(new Date(asUtc + DAY_MS), timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset * 60_000)
    .filter((instant) => asUtc - offsetMinutesAt(new Date(instant), timeZone) * 60_000 === instant)
    .sort((a, b) => a - b);
  // No candidate: the time falls in a gap; with the earlier offset it lands just after the gap.
  return new Date(candidates[0] ?? asUtc - before * 60_000);
}

/** The hour (0-23) on the zone's clock at an instant. */
export function localHour(instant: Date, timeZone: string): number {
  return toWallClock(instant, timeZone).hour;
}
