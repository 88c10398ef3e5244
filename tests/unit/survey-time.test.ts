import { describe, expect, it } from "vitest";
import { officeInstant, scheduleProblem, visitProblem } from "@/lib/review/survey-time";

const JAKARTA = "Asia/Jakarta";
const at = (v: string) => officeInstant(v, JAKARTA)!;

describe("survey times", () => {
  it("reads a datetime-local value on the office's clock", () => {
    expect(at("2026-12-07T09:00").toISOString()).toBe("2026-12-07T02:00:00.000Z");
    expect(officeInstant("2026-12-07 09:00", JAKARTA)).toBeNull();
    expect(officeInstant("2026-02-30T09:00", JAKARTA)).toBeNull();
  });

  it("schedules from the start of today, office time, on", () => {
    // 3 December 2026, 06:30 in Jakarta (23:30 UTC the day before).
    const now = new Date("2026-12-02T23:30:00Z");
    expect(scheduleProblem({ scheduledFor: at("2026-12-03T00:00"), now, timeZone: JAKARTA })).toBeNull();
    expect(scheduleProblem({ scheduledFor: at("2026-12-07T09:00"), now, timeZone: JAKARTA })).toBeNull();
    expect(scheduleProblem({ scheduledFor: at("2026-12-02T23:59"), now, timeZone: JAKARTA })).toBe("validation.inspection.scheduleInPast");
  });

  it("records a visit only from the scheduled start on, between the schedule and now", () => {
    const scheduledFor = at("2026-12-07T09:00");
    // Before the scheduled start nothing can be recorded, whatever visit time is given.
    expect(visitProblem({ scheduledFor, visitedAt: at("2026-12-07T09:00"), now: at("2026-12-03T10:00") })).toBe("validation.inspection.beforeSchedule");
    expect(visitProblem({ scheduledFor, visitedAt: at("2026-12-07T09:00"), now: new Date(at("2026-12-07T09:00").getTime() - 1) })).toBe(
      "validation.inspection.beforeSchedule",
    );
    const now = at("2026-12-07T11:30");
    expect(visitProblem({ scheduledFor, visitedAt: at("2026-12-07T09:00"), now })).toBeNull();
    expect(visitProblem({ scheduledFor, visitedAt: at("2026-12-07T11:30"), now })).toBeNull();
    expect(visitProblem({ scheduledFor, visitedAt: at("2026-12-07T11:31"), now })).toBe("validation.inspection.visitInFuture");
    expect(visitProblem({ scheduledFor, visitedAt: at("2026-12-07T08:59"), now })).toBe("validation.inspection.visitBeforeSchedule");
  });
});
