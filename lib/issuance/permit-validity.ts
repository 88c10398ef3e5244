// When an issued permit stops being valid. Its validity runs through the last day printed on it
// (validUntil, a calendar day): it is still valid all that day on the office's clock and has lapsed
// from the next office day on, whatever the server's zone.
import { localToday } from "@/lib/calendar/office-day";
import type { LocalDay } from "@/lib/calendar/time-zone";

/** Whether a permit valid until `validUntil` (YYYY-MM-DD, or none for no expiry) has lapsed on `today`. */
export function hasLapsed(validUntil: LocalDay | null | undefined, today: LocalDay): boolean {
  return !!validUntil && validUntil < today;
}

/** The same, with "today" taken on the office's calendar at the instant `now`. */
export function hasLapsedAt(validUntil: LocalDay | null | undefined, timeZone: string, now: Date): boolean {
  return hasLapsed(validUntil, localToday(timeZone, now));
}
