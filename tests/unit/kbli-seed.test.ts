import { describe, expect, it } from "vitest";
import { classifyActivity, findRuleConflicts, specificity } from "@/lib/risk/classify";
import { BUSINESS_SCALES, ZKbliCode, ZRiskRule, type BusinessScale, type RiskRule } from "@/lib/risk/rules";
import { KBLI, RISK_RULES, UNRULED_KBLI } from "@/prisma/seed/kbli";

const codes = KBLI.map((k) => k.code);
const knownCodes = new Set(codes);
const ruledCodes = [...new Set(RISK_RULES.map((r) => r.kbli))];
const scalesOf = (r: RiskRule): readonly BusinessScale[] => r.scales ?? BUSINESS_SCALES;
const describeRule = (r: RiskRule) => JSON.stringify({ kbli: r.kbli, scales: r.scales, parameter: r.parameter, level: r.level });

/** Two rules could both be the most specific answer for one activity (independent of findRuleConflicts). */
function ambiguous(a: RiskRule, b: RiskRule): boolean {
  if (a.kbli !== b.kbli) return false;
  if (specificity(a) !== specificity(b)) return false;
  if (!scalesOf(a).some((s) => scalesOf(b).includes(s))) return false;
  const p = a.parameter;
  const q = b.parameter;
  if (!p || !q) return !p && !q;
  if (p.name !== q.name) return true; // an activity can report both parameters
  return (p.min ?? 0) < (q.max ?? Infinity) && (q.min ?? 0) < (p.max ?? Infinity);
}

describe("KBLI 2020 seed", () => {
  it("has at least 160 entries with unique five-digit codes", () => {
    expect(KBLI.length).toBeGreaterThanOrEqual(160);
    expect(codes.filter((c) => !ZKbliCode.safeParse(c).success)).toEqual([]);
    expect(codes.filter((c) => !/^\d{5}$/.test(c))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("gives every entry a section letter and both titles", () => {
    const bad = KBLI.filter((k) => !/^[A-U]$/.test(k.section) || !k.titleId.trim() || !k.titleEn.trim() || k.titleId.length > 500 || k.titleEn.length > 500);
    expect(bad).toEqual([]);
  });

  it.each(["A", "C", "G", "I", "J", "P", "Q", "S"])("uses section %s at least three times", (section) => {
    expect(KBLI.filter((k) => k.section === section).length).toBeGreaterThanOrEqual(3);
  });

  it("keeps KBLI divisions in their sections (A 01-03, C 10-33, G 45-47, I 55-56, J 58-63, P 85, Q 86-88, S 94-96)", () => {
    const ranges: Record<string, [number, number]> = { A: [1, 3], C: [10, 33], E: [36, 39], F: [41, 43], G: [45, 47], H: [49, 53], I: [55, 56], J: [58, 63], L: [68, 68], M: [69, 75], N: [77, 82], P: [85, 85], Q: [86, 88], R: [90, 93], S: [94, 96] };
    const misplaced = KBLI.filter((k) => {
      const range = ranges[k.section];
      const division = Number(k.code.slice(0, 2));
      return !range || division < range[0] || division > range[1];
    });
    expect(misplaced).toEqual([]);
  });

  it("includes the activities a city office sees most", () => {
    for (const code of ["47111", "47112", "47721", "47911", "56101", "56303", "55110", "55130", "62019", "63122", "96200", "96111", "10710", "10391", "10392", "14111", "31001", "18111", "85493", "86105", "86903", "95120", "45407"]) {
      expect(knownCodes.has(code), code).toBe(true);
    }
    expect(KBLI.find((k) => k.code === "10391")?.titleId).toBe("Industri Tempe Kedelai");
    expect(KBLI.find((k) => k.code === "10392")?.titleId).toBe("Industri Tahu Kedelai");
  });
});

describe("risk rule seed", () => {
  it("parses every rule with ZRiskRule, unchanged", () => {
    const failures = RISK_RULES.flatMap((r) => {
      const parsed = ZRiskRule.safeParse(r);
      if (!parsed.success) return [{ rule: describeRule(r), issues: parsed.error.issues.map((i) => i.message) }];
      return JSON.stringify(parsed.data) === JSON.stringify(r) ? [] : [{ rule: describeRule(r), issues: ["changed by parsing"] }];
    });
    expect(failures).toEqual([]);
  });

  it("names a legal basis and only seeded KBLI codes, with no duplicate rows", () => {
    expect(RISK_RULES.filter((r) => !knownCodes.has(r.kbli)).map(describeRule)).toEqual([]);
    expect(RISK_RULES.filter((r) => !r.legalBasis.includes("PP No. 5 Tahun 2021")).map(describeRule)).toEqual([]);
    const keys = RISK_RULES.map((r) => JSON.stringify(r));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("leaves exactly the three UNRULED_KBLI codes without a rule", () => {
    expect(UNRULED_KBLI).toHaveLength(3);
    expect(new Set(UNRULED_KBLI).size).toBe(3);
    for (const code of UNRULED_KBLI) expect(knownCodes.has(code), code).toBe(true);
    const withoutRule = codes.filter((c) => !ruledCodes.includes(c));
    expect(withoutRule.sort()).toEqual([...UNRULED_KBLI].sort());
  });

  it("sends the unruled codes to manual review at every scale", () => {
    for (const kbli of UNRULED_KBLI) {
      for (const scale of BUSINESS_SCALES) {
        expect(classifyActivity({ kbli, scale }, RISK_RULES)).toEqual({ outcome: "manual_review", reason: "no_rule", candidates: [] });
      }
    }
  });

  it("has, for every ruled code and scale, a rule without a parameter bound (an answer when the parameter is unknown)", () => {
    const gaps: string[] = [];
    for (const kbli of ruledCodes) {
      for (const scale of BUSINESS_SCALES) {
        const fallback = RISK_RULES.some((r) => r.kbli === kbli && !r.parameter && scalesOf(r).includes(scale));
        if (!fallback) gaps.push(`${kbli}/${scale}`);
      }
    }
    expect(gaps).toEqual([]);
  });

  it("has no two rules that could both be the most specific match", () => {
    const pairs: string[] = [];
    RISK_RULES.forEach((a, i) => {
      RISK_RULES.slice(i + 1).forEach((b) => {
        if (ambiguous(a, b)) pairs.push(`${describeRule(a)} ~ ${describeRule(b)}`);
      });
    });
    expect(pairs).toEqual([]);
    // The import path refuses the same overlaps; the seed must pass it too.
    expect(findRuleConflicts(RISK_RULES)).toEqual([]);
  });

  it("classifies every ruled code at every scale without a parameter, and at every parameter bound", () => {
    const problems: string[] = [];
    for (const kbli of ruledCodes) {
      for (const scale of BUSINESS_SCALES) {
        const result = classifyActivity({ kbli, scale }, RISK_RULES);
        if (result.outcome !== "classified") problems.push(`${kbli}/${scale}: ${result.reason}`);
      }
    }
    for (const r of RISK_RULES.filter((x) => x.parameter)) {
      const p = r.parameter!;
      const values = [p.min ?? 0, p.max !== undefined ? p.max - 1 : (p.min ?? 0) + 1_000_000];
      for (const value of values) {
        for (const scale of scalesOf(r)) {
          const result = classifyActivity({ kbli: r.kbli, scale, parameters: { [p.name]: value } }, RISK_RULES);
          if (result.outcome !== "classified") problems.push(`${r.kbli}/${scale}/${p.name}=${value}: ${result.reason}`);
          else if (result.rule !== r) problems.push(`${r.kbli}/${scale}/${p.name}=${value}: another rule won`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("gives the expected picture for typical activities", () => {
    const level = (kbli: string, scale: BusinessScale, parameters?: Record<string, number>) => {
      const result = classifyActivity({ kbli, scale, parameters }, RISK_RULES);
      return result.outcome === "classified" ? result.level : result.reason;
    };
    // Micro and small trade and services are low or medium-low.
    expect(level("47112", "MIKRO")).toBe("RENDAH");
    expect(level("62019", "MIKRO")).toBe("RENDAH");
    expect(level("96200", "KECIL")).toBe("RENDAH");
    expect(level("56101", "MIKRO")).toBe("RENDAH");
    // Food manufacturing: small self-declared, larger verified.
    expect(level("10710", "MIKRO")).toBe("MENENGAH_RENDAH");
    expect(level("10391", "BESAR")).toBe("MENENGAH_TINGGI");
    // Minimarket, supermarket, hypermarket by floor area (max exclusive).
    expect(level("47111", "KECIL", { buildingAreaM2: 399 })).toBe("MENENGAH_RENDAH");
    expect(level("47111", "KECIL", { buildingAreaM2: 400 })).toBe("MENENGAH_TINGGI");
    expect(level("47111", "BESAR", { buildingAreaM2: 6_000 })).toBe("TINGGI");
    // Hotels by rooms, clinics by beds, plantations by land area.
    expect(level("55110", "MENENGAH", { capacity: 40 })).toBe("MENENGAH_TINGGI");
    expect(level("55110", "MENENGAH", { capacity: 100 })).toBe("TINGGI");
    expect(level("86105", "KECIL")).toBe("MENENGAH_TINGGI");
    expect(level("86105", "KECIL", { capacity: 10 })).toBe("TINGGI");
    expect(level("01262", "MIKRO", { landAreaM2: 100_000 })).toBe("MENENGAH_RENDAH");
    expect(level("01262", "MIKRO", { landAreaM2: 250_000 })).toBe("TINGGI");
    // Pharmacies and hazardous manufacturing.
    expect(level("47721", "MIKRO")).toBe("MENENGAH_TINGGI");
    expect(level("20292", "KECIL")).toBe("TINGGI");
    expect(level("21012", "MENENGAH")).toBe("TINGGI");
  });

  it("asks for a building approval and a location check wherever the risk is high", () => {
    const highWithoutLocation = RISK_RULES.filter((r) => r.level === "TINGGI" && !(r.requirements ?? []).includes("KKPR")).map(describeRule);
    expect(highWithoutLocation).toEqual([]);
    for (const kbli of ["55110", "68111", "52101", "86103"]) {
      expect(RISK_RULES.filter((r) => r.kbli === kbli).every((r) => r.requirements?.includes("PBG")), kbli).toBe(true);
    }
  });
});
