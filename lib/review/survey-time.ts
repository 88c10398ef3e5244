// When a field survey may be scheduled and when its berita acara may be recorded. The BAP states what
// happened on site, so it cannot be recorded before the scheduled start, and the visit it records
// (entered by the team on the office's clock) lies between the scheduled start and now.
import { localToday } from "@/lib/calendar/office-day";
import { wallClockToInstant } from "@/lib/calendar/time-zone";

const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** A `YYYY-MM-DDTHH:MM` wall-clock reading (a datetime-local field) in the zone as an instant, or null. */
export function officeInstant(value: string, timeZone: string): Date | null {
  const m = WALL_CLOCK.exec(value);
  if (!m) return null;
  try {
    return wallClockToInstant(m[1]!, m[2]!, timeZone);
  } catch {
    return null;
  }
}

/** A survey may be scheduled for any time from the start of today (office time) on; else the message key. */
export function scheduleProblem({ scheduledFor, now, timeZone }: { scheduledFor: Date; now: Date; timeZone: string }): string | null {
  const startOfToday = wallClockToInstant(localToday(timeZone, now), "00:00", timeZone);
  return scheduledFor < startOfToday ? "validation.inspection.scheduleInPast" : null;
}

/** Why the BAP of a visit cannot be recorded now (a message key for the visit field), or null when it can. */
export function visitProblem({ scheduledFor, visitedAt, now }: { scheduledFor: Date; visitedAt: Date; now: Date }): string | null {
  if (now < scheduledFor) return "validation.inspection.beforeSchedule";
  if (visitedAt > now) return "validation.inspection.visitInFuture";
  if (visitedAt < scheduledFor) return "validation.inspection.visitBeforeSchedule";
  return null;
}
