import { describe, expect, it } from "vitest";
import { normalizeNpwp, parseRupiah, ZMeasure } from "@/lib/business/fields";
import { formatNib } from "@/lib/business/nib";
import { activityStanding } from "@/lib/business/get-business";
import { agencyForSection, commitmentDueDay } from "@/lib/business/route-activity";
import { isValidNib } from "@/lib/risk/classify";
import { ZSaveBusinessSchema } from "@/lib/business/save-business";

describe("rupiah amounts", () => {
  it("accepts digits with thousand dots and an Rp prefix", () => {
    expect(parseRupiah("2500000")).toEqual({ ok: true, value: 2_500_000 });
    expect(parseRupiah("Rp 2.500.000")).toEqual({ ok: true, value: 2_500_000 });
    expect(parseRupiah("rp. 10.000.000.001")).toEqual({ ok: true, value: 10_000_000_001 });
    expect(parseRupiah("0")).toEqual({ ok: true, value: 0 });
  });
  it("refuses negative, non-numeric, decimal, empty and oversized amounts with a reason", () => {
    expect(parseRupiah("-5000")).toEqual({ ok: false, problem: "validation.rupiah.negative" });
    expect(parseRupiah("lima juta")).toEqual({ ok: false, problem: "validation.rupiah.format" });
    expect(parseRupiah("2500,50")).toEqual({ ok: false, problem: "validation.rupiah.format" });
    expect(parseRupiah("1e9")).toEqual({ ok: false, problem: "validation.rupiah.format" });
    expect(parseRupiah("  ")).toEqual({ ok: false, problem: "validation.required" });
    expect(parseRupiah("99999999999999999999")).toEqual({ ok: false, problem: "validation.rupiah.tooLarge" });
  });
});

describe("NPWP", () => {
  it("takes 15 digits (old format, with dots and dash) or 16 (NIK-based)", () => {
    expect(normalizeNpwp("01.234.567.8-901.000")).toEqual({ ok: true, value: "012345678901000" });
    expect(normalizeNpwp("3273015501900001")).toEqual({ ok: true, value: "3273015501900001" });
  });
  it("refuses other lengths and letters", () => {
    expect(normalizeNpwp("12345678901234")).toEqual({ ok: false, problem: "validation.npwp.length" });
    expect(normalizeNpwp("12345678901234567")).toEqual({ ok: false, problem: "validation.npwp.length" });
    expect(normalizeNpwp("01.234.567.8-901.00A")).toEqual({ ok: false, problem: "validation.npwp.format" });
  });
});

describe("measures", () => {
  it("reads decimal commas and thousand dots, and leaves an empty value out", () => {
    expect(ZMeasure.parse("1.200")).toBe(1200);
    expect(ZMeasure.parse("2,5")).toBe(2.5);
    expect(ZMeasure.parse("250000")).toBe(250000);
    expect(ZMeasure.parse("")).toBeUndefined();
    expect(ZMeasure.safeParse("-4").success).toBe(false);
    expect(ZMeasure.safeParse("sepuluh").success).toBe(false);
  });
});

describe("business profile", () => {
  const base = { name: "Usaha Uji", address: "Jl. Cempaka No. 5, Kota Contoh", phone: "081234567890", email: "uji@contoh.id", paidUpCapital: "100", totalInvestment: "100" };
  it("requires a NIK for a person and a deed and NPWP for a legal entity", () => {
    const person = ZSaveBusinessSchema.safeParse({ ...base, form: "PERORANGAN" });
    expect(person.error!.issues.map((i) => i.path[0])).toEqual(["nik"]);
    const company = ZSaveBusinessSchema.safeParse({ ...base, form: "PT" });
    expect(company.error!.issues.map((i) => i.path[0]).sort()).toEqual(["deedDate", "deedNumber", "npwp"]);
  });
  it("refuses a total investment below the capital", () => {
    const result = ZSaveBusinessSchema.safeParse({ ...base, form: "PERORANGAN", nik: "3273015501900001", totalInvestment: "50" });
    expect(result.error!.issues[0]).toMatchObject({ path: ["totalInvestment"], message: "validation.business.investmentBelowCapital" });
  });
});

describe("NIB numbers", () => {
  it("are 13 digits in the 91 series with a valid check digit", () => {
    for (const seq of [1, 2, 25, 999, 123_456_789, 9_999_999_999]) {
      const nib = formatNib(seq);
      expect(nib).toMatch(/^91\d{11}$/);
      expect(isValidNib(nib)).toBe(true);
    }
    expect(new Set(Array.from({ length: 1000 }, (_, i) => formatNib(i + 1))).size).toBe(1000);
  });
  it("refuse sequences outside the series", () => {
    expect(() => formatNib(0)).toThrow(RangeError);
    expect(() => formatNib(10_000_000_000)).toThrow(RangeError);
    expect(() => formatNib(1.5)).toThrow(RangeError);
  });
});

describe("routing", () => {
  it("finds the agency whose sectors include the KBLI section, or none", () => {
    const agencies = [
      { id: "dinkes", kbliSections: ["Q"] },
      { id: "disperindag", kbliSections: ["C", "G"] },
    ];
    expect(agencyForSection(agencies, "G")).toBe("disperindag");
    expect(agencyForSection(agencies, "Q")).toBe("dinkes");
    expect(agencyForSection(agencies, "S")).toBeNull();
  });
  it("gives commitments 90 days from the day of registration", () => {
    expect(commitmentDueDay("2026-11-23").toISOString().slice(0, 10)).toBe("2027-02-21");
    expect(commitmentDueDay("2028-01-01").toISOString().slice(0, 10)).toBe("2028-03-31");
  });
});

describe("where an activity stands", () => {
  const at = (status: string, riskLevel: string | null, app?: string) => activityStanding({ status, riskLevel, application: app ? { status: app } : null });
  it("follows the activity, then its file", () => {
    expect(at("DRAFT", null)).toBe("draft");
    expect(at("MANUAL_REVIEW", "TINGGI")).toBe("manual_review");
    expect(at("AWAITING_DECLARATION", "MENENGAH_RENDAH")).toBe("awaiting_declaration");
    expect(at("ACTIVE", "RENDAH")).toBe("licensed_by_nib");
    expect(at("ACTIVE", "MENENGAH_RENDAH", "ISSUED")).toBe("certified");
    expect(at("IN_PROCESS", "MENENGAH_TINGGI", "TECHNICAL_REVIEW")).toBe("pending_verification");
    expect(at("IN_PROCESS", "MENENGAH_TINGGI", "ISSUED")).toBe("verified");
    expect(at("IN_PROCESS", "TINGGI", "SUBMITTED")).toBe("pending_licence");
    expect(at("IN_PROCESS", "TINGGI", "ISSUED")).toBe("licensed");
    expect(at("IN_PROCESS", "TINGGI", "REJECTED")).toBe("rejected");
    expect(at("IN_PROCESS", "TINGGI", "REVOKED")).toBe("revoked");
  });
});
