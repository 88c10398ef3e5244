// The service-level clock of one application, from its events: it starts when the front office
// accepts the file, pauses while the file is returned to the applicant, and ends at the decision.
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import { addWorkingDays, computeSlaClock, type SlaClock, type SlaPause, type WorkCalendar } from "@/lib/calendar/working-days";
import { toLocalDay } from "@/lib/calendar/time-zone";

const DECIDED: readonly ApplicationStatus[] = ["ISSUED", "REJECTED", "WITHDRAWN", "EXPIRED", "REVOKED"];

export interface ClockInput {
  status: ApplicationStatus;
  clockStartedAt: Date | null;
  decidedAt: Date | null;
  slaDays: number;
  events: { toStatus: ApplicationStatus; fromStatus: ApplicationStatus | null; createdAt: Date }[];
}

/** Periods the file spent with the applicant after the clock started. */
export function pausesOf(input: ClockInput): SlaPause[] {
  const pauses: SlaPause[] = [];
  for (const e of input.events) {
    if (!input.clockStartedAt || e.createdAt < input.clockStartedAt) continue;
    if (e.toStatus === "RETURNED") pauses.push({ from: e.createdAt, to: null });
    else if (e.fromStatus === "RETURNED" && pauses.length && pauses[pauses.length - 1]!.to === null) pauses[pauses.length - 1]!.to = e.createdAt;
  }
  return pauses;
}

export type ServiceClock =
  | { started: true; clock: SlaClock }
  /** Not accepted yet: the due day if the file were accepted today. */
  | { started: false; estimateDay: string };

export function serviceClock(input: ClockInput, calendar: WorkCalendar, now = new Date()): ServiceClock {
  if (!input.clockStartedAt) {
    return { started: false, estimateDay: addWorkingDays(toLocalDay(now, calendar.timeZone), input.slaDays, calendar) };
  }
  return {
    started: true,
    clock: computeSlaClock({
      startedAt: input.clockStartedAt,
      limitDays: input.slaDays,
      pauses: pausesOf(input),
      now,
      endedAt: DECIDED.includes(input.status) ? input.decidedAt : null,
      calendar,
    }),
  };
}
