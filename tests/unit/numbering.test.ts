import { describe, expect, it } from "vitest";
import {
  formatDecreeNumber,
  formatRegistrationNumber,
  newTrackingToken,
  normalizeTrackingToken,
  parseRegistrationNumber,
  trackingTokenMatches,
} from "@/lib/applications/numbering";

// Crockford's base32 without I, L, O and U.
const TOKEN = /^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{5}-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{5}$/;

describe("registration numbers", () => {
  it("are REG-<year>-<six-digit sequence>", () => {
    expect(formatRegistrationNumber(2026, 1)).toBe("REG-2026-000001");
    expect(formatRegistrationNumber(2026, 123)).toBe("REG-2026-000123");
    expect(formatRegistrationNumber(2027, 999_999)).toBe("REG-2027-999999");
  });

  it("grow to seven digits when the sequence runs over", () => {
    expect(formatRegistrationNumber(2026, 1_000_000)).toBe("REG-2026-1000000");
    expect(formatRegistrationNumber(2026, 1_234_567)).toBe("REG-2026-1234567");
  });

  it.each([
    [2026, 1],
    [2026, 42],
    [2026, 999_999],
    [2026, 1_000_000],
    [2030, 1_234_567],
  ])("parse back what is formatted (%i, %i)", (year, seq) => {
    expect(parseRegistrationNumber(formatRegistrationNumber(year, seq))).toEqual({ year, seq });
  });

  it("parse what a person typed: lower case and surrounding spaces", () => {
    expect(parseRegistrationNumber("  reg-2026-000001 ")).toEqual({ year: 2026, seq: 1 });
    expect(parseRegistrationNumber("Reg-2026-1234567")).toEqual({ year: 2026, seq: 1_234_567 });
  });

  it.each([
    "",
    "REG",
    "REG-2026",
    "REG-2026-",
    "REG-26-000001",
    "REG-20260-000001",
    "REG-2026-00001",
    "REG-2026-00000a",
    "REG-2026-000001x",
    "REG 2026 000001",
    "REG-2026--000001",
    "XREG-2026-000001",
    "ABC-2026-000001",
    "2026-000001",
    "REG-2026-000001; DROP TABLE",
  ])("refuse garbage: %j", (value) => {
    expect(parseRegistrationNumber(value)).toBeNull();
  });
});

describe("tracking tokens", () => {
  it("are XXXXX-XXXXX over Crockford's alphabet", () => {
    for (let i = 0; i < 200; i++) expect(newTrackingToken()).toMatch(TOKEN);
  });

  it("do not repeat over 1000 draws", () => {
    const tokens = Array.from({ length: 1000 }, () => newTrackingToken());
    expect(new Set(tokens).size).toBe(1000);
  });

  it("use the whole alphabet", () => {
    const seen = new Set(Array.from({ length: 500 }, () => newTrackingToken().replace("-", "")).join(""));
    expect(seen.size).toBe(32);
  });

  it("are already in normal form", () => {
    for (let i = 0; i < 100; i++) {
      const token = newTrackingToken();
      expect(normalizeTrackingToken(token)).toBe(token);
    }
  });
});

describe("normalizeTrackingToken", () => {
  it.each([
    ["7K3QX-M9TZ2", "7K3QX-M9TZ2"],
    ["7k3qx-m9tz2", "7K3QX-M9TZ2"],
    ["7K3QXM9TZ2", "7K3QX-M9TZ2"],
    ["7k3qx m9tz2", "7K3QX-M9TZ2"],
    ["  7K3 QX-M9T Z2 ", "7K3QX-M9TZ2"],
    ["7K3QX\tM9TZ2\n", "7K3QX-M9TZ2"],
    ["7K3QX--M9TZ2", "7K3QX-M9TZ2"],
    ["7K3-QXM-9TZ2", "7K3QX-M9TZ2"],
  ])("reads %j as %s", (typed, normal) => {
    expect(normalizeTrackingToken(typed)).toBe(normal);
  });

  it("reads O as zero and I or L as one, in either case", () => {
    expect(normalizeTrackingToken("OOOOO-IIIII")).toBe("00000-11111");
    expect(normalizeTrackingToken("ooooo-iiiii")).toBe("00000-11111");
    expect(normalizeTrackingToken("LLLLL-lllll")).toBe("11111-11111");
    expect(normalizeTrackingToken("A0BO1-CIDLE")).toBe("A0B01-C1D1E");
  });

  it("leaves a token of the wrong length without a hyphen", () => {
    expect(normalizeTrackingToken("7k3qx-m9tz")).toBe("7K3QXM9TZ");
    expect(normalizeTrackingToken("7K3QX-M9TZ22")).toBe("7K3QXM9TZ22");
    expect(normalizeTrackingToken("")).toBe("");
  });
});

describe("trackingTokenMatches", () => {
  const stored = "7K3QX-M9T12";

  it("matches the stored token however it was typed", () => {
    for (const typed of ["7K3QX-M9T12", "7k3qx-m9t12", "7K3QXM9T12", " 7k3qx m9t12 ", "7K3QX-M9TI2", "7K3QX-M9TL2", "7k3qx-m9tl2"]) {
      expect(trackingTokenMatches(stored, typed), typed).toBe(true);
    }
    expect(trackingTokenMatches("A0B00-00001", "AOBOO-OOOOI")).toBe(true);
  });

  it("does not match another token", () => {
    for (const typed of ["7K3QX-M9T13", "7K3QX-M9T1", "7K3QX-M9T122", "", "REG-2026-000001", "7K3QX-M9T1Z"]) {
      expect(trackingTokenMatches(stored, typed), typed).toBe(false);
    }
  });

  it("never matches when nothing is stored", () => {
    expect(trackingTokenMatches(null, "7K3QX-M9T12")).toBe(false);
    expect(trackingTokenMatches(null, "")).toBe(false);
    expect(trackingTokenMatches("", "")).toBe(false);
  });

  it("matches a freshly drawn token and not its neighbour", () => {
    const token = newTrackingToken();
    expect(trackingTokenMatches(token, token.toLowerCase().replace("-", " "))).toBe(true);
    const other = `${token.slice(0, 10)}${token[10] === "Z" ? "Y" : "Z"}`;
    expect(trackingTokenMatches(token, other)).toBe(false);
  });
});

describe("formatDecreeNumber", () => {
  const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

  it("fills the seeded style of template", () => {
    expect(formatDecreeNumber("503/{seq}/SIPB/DPMPTSP/{romanMonth}/{year}", { seq: 7, month: 3, year: 2026 })).toBe(
      "503/0007/SIPB/DPMPTSP/III/2026",
    );
  });

  it("pads the sequence to four digits and lets it grow past them", () => {
    const fill = (seq: number) => formatDecreeNumber("{seq}", { seq, month: 1, year: 2026 });
    expect(fill(1)).toBe("0001");
    expect(fill(42)).toBe("0042");
    expect(fill(9999)).toBe("9999");
    expect(fill(12345)).toBe("12345");
  });

  it.each(ROMAN.map((roman, i) => [i + 1, roman] as const))("writes month %i as %s, or two digits with {month}", (month, roman) => {
    expect(formatDecreeNumber("{romanMonth}|{month}", { seq: 1, month, year: 2026 })).toBe(`${roman}|${String(month).padStart(2, "0")}`);
  });

  it("fills {year} and {code}, and leaves {code} empty when not given", () => {
    const template = "{code}/{seq}/{month}/{year}";
    expect(formatDecreeNumber(template, { seq: 12, month: 11, year: 2027, code: "503.2" })).toBe("503.2/0012/11/2027");
    expect(formatDecreeNumber(template, { seq: 12, month: 11, year: 2027 })).toBe("/0012/11/2027");
  });

  it("fills every occurrence of a placeholder", () => {
    expect(formatDecreeNumber("{seq}-{seq}/{year}/{year}", { seq: 5, month: 6, year: 2026 })).toBe("0005-0005/2026/2026");
  });

  it("leaves other text, including unknown placeholders, alone", () => {
    expect(formatDecreeNumber("SK {seq} {foo} tahun {year}", { seq: 3, month: 2, year: 2026 })).toBe("SK 0003 {foo} tahun 2026");
  });
});
