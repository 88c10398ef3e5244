import { describe, expect, it } from "vitest";
import { hasLapsed, hasLapsedAt } from "@/lib/issuance/permit-validity";

describe("permit validity", () => {
  it("is valid through its last day and lapsed from the next day on", () => {
    expect(hasLapsed("2026-12-31", "2026-12-30")).toBe(false);
    expect(hasLapsed("2026-12-31", "2026-12-31")).toBe(false);
    expect(hasLapsed("2026-12-31", "2027-01-01")).toBe(true);
  });

  it("never lapses without an end date", () => {
    expect(hasLapsed(null, "2099-01-01")).toBe(false);
    expect(hasLapsed(undefined, "2099-01-01")).toBe(false);
  });

  it("takes today on the office's calendar, not the server's", () => {
    // 17:30 UTC on 31 December is already 1 January in Jakarta (UTC+7) and Jayapura (UTC+9)...
    const now = new Date("2026-12-31T17:30:00Z");
    expect(hasLapsedAt("2026-12-31", "Asia/Jakarta", now)).toBe(true);
    expect(hasLapsedAt("2026-12-31", "Asia/Jayapura", now)).toBe(true);
    // ...but 16:30 UTC is still 31 December, 23:30, in Jakarta, while Jayapura is past midnight.
    const earlier = new Date("2026-12-31T16:30:00Z");
    expect(hasLapsedAt("2026-12-31", "Asia/Jakarta", earlier)).toBe(false);
    expect(hasLapsedAt("2026-12-31", "Asia/Jayapura", earlier)).toBe(true);
  });
});
