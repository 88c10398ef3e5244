import { describe, expect, it } from "vitest";
import { isTimeZone, localHour, offsetMinutesAt, toLocalDay, toWallClock, wallClockToInstant } from "@/lib/calendar/time-zone";
import { dateToDay, dayToDate, localToday } from "@/lib/calendar/office-day";
import { addWorkingDays, workingDaysBetween, type WorkCalendar } from "@/lib/calendar/working-days";

const at = (iso: string) => new Date(iso);
const instant = (day: string, time: string, zone: string) => wallClockToInstant(day, time, zone).toISOString();

describe("the office day", () => {
  it("turns at the office's midnight, not at UTC midnight (Jayapura, UTC+9)", () => {
    // Midnight in Jayapura is 15:00 UTC the day before.
    expect(localToday("Asia/Jayapura", at("2026-11-23T14:59:59Z"))).toBe("2026-11-23");
    expect(localToday("Asia/Jayapura", at("2026-11-23T15:00:00Z"))).toBe("2026-11-24");
    expect(localToday("UTC", at("2026-11-23T15:00:00Z"))).toBe("2026-11-23");
  });

  it("turns at midnight on both sides of a daylight-saving change (Amsterdam)", () => {
    // Winter (UTC+1): midnight is 23:00 UTC; summer (UTC+2): 22:00 UTC.
    expect(localToday("Europe/Amsterdam", at("2026-03-27T22:59:00Z"))).toBe("2026-03-27");
    expect(localToday("Europe/Amsterdam", at("2026-03-27T23:00:00Z"))).toBe("2026-03-28");
    expect(localToday("Europe/Amsterdam", at("2026-03-30T21:59:00Z"))).toBe("2026-03-30");
    expect(localToday("Europe/Amsterdam", at("2026-03-30T22:00:00Z"))).toBe("2026-03-31");
  });

  it("keeps date columns as the calendar day they hold", () => {
    expect(dateToDay(dayToDate("2026-02-28"))).toBe("2026-02-28");
    expect(dayToDate("2026-11-24").toISOString()).toBe("2026-11-24T00:00:00.000Z");
  });

  it("counts working days from the day an instant falls on in the office's zone", () => {
    // Friday 20 Nov 2026 23:30 in Jayapura is still Friday 14:30 UTC; in Jakarta it is 21:30 Friday.
    // 15:30 UTC is already Saturday in Jayapura: the deadline counts from the weekend.
    const jayapura: WorkCalendar = { holidays: [], timeZone: "Asia/Jayapura" };
    const accepted = toLocalDay(at("2026-11-20T15:30:00Z"), jayapura.timeZone);
    expect(accepted).toBe("2026-11-21");
    expect(addWorkingDays(accepted, 3, jayapura)).toBe("2026-11-25");
    expect(addWorkingDays(toLocalDay(at("2026-11-20T15:30:00Z"), "Asia/Jakarta"), 3, jayapura)).toBe("2026-11-25");
    // Over a weekend and a holiday: Thu 24 Dec and Fri 25 Dec 2026 are closed.
    const withChristmas: WorkCalendar = { holidays: ["2026-12-24", "2026-12-25"], timeZone: "Asia/Jakarta" };
    expect(addWorkingDays("2026-12-22", 3, withChristmas)).toBe("2026-12-29"); // Wed 23, Mon 28, Tue 29
    expect(workingDaysBetween("2026-12-22", "2026-12-29", withChristmas)).toBe(3);
  });
});

describe("wall clock and instant", () => {
  it("reads the office's clock at an instant", () => {
    expect(toWallClock(at("2026-11-23T16:59:00Z"), "Asia/Jakarta")).toEqual({ day: "2026-11-23", time: "23:59", hour: 23, minute: 59 });
    expect(toWallClock(at("2026-11-23T17:00:00Z"), "Asia/Jakarta")).toEqual({ day: "2026-11-24", time: "00:00", hour: 0, minute: 0 });
    expect(localHour(at("2026-11-23T22:30:00Z"), "Asia/Makassar")).toBe(6);
  });

  it("converts an Indonesian office's local time to the instant (WIB, WITA, WIT)", () => {
    expect(instant("2026-11-27", "10:00", "Asia/Jakarta")).toBe("2026-11-27T03:00:00.000Z");
    expect(instant("2026-11-27", "10:00", "Asia/Makassar")).toBe("2026-11-27T02:00:00.000Z");
    expect(instant("2026-11-27", "10:00", "Asia/Jayapura")).toBe("2026-11-27T01:00:00.000Z");
  });

  it("uses the offset of the date itself, across a daylight-saving change (Amsterdam)", () => {
    // Summer time begins on 29 March 2026: 10:00 is 09:00 UTC the day before and 08:00 UTC the day after.
    expect(instant("2026-03-28", "10:00", "Europe/Amsterdam")).toBe("2026-03-28T09:00:00.000Z");
    expect(instant("2026-03-30", "10:00", "Europe/Amsterdam")).toBe("2026-03-30T08:00:00.000Z");
    // And back on 25 October 2026.
    expect(instant("2026-10-24", "10:00", "Europe/Amsterdam")).toBe("2026-10-24T08:00:00.000Z");
    expect(instant("2026-10-26", "10:00", "Europe/Amsterdam")).toBe("2026-10-26T09:00:00.000Z");
    // The same dates give the same instants whatever day it is now: nothing depends on today's offset.
    expect(offsetMinutesAt(at("2026-01-15T12:00:00Z"), "Europe/Amsterdam")).toBe(60);
    expect(offsetMinutesAt(at("2026-07-15T12:00:00Z"), "Europe/Amsterdam")).toBe(120);
  });

  it("uses historic offsets: São Paulo's former summer time, Jakarta's former UTC+7:30", () => {
    // Brazil kept summer time (UTC-2) until 2019: January 2018 was UTC-2, July 2018 UTC-3.
    expect(instant("2018-01-15", "10:00", "America/Sao_Paulo")).toBe("2018-01-15T12:00:00.000Z");
    expect(instant("2018-07-15", "10:00", "America/Sao_Paulo")).toBe("2018-07-15T13:00:00.000Z");
    // From 2019 on there is no summer time: January is UTC-3.
    expect(instant("2020-01-15", "10:00", "America/Sao_Paulo")).toBe("2020-01-15T13:00:00.000Z");
    // Jakarta kept UTC+7:30 until 1964.
    expect(instant("1960-01-01", "12:00", "Asia/Jakarta")).toBe("1960-01-01T04:30:00.000Z");
    expect(instant("1988-01-01", "12:00", "Asia/Jakarta")).toBe("1988-01-01T05:00:00.000Z");
  });

  it("moves a time the clocks skip forward, and takes the first of a time that occurs twice", () => {
    // 02:30 does not exist on 29 March 2026 in Amsterdam: it becomes 03:30 summer time.
    expect(instant("2026-03-29", "02:30", "Europe/Amsterdam")).toBe("2026-03-29T01:30:00.000Z");
    expect(toWallClock(wallClockToInstant("2026-03-29", "02:30", "Europe/Amsterdam"), "Europe/Amsterdam").time).toBe("03:30");
    // 02:30 occurs twice on 25 October 2026: the summer-time one comes first.
    expect(instant("2026-10-25", "02:30", "Europe/Amsterdam")).toBe("2026-10-25T00:30:00.000Z");
    // São Paulo skipped midnight when its summer time began on 4 November 2018.
    expect(instant("2018-11-04", "00:30", "America/Sao_Paulo")).toBe("2018-11-04T03:30:00.000Z");
  });

  it("round-trips every hour of a day with a change", () => {
    for (let h = 0; h < 24; h++) {
      const time = `${String(h).padStart(2, "0")}:15`;
      const back = toWallClock(wallClockToInstant("2026-10-25", time, "Europe/Amsterdam"), "Europe/Amsterdam");
      expect(back).toMatchObject({ day: "2026-10-25", time });
    }
  });

  it("refuses malformed input and unknown zones", () => {
    expect(() => wallClockToInstant("2026-02-30", "10:00", "Asia/Jakarta")).toThrow(RangeError);
    expect(() => wallClockToInstant("2026-02-01", "24:00", "Asia/Jakarta")).toThrow(RangeError);
    expect(() => wallClockToInstant("2026-2-1", "10:00", "Asia/Jakarta")).toThrow(RangeError);
    expect(() => wallClockToInstant("2026-02-01", "10:00", "Mars/Olympus")).toThrow(RangeError);
    expect(() => toLocalDay(new Date(Number.NaN), "Asia/Jakarta")).toThrow(RangeError);
    expect(isTimeZone("Asia/Makassar")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });
});
