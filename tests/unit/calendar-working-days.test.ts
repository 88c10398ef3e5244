import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  computeSlaClock,
  isWorkingDay,
  workingDaysBetween,
  type SlaClockInput,
  type WorkCalendar,
} from "@/lib/calendar/working-days";
import { toLocalDay } from "@/lib/calendar/time-zone";

// Non-working days taken from the seeded 2026/2027 calendar (prisma/seed/holidays.ts). Listed here,
// not imported, so that an admin correcting the seed cannot silently change these hand-computed cases.
const HOLIDAYS = [
  "2026-03-18", // Wed, cuti bersama Nyepi
  "2026-03-19", // Thu, Nyepi
  "2026-03-20", // Fri, cuti bersama Idul Fitri
  "2026-03-21", // Sat, Idul Fitri
  "2026-03-22", // Sun, Idul Fitri (second day)
  "2026-03-23", // Mon, cuti bersama Idul Fitri
  "2026-03-24", // Tue, cuti bersama Idul Fitri
  "2026-04-03", // Fri, Good Friday
  "2026-04-05", // Sun, Easter
  "2026-05-14", // Thu, Ascension of Jesus Christ
  "2026-05-15", // Fri, cuti bersama Ascension
  "2026-08-17", // Mon, Independence Day
  "2026-08-25", // Tue, Maulid Nabi
  "2026-12-24", // Thu, cuti bersama Christmas
  "2026-12-25", // Fri, Christmas
  "2027-01-01", // Fri, New Year
  "2027-01-05", // Tue, Isra Mikraj
];

const cal: WorkCalendar = { holidays: new Set(HOLIDAYS), timeZone: "Asia/Jakarta" };
const monToSat: WorkCalendar = { ...cal, workWeek: [1, 2, 3, 4, 5, 6] };

// An instant given as Jakarta wall-clock time (WIB, UTC+7).
const wib = (local: string) => new Date(`${local}+07:00`);

// November 2026 has no holidays: Mon 16, Tue 17, Wed 18, Thu 19, Fri 20, Sat 21, Sun 22, Mon 23 ...
function clock(overrides: Partial<SlaClockInput>) {
  return computeSlaClock({
    startedAt: wib("2026-11-16T10:00"), // Monday
    limitDays: 3,
    pauses: [],
    now: wib("2026-11-16T10:00"),
    calendar: cal,
    ...overrides,
  });
}

describe("toLocalDay", () => {
  it("gives the office's calendar day, not the UTC one", () => {
    // 18:30 UTC on the 23rd is 01:30 WIB on the 24th.
    expect(toLocalDay(new Date("2026-11-23T18:30:00Z"), "Asia/Jakarta")).toBe("2026-11-24");
    expect(toLocalDay(new Date("2026-11-23T18:30:00Z"), "UTC")).toBe("2026-11-23");
    // Jakarta's day turns at 17:00 UTC.
    expect(toLocalDay(new Date("2026-11-23T16:59:59Z"), "Asia/Jakarta")).toBe("2026-11-23");
    expect(toLocalDay(new Date("2026-11-23T17:00:00Z"), "Asia/Jakarta")).toBe("2026-11-24");
  });

  it("uses the zone passed in: Makassar (UTC+8) and Jayapura (UTC+9)", () => {
    // 15:30 UTC: 22:30 WIB, 23:30 WITA, 00:30 WIT the next day.
    const instant = new Date("2026-11-23T15:30:00Z");
    expect(toLocalDay(instant, "Asia/Jakarta")).toBe("2026-11-23");
    expect(toLocalDay(instant, "Asia/Makassar")).toBe("2026-11-23");
    expect(toLocalDay(instant, "Asia/Jayapura")).toBe("2026-11-24");
    // 16:00 UTC is midnight in Makassar.
    expect(toLocalDay(new Date("2026-11-23T16:00:00Z"), "Asia/Makassar")).toBe("2026-11-24");
  });
});

describe("isWorkingDay", () => {
  it("is open Monday to Friday except holidays and collective leave", () => {
    expect(isWorkingDay("2026-03-16", cal)).toBe(true); // Monday
    expect(isWorkingDay("2026-03-14", cal)).toBe(false); // Saturday
    expect(isWorkingDay("2026-03-15", cal)).toBe(false); // Sunday
    expect(isWorkingDay("2026-03-18", cal)).toBe(false); // Wednesday, cuti bersama
    expect(isWorkingDay("2026-03-19", cal)).toBe(false); // Thursday, Nyepi
  });

  it("accepts the holidays as a plain array too", () => {
    const asArray: WorkCalendar = { holidays: HOLIDAYS, timeZone: "Asia/Jakarta" };
    expect(isWorkingDay("2026-03-23", asArray)).toBe(false); // Monday, cuti bersama
    expect(isWorkingDay("2026-03-25", asArray)).toBe(true); // Wednesday after the leave
  });

  it("follows a custom work week, holidays still closing the office", () => {
    expect(isWorkingDay("2026-03-14", monToSat)).toBe(true); // an ordinary Saturday
    expect(isWorkingDay("2026-03-21", monToSat)).toBe(false); // Saturday, Idul Fitri
    expect(isWorkingDay("2026-03-15", monToSat)).toBe(false); // Sunday
  });

  it("rejects malformed days and a work week with no open day", () => {
    expect(() => isWorkingDay("2026-02-30", cal)).toThrow(RangeError); // no 30 February
    expect(() => isWorkingDay("2026-3-5", cal)).toThrow(RangeError);
    expect(() => isWorkingDay("2026-03-16", { ...cal, workWeek: [] })).toThrow(RangeError);
  });
});

describe("addWorkingDays (day 1 is the first working day after the start day)", () => {
  it("counts plain weeks", () => {
    // Mon 16 Nov: Tue 1, Wed 2, Thu 3.
    expect(addWorkingDays("2026-11-16", 3, cal)).toBe("2026-11-19");
    // Fri 20 Nov: Mon 1, Tue 2, Wed 3.
    expect(addWorkingDays("2026-11-20", 3, cal)).toBe("2026-11-25");
    // Mon 16 Nov + 5: Tue, Wed, Thu, Fri, Mon 23.
    expect(addWorkingDays("2026-11-16", 5, cal)).toBe("2026-11-23");
  });

  it("counts from the next working day when started on a weekend", () => {
    // Sat 21 / Sun 22 Nov: Mon 1, Tue 2, Wed 3 — the same as starting on Friday.
    expect(addWorkingDays("2026-11-21", 3, cal)).toBe("2026-11-25");
    expect(addWorkingDays("2026-11-22", 3, cal)).toBe("2026-11-25");
  });

  it("returns the start day itself for zero days", () => {
    expect(addWorkingDays("2026-11-16", 0, cal)).toBe("2026-11-16");
    expect(addWorkingDays("2026-11-21", 0, cal)).toBe("2026-11-21");
  });

  it("skips a holiday inside the window", () => {
    // Mon 24 Aug: Tue 25 is Maulid Nabi, so Wed 1, Thu 2, Fri 28 is 3.
    expect(addWorkingDays("2026-08-24", 3, cal)).toBe("2026-08-28");
  });

  it("skips long weekends", () => {
    // Thu 2 Apr: Good Friday, Sat, Easter Sunday off; Mon 6 is 1, Tue 2, Wed 8 is 3.
    expect(addWorkingDays("2026-04-02", 3, cal)).toBe("2026-04-08");
    // Fri 14 Aug: Sat, Sun, Independence Day Monday off; Tue 1, Wed 2, Thu 20 is 3.
    expect(addWorkingDays("2026-08-14", 3, cal)).toBe("2026-08-20");
    // Wed 13 May: Thu Ascension + Fri cuti bersama + weekend; Mon 18 .. Fri 22 are 1..5.
    expect(addWorkingDays("2026-05-13", 5, cal)).toBe("2026-05-22");
  });

  it("skips the Nyepi / Idul Fitri 2026 collective leave (18–24 March all closed)", () => {
    // Tue 17 Mar: Wed 18 .. Tue 24 closed; Wed 25 is 1, Thu 2, Fri 27 is 3.
    expect(addWorkingDays("2026-03-17", 3, cal)).toBe("2026-03-27");
    // Mon 16 Mar + 5: Tue 17 is 1; Wed 25 2, Thu 26 3, Fri 27 4, Mon 30 is 5.
    expect(addWorkingDays("2026-03-16", 5, cal)).toBe("2026-03-30");
    // Started on a leave day (Thu 19, Nyepi): the next working day, Wed 25, is 1.
    expect(addWorkingDays("2026-03-19", 1, cal)).toBe("2026-03-25");
  });

  it("crosses the year boundary", () => {
    // Wed 23 Dec 2026: Thu 24, Fri 25 off; Mon 28 1, Tue 29 2, Wed 30 3, Thu 31 4;
    // Fri 1 Jan 2027 New Year, weekend; Mon 4 Jan is 5.
    expect(addWorkingDays("2026-12-23", 5, cal)).toBe("2027-01-04");
    // One more: Tue 5 Jan is Isra Mikraj, so Wed 6 Jan is 6.
    expect(addWorkingDays("2026-12-23", 6, cal)).toBe("2027-01-06");
  });

  it("follows a Monday–Saturday work week", () => {
    // Fri 20 Nov: Sat 21 is 1, Mon 23 2, Tue 24 is 3.
    expect(addWorkingDays("2026-11-20", 3, monToSat)).toBe("2026-11-24");
    // Tue 17 Mar: Sat 21 is Idul Fitri, so still Wed 25 1, Thu 2, Fri 3, and Sat 28 is 4.
    expect(addWorkingDays("2026-03-17", 3, monToSat)).toBe("2026-03-27");
    expect(addWorkingDays("2026-03-17", 4, monToSat)).toBe("2026-03-28");
  });

  it("rejects negative or fractional counts", () => {
    expect(() => addWorkingDays("2026-11-16", -1, cal)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-11-16", 1.5, cal)).toThrow(RangeError);
  });
});

describe("workingDaysBetween (after fromDay, up to and including toDay)", () => {
  it("counts plain spans and weekends", () => {
    expect(workingDaysBetween("2026-11-16", "2026-11-19", cal)).toBe(3); // Tue, Wed, Thu
    expect(workingDaysBetween("2026-11-20", "2026-11-23", cal)).toBe(1); // Mon only
    expect(workingDaysBetween("2026-11-20", "2026-11-22", cal)).toBe(0); // the weekend
  });

  it("is 0 when toDay is not after fromDay", () => {
    expect(workingDaysBetween("2026-11-19", "2026-11-19", cal)).toBe(0);
    expect(workingDaysBetween("2026-11-19", "2026-11-16", cal)).toBe(0);
  });

  it("skips holidays and collective leave", () => {
    // Tue 17 → Wed 25 Mar: only Wed 25 is open.
    expect(workingDaysBetween("2026-03-17", "2026-03-25", cal)).toBe(1);
    // Wed 23 Dec → Mon 4 Jan: Mon 28, Tue 29, Wed 30, Thu 31, Mon 4.
    expect(workingDaysBetween("2026-12-23", "2027-01-04", cal)).toBe(5);
  });

  it("undoes addWorkingDays for every start day of 2026 and limits up to 10", () => {
    const mismatches: string[] = [];
    for (let day = "2026-01-01"; day < "2027-01-01"; day = addCalendarDay(day)) {
      for (let n = 0; n <= 10; n++) {
        const back = workingDaysBetween(day, addWorkingDays(day, n, cal), cal);
        if (back !== n) mismatches.push(`${day} + ${n} → ${back}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe("computeSlaClock", () => {
  // Accepted Monday 16 Nov with 3 working days: due Thursday 19 Nov.
  it("is on time before the due day", () => {
    // Wed 18: Tue and Wed used.
    expect(clock({ now: wib("2026-11-18T14:00") })).toEqual({
      usedDays: 2,
      remainingDays: 1,
      dueDay: "2026-11-19",
      status: "on_time",
      paused: false,
    });
  });

  it("uses nothing on the acceptance day", () => {
    expect(clock({ now: wib("2026-11-16T16:00") })).toMatchObject({ usedDays: 0, remainingDays: 3, status: "on_time" });
  });

  it("is due today on the due day", () => {
    expect(clock({ now: wib("2026-11-19T09:00") })).toMatchObject({
      usedDays: 3,
      remainingDays: 0,
      dueDay: "2026-11-19",
      status: "due_today",
    });
  });

  it("is late the day after the due day", () => {
    // Fri 20: a fourth working day used.
    expect(clock({ now: wib("2026-11-20T08:00") })).toMatchObject({ usedDays: 4, remainingDays: 0, status: "late" });
  });

  it("is late on the weekend after a Friday due day, though no working day was added", () => {
    // 4 days from Mon 16 → due Fri 20; on Sat 21 the deadline has passed.
    expect(clock({ limitDays: 4, now: wib("2026-11-21T10:00") })).toMatchObject({
      usedDays: 4,
      dueDay: "2026-11-20",
      status: "late",
    });
  });

  it("stops at issuance: on time when finished on the due day, late when after", () => {
    // Issued Thu 19 at 16:00, looked at a week later: still on time, 3 days used.
    expect(clock({ endedAt: wib("2026-11-19T16:00"), now: wib("2026-11-27T10:00") })).toMatchObject({
      usedDays: 3,
      status: "on_time",
      paused: false,
    });
    // Rejected Fri 20: one day late, 4 used.
    expect(clock({ endedAt: wib("2026-11-20T09:00"), now: wib("2026-11-27T10:00") })).toMatchObject({
      usedDays: 4,
      status: "late",
    });
  });

  it("counts around a holiday inside the window", () => {
    // Mon 24 Aug, 3 days: Tue 25 Maulid, due Fri 28. On Thu 27: Wed and Thu used.
    expect(clock({ startedAt: wib("2026-08-24T10:00"), now: wib("2026-08-27T10:00") })).toEqual({
      usedDays: 2,
      remainingDays: 1,
      dueDay: "2026-08-28",
      status: "on_time",
      paused: false,
    });
  });

  it("counts around the Idul Fitri 2026 collective leave", () => {
    // Mon 16 Mar, 5 days → due Mon 30. On Wed 25: Tue 17 and Wed 25 used.
    expect(clock({ startedAt: wib("2026-03-16T15:00"), limitDays: 5, now: wib("2026-03-25T10:00") })).toMatchObject({
      usedDays: 2,
      remainingDays: 3,
      dueDay: "2026-03-30",
      status: "on_time",
    });
  });

  it("crosses the year boundary", () => {
    // Wed 23 Dec, 5 days → due Mon 4 Jan 2027. On Thu 31 Dec: Mon 28 .. Thu 31 used.
    const startedAt = wib("2026-12-23T11:00");
    expect(clock({ startedAt, limitDays: 5, now: wib("2026-12-31T10:00") })).toMatchObject({
      usedDays: 4,
      remainingDays: 1,
      dueDay: "2027-01-04",
      status: "on_time",
    });
    // Fri 1 Jan is a holiday: nothing more used, still on time.
    expect(clock({ startedAt, limitDays: 5, now: wib("2027-01-01T10:00") })).toMatchObject({ usedDays: 4, status: "on_time" });
    expect(clock({ startedAt, limitDays: 5, now: wib("2027-01-04T10:00") })).toMatchObject({ usedDays: 5, status: "due_today" });
  });

  it("follows a Monday–Saturday work week", () => {
    // Fri 20 Nov, 3 days: Sat 21, Mon 23, Tue 24 → due Tue 24. On Sat 21 one day is used.
    expect(
      clock({ startedAt: wib("2026-11-20T10:00"), now: wib("2026-11-21T10:00"), calendar: monToSat }),
    ).toMatchObject({ usedDays: 1, remainingDays: 2, dueDay: "2026-11-24", status: "on_time" });
  });

  it("reads instants in the office's zone (the 18:30 UTC edge)", () => {
    // 2026-11-23T18:30Z is Tue 24 Nov 01:30 WIB: Tue is the acceptance day, so due Fri 27
    // (Wed 1, Thu 2, Fri 3). Read in UTC it would be Mon 23 and due Thu 26.
    const startedAt = new Date("2026-11-23T18:30:00Z");
    const now = new Date("2026-11-25T17:30:00Z"); // Thu 26 00:30 WIB: Wed and Thu used
    expect(clock({ startedAt, now })).toMatchObject({ usedDays: 2, dueDay: "2026-11-27", status: "on_time" });
    expect(clock({ startedAt, now, calendar: { ...cal, timeZone: "UTC" } })).toMatchObject({ dueDay: "2026-11-26" });
  });

  it("takes the office's zone for Jayapura (UTC+9)", () => {
    // 15:30 UTC on Mon 23 is 22:30 WIB Mon 23 but 00:30 WIT Tue 24.
    const startedAt = new Date("2026-11-23T15:30:00Z");
    const now = startedAt;
    expect(clock({ startedAt, now }).dueDay).toBe("2026-11-26"); // Jakarta: from Mon 23
    expect(clock({ startedAt, now, calendar: { ...cal, timeZone: "Asia/Jayapura" } }).dueDay).toBe("2026-11-27");
  });

  describe("pauses (file returned to the applicant)", () => {
    it("extends the due day by the working days paused, across holidays", () => {
      // Mon 9 Mar, 5 days: originally due Mon 16. Returned Fri 13, back Wed 25.
      // Paused: working days after Fri 13 up to Wed 25 = Mon 16, Tue 17, Wed 25 (18–24 closed) = 3.
      // Used: Tue 10, Wed 11, Thu 12, Fri 13, then Thu 26 = 5 → due Thu 26.
      expect(
        clock({
          startedAt: wib("2026-03-09T10:00"),
          limitDays: 5,
          pauses: [{ from: wib("2026-03-13T14:00"), to: wib("2026-03-25T09:00") }],
          now: wib("2026-03-26T10:00"),
        }),
      ).toEqual({ usedDays: 5, remainingDays: 0, dueDay: "2026-03-26", status: "due_today", paused: false });
    });

    it("keeps moving the due day while a pause is still open", () => {
      // Mon 16, 3 days; returned Wed 18 (Tue, Wed used; 1 left), still with the applicant.
      const pauses = [{ from: wib("2026-11-18T11:00"), to: null }];
      // On Mon 23: Thu, Fri, Mon paused; the one day left is counted from today → due Tue 24.
      expect(clock({ pauses, now: wib("2026-11-23T10:00") })).toEqual({
        usedDays: 2,
        remainingDays: 1,
        dueDay: "2026-11-24",
        status: "on_time",
        paused: true,
      });
      // A day later, still paused: due Wed 25.
      expect(clock({ pauses, now: wib("2026-11-24T10:00") })).toMatchObject({ dueDay: "2026-11-25", paused: true });
    });

    it("resumes with the days left once the file is back", () => {
      // Returned Wed 18, back Tue 24 14:00: Thu, Fri, Mon, Tue paused (the return day counts).
      // Used: Tue 17, Wed 18, Wed 25 = 3, so Wed 25 is the due day.
      expect(
        clock({
          pauses: [{ from: wib("2026-11-18T11:00"), to: wib("2026-11-24T14:00") }],
          now: wib("2026-11-25T09:00"),
        }),
      ).toEqual({ usedDays: 3, remainingDays: 0, dueDay: "2026-11-25", status: "due_today", paused: false });
    });

    it("is not late while with the applicant when returned on the due day", () => {
      // Returned Thu 19 (all 3 days used), still out on Sat 21: due the first working day it can be
      // back, Mon 23 — not Fri 20 (which a plain extension by 1 paused day would give).
      expect(
        clock({ pauses: [{ from: wib("2026-11-19T15:00"), to: null }], now: wib("2026-11-21T10:00") }),
      ).toEqual({ usedDays: 3, remainingDays: 0, dueDay: "2026-11-23", status: "on_time", paused: true });
    });

    it("stays late when returned after the limit ran out", () => {
      // Due Thu 19, returned Mon 23 (Tue..Mon = 5 used), still out on Wed 25: Tue and Wed paused.
      expect(
        clock({ pauses: [{ from: wib("2026-11-23T10:00"), to: null }], now: wib("2026-11-25T10:00") }),
      ).toEqual({ usedDays: 5, remainingDays: 0, dueDay: "2026-11-19", status: "late", paused: true });
    });

    it("ignores a pause that ends the same day it starts", () => {
      // Returned and back on Tue 17: no working day strictly after Tue up to Tue.
      expect(
        clock({
          pauses: [{ from: wib("2026-11-17T09:00"), to: wib("2026-11-17T15:00") }],
          now: wib("2026-11-19T10:00"),
        }),
      ).toMatchObject({ usedDays: 3, dueDay: "2026-11-19", status: "due_today", paused: false });
    });

    it("counts overlapping pause records once", () => {
      // (Tue 17, Thu 19] and (Wed 18, Fri 20] together pause Wed, Thu, Fri = 3.
      // On Mon 23: used Tue 17 and Mon 23 = 2; one left from Fri 20 → due Tue 24.
      expect(
        clock({
          pauses: [
            { from: wib("2026-11-17T10:00"), to: wib("2026-11-19T10:00") },
            { from: wib("2026-11-18T10:00"), to: wib("2026-11-20T10:00") },
          ],
          now: wib("2026-11-23T10:00"),
        }),
      ).toMatchObject({ usedDays: 2, remainingDays: 1, dueDay: "2026-11-24", status: "on_time" });
    });

    it("does not report a paused clock once the file has ended", () => {
      // Rejected on Fri 20 while a pause from Wed 18 was never closed: Thu, Fri paused, Tue, Wed used.
      expect(
        clock({
          pauses: [{ from: wib("2026-11-18T11:00"), to: null }],
          endedAt: wib("2026-11-20T10:00"),
          now: wib("2026-11-27T10:00"),
        }),
      ).toMatchObject({ usedDays: 2, paused: false, status: "on_time" });
    });
  });

  describe("limit 0", () => {
    it("is due the acceptance day and late the next day", () => {
      expect(clock({ limitDays: 0, now: wib("2026-11-16T15:00") })).toEqual({
        usedDays: 0,
        remainingDays: 0,
        dueDay: "2026-11-16",
        status: "due_today",
        paused: false,
      });
      expect(clock({ limitDays: 0, now: wib("2026-11-17T08:00") })).toMatchObject({ usedDays: 1, status: "late" });
      expect(clock({ limitDays: 0, endedAt: wib("2026-11-16T15:00"), now: wib("2026-11-17T08:00") })).toMatchObject({
        status: "on_time",
      });
    });

    it("is due the next working day when accepted on a closed day", () => {
      // Accepted Sat 21 Nov: the office can only act on Mon 23.
      expect(clock({ limitDays: 0, startedAt: wib("2026-11-21T10:00"), now: wib("2026-11-21T10:00") })).toMatchObject({
        dueDay: "2026-11-23",
        status: "on_time",
      });
    });
  });

  it("rejects a negative limit", () => {
    expect(() => clock({ limitDays: -1 })).toThrow(RangeError);
  });
});

function addCalendarDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
