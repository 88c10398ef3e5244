import { describe, expect, it } from "vitest";
import { classifyActivity, deliverablesFor, findRuleConflicts, isValidNib, nibCheckDigit, scaleFromCapital } from "@/lib/risk/classify";
import { ZRiskRule, type RiskRule } from "@/lib/risk/rules";

const B = 1_000_000_000;
const rule = (r: Partial<RiskRule> & Pick<RiskRule, "kbli" | "level">): RiskRule => ZRiskRule.parse({ legalBasis: "Lampiran I PP No. 5 Tahun 2021", ...r });

describe("scaleFromCapital", () => {
  it.each([
    [0, "MIKRO"],
    [1 * B, "MIKRO"],
    [1 * B + 1, "KECIL"],
    [5 * B, "KECIL"],
    [5 * B + 1, "MENENGAH"],
    [10 * B, "MENENGAH"],
    [10 * B + 1, "BESAR"],
    [250 * B, "BESAR"],
  ] as const)("Rp%d is %s", (capital, scale) => {
    expect(scaleFromCapital(capital)).toBe(scale);
  });
  it("refuses negative and fractional capital", () => {
    expect(() => scaleFromCapital(-1)).toThrow(RangeError);
    expect(() => scaleFromCapital(1.5)).toThrow(RangeError);
    expect(() => scaleFromCapital(Number.NaN)).toThrow(RangeError);
  });
});

describe("classifyActivity", () => {
  const rules = [
    rule({ kbli: "47111", level: "RENDAH" }),
    rule({ kbli: "47111", scales: ["MENENGAH", "BESAR"], level: "MENENGAH_RENDAH" }),
    rule({ kbli: "55110", level: "MENENGAH_TINGGI", requirements: ["KKPR", "PBG"] }),
    rule({ kbli: "55110", parameter: { name: "capacity", min: 100 }, level: "TINGGI", requirements: ["KKPR", "PERSETUJUAN_LINGKUNGAN", "PBG"] }),
    rule({ kbli: "01131", parameter: { name: "landAreaM2", max: 250_000 }, level: "RENDAH" }),
    rule({ kbli: "01131", parameter: { name: "landAreaM2", min: 250_000 }, level: "MENENGAH_TINGGI" }),
    rule({ kbli: "01131", level: "MENENGAH_RENDAH" }),
  ];

  it("gives each risk level with what the business receives", () => {
    expect(classifyActivity({ kbli: "47111", scale: "MIKRO" }, rules)).toMatchObject({ outcome: "classified", level: "RENDAH", deliverables: ["NIB"] });
    expect(classifyActivity({ kbli: "47111", scale: "BESAR" }, rules)).toMatchObject({ level: "MENENGAH_RENDAH", deliverables: ["NIB", "SERTIFIKAT_STANDAR_SELF_DECLARED"] });
    expect(classifyActivity({ kbli: "55110", scale: "KECIL", parameters: { capacity: 40 } }, rules)).toMatchObject({
      level: "MENENGAH_TINGGI",
      deliverables: ["NIB", "SERTIFIKAT_STANDAR_VERIFIED"],
      requirements: ["KKPR", "PBG"],
    });
    expect(classifyActivity({ kbli: "55110", scale: "BESAR", parameters: { capacity: 120 } }, rules)).toMatchObject({ level: "TINGGI", deliverables: ["NIB", "IZIN"] });
    expect(deliverablesFor("TINGGI")).toEqual(["NIB", "IZIN"]);
  });

  it("lets the most specific rule win: scales over none, a parameter bound over scales", () => {
    expect(classifyActivity({ kbli: "47111", scale: "MENENGAH" }, rules).outcome === "classified" && classifyActivity({ kbli: "47111", scale: "MENENGAH" }, rules)).toMatchObject({ level: "MENENGAH_RENDAH" });
    expect(classifyActivity({ kbli: "55110", scale: "MIKRO", parameters: { capacity: 100 } }, rules)).toMatchObject({ level: "TINGGI" });
  });

  it("treats a parameter's minimum as inclusive and its maximum as exclusive", () => {
    expect(classifyActivity({ kbli: "01131", scale: "KECIL", parameters: { landAreaM2: 249_999 } }, rules)).toMatchObject({ level: "RENDAH" });
    expect(classifyActivity({ kbli: "01131", scale: "KECIL", parameters: { landAreaM2: 250_000 } }, rules)).toMatchObject({ level: "MENENGAH_TINGGI" });
    expect(classifyActivity({ kbli: "55110", scale: "KECIL", parameters: { capacity: 99 } }, rules)).toMatchObject({ level: "MENENGAH_TINGGI" });
  });

  it("falls back to the rule without a bound when the parameter is not given", () => {
    expect(classifyActivity({ kbli: "01131", scale: "KECIL" }, rules)).toMatchObject({ level: "MENENGAH_RENDAH" });
  });

  it("sends an activity no rule covers to manual review instead of guessing", () => {
    expect(classifyActivity({ kbli: "62019", scale: "MIKRO" }, rules)).toEqual({ outcome: "manual_review", reason: "no_rule", candidates: [] });
    const scaleOnly = [rule({ kbli: "62019", scales: ["BESAR"], level: "RENDAH" })];
    expect(classifyActivity({ kbli: "62019", scale: "MIKRO" }, scaleOnly)).toMatchObject({ outcome: "manual_review", reason: "no_rule" });
  });

  it("never picks between two equally specific rules", () => {
    const tied = [rule({ kbli: "10710", scales: ["KECIL"], level: "RENDAH" }), rule({ kbli: "10710", scales: ["KECIL", "MENENGAH"], level: "MENENGAH_RENDAH" })];
    const result = classifyActivity({ kbli: "10710", scale: "KECIL" }, tied);
    expect(result).toMatchObject({ outcome: "manual_review", reason: "ambiguous_rules" });
    expect(findRuleConflicts(tied)).toEqual([[0, 1]]);
  });
});

describe("findRuleConflicts", () => {
  it("accepts rules that differ in specificity, scales or non-overlapping bounds", () => {
    expect(
      findRuleConflicts([
        rule({ kbli: "01131", parameter: { name: "landAreaM2", max: 250_000 }, level: "RENDAH" }),
        rule({ kbli: "01131", parameter: { name: "landAreaM2", min: 250_000 }, level: "MENENGAH_TINGGI" }),
        rule({ kbli: "01131", level: "MENENGAH_RENDAH" }),
        rule({ kbli: "01131", scales: ["MIKRO"], level: "RENDAH" }),
        rule({ kbli: "01131", scales: ["BESAR"], level: "TINGGI" }),
      ]),
    ).toEqual([]);
  });
  it("reports overlapping bounds and duplicate fallbacks", () => {
    expect(
      findRuleConflicts([
        rule({ kbli: "01131", parameter: { name: "landAreaM2", max: 300_000 }, level: "RENDAH" }),
        rule({ kbli: "01131", parameter: { name: "landAreaM2", min: 250_000 }, level: "MENENGAH_TINGGI" }),
        rule({ kbli: "47111", level: "RENDAH" }),
        rule({ kbli: "47111", level: "MENENGAH_RENDAH" }),
      ]),
    ).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });
});

describe("rule table schema", () => {
  it("refuses malformed rules", () => {
    expect(ZRiskRule.safeParse({ kbli: "4711", level: "RENDAH", legalBasis: "x" }).success).toBe(false);
    expect(ZRiskRule.safeParse({ kbli: "47111", level: "SEDANG", legalBasis: "x" }).success).toBe(false);
    expect(ZRiskRule.safeParse({ kbli: "47111", level: "RENDAH", legalBasis: "x", parameter: { name: "capacity" } }).success).toBe(false);
    expect(ZRiskRule.safeParse({ kbli: "47111", level: "RENDAH", legalBasis: "x", parameter: { name: "capacity", min: 10, max: 5 } }).success).toBe(false);
    expect(ZRiskRule.safeParse({ kbli: "47111", level: "RENDAH", legalBasis: "" }).success).toBe(false);
  });
});

describe("NIB check digit", () => {
  it("validates 13 digits with a Luhn check digit", () => {
    const body = "912020123456";
    const nib = body + nibCheckDigit(body);
    expect(isValidNib(nib)).toBe(true);
    for (let i = 0; i < 13; i++) {
      const changed = nib.slice(0, i) + ((Number(nib[i]) + 1) % 10) + nib.slice(i + 1);
      expect(isValidNib(changed), `digit ${i} changed`).toBe(false);
    }
    expect(isValidNib("123")).toBe(false);
    expect(isValidNib(`${nib}0`)).toBe(false);
    expect(nibCheckDigit("000000000000")).toBe(0);
    expect(() => nibCheckDigit("12")).toThrow(RangeError);
  });
});
