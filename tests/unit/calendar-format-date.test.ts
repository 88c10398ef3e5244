import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDay, formatTime, formatIndonesianDate, inBothLanguages, indonesianWeekday, weekdayName } from "@/lib/calendar/format-date";

describe("writing dates", () => {
  it("writes a calendar day in Indonesian and English", () => {
    expect(formatDay("2026-11-24", "id")).toBe("24 November 2026");
    expect(formatDay("2026-11-24", "en")).toBe("24 November 2026");
    expect(formatDay("2026-08-17", "id")).toBe("17 Agustus 2026");
    expect(formatDay("2026-08-17", "en")).toBe("17 August 2026");
    expect(formatDay("2026-08-17", "id", "short")).toBe("17 Agu 2026");
    expect(formatDay("2026-08-17", "en", "short")).toBe("17 Aug 2026");
    expect(formatDay("2026-11-27", "id", "full")).toBe("Jumat, 27 November 2026");
    expect(formatDay("2026-11-27", "en", "full")).toBe("Friday, 27 November 2026");
    expect(inBothLanguages((l) => formatDay("2027-01-15", l))).toEqual({ id: "15 Januari 2027", en: "15 January 2027" });
  });

  it("keeps the day of a date column whatever the zone west or east of UTC", () => {
    // A date column holds UTC midnight; written as a day it never becomes the day before.
    expect(formatDay(new Date("2026-03-01T00:00:00Z"), "id")).toBe("1 Maret 2026");
    expect(formatDate("2026-03-01", "en", "America/Sao_Paulo")).toBe("1 March 2026");
  });

  it("dates an instant on the office's calendar", () => {
    // 18:30 UTC on 23 November is already 24 November in Jakarta, still the 23rd in São Paulo.
    const late = new Date("2026-11-23T18:30:00Z");
    expect(formatDate(late, "id", "Asia/Jakarta")).toBe("24 November 2026");
    expect(formatDate(late, "en", "America/Sao_Paulo")).toBe("23 November 2026");
    expect(formatIndonesianDate(late, "Asia/Jayapura")).toBe("24 November 2026");
    expect(indonesianWeekday(late, "Asia/Jakarta")).toBe("Selasa");
    expect(indonesianWeekday(late, "UTC")).toBe("Senin");
  });

  it("writes a time on the office's clock, in each language's style", () => {
    const visit = new Date("2026-11-27T03:00:00Z");
    expect(formatDateTime(visit, "id", "Asia/Jakarta", "full")).toBe("Jumat, 27 November 2026 pukul 10.00");
    expect(formatDateTime(visit, "en", "Asia/Jakarta", "full")).toBe("Friday, 27 November 2026 at 10:00");
    expect(formatDateTime(visit, "en", "Asia/Jayapura")).toBe("27 November 2026 at 12:00");
    // A summer date in Amsterdam is written with that date's offset.
    expect(formatDateTime(new Date("2026-07-01T08:00:00Z"), "en", "Europe/Amsterdam")).toBe("1 July 2026 at 10:00");
    expect(formatDateTime(new Date("2026-01-01T08:00:00Z"), "en", "Europe/Amsterdam")).toBe("1 January 2026 at 09:00");
    // The time alone names the zone: WIB, WITA, WIT in Indonesian.
    expect(formatTime(visit, "id", "Asia/Jakarta")).toBe("10.00 WIB");
    expect(formatTime(visit, "id", "Asia/Makassar")).toBe("11.00 WITA");
    expect(formatTime(visit, "id", "Asia/Jayapura")).toBe("12.00 WIT");
    expect(formatTime(visit, "en", "Asia/Jakarta")).toBe("10:00 GMT+7");
  });

  it("names weekdays and refuses what is not a day", () => {
    expect([1, 5, 7].map((d) => weekdayName(d, "id"))).toEqual(["Senin", "Jumat", "Minggu"]);
    expect([1, 5, 7].map((d) => weekdayName(d, "en"))).toEqual(["Monday", "Friday", "Sunday"]);
    expect(() => formatDay("24-11-2026", "id")).toThrow(RangeError);
    expect(() => formatDate("not a date", "id", "Asia/Jakarta")).toThrow(RangeError);
  });
});
