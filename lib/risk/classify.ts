// Classification of a business activity by risk (DESIGN.md section 4): the business scale from paid-up
// capital, the most specific rule of the table for the activity, and what the business receives.
// Pure: the rule table is passed in. An activity no rule covers is never guessed.
import type { BasicRequirement, BusinessScale, RiskLevel, RiskRule, RuleParameter } from "@/lib/risk/rules";

const BILLION = 1_000_000_000;

/**
 * Scale by paid-up capital excluding land and buildings: micro up to Rp1 billion, small over 1 up to
 * 5 billion, medium over 5 up to 10 billion, large over 10 billion (boundaries inclusive as stated).
 */
export function scaleFromCapital(capitalRupiah: number): BusinessScale {
  if (!Number.isSafeInteger(capitalRupiah) || capitalRupiah < 0) throw new RangeError("capital must be a whole, non-negative number of rupiah");
  if (capitalRupiah <= 1 * BILLION) return "MIKRO";
  if (capitalRupiah <= 5 * BILLION) return "KECIL";
  if (capitalRupiah <= 10 * BILLION) return "MENENGAH";
  return "BESAR";
}

export type Deliverable = "NIB" | "SERTIFIKAT_STANDAR_SELF_DECLARED" | "SERTIFIKAT_STANDAR_VERIFIED" | "IZIN";

/** What a business receives at each risk level. */
export function deliverablesFor(level: RiskLevel): Deliverable[] {
  switch (level) {
    case "RENDAH":
      return ["NIB"];
    case "MENENGAH_RENDAH":
      return ["NIB", "SERTIFIKAT_STANDAR_SELF_DECLARED"];
    case "MENENGAH_TINGGI":
      return ["NIB", "SERTIFIKAT_STANDAR_VERIFIED"];
    case "TINGGI":
      return ["NIB", "IZIN"];
  }
}

export interface ActivityInput {
  kbli: string;
  scale: BusinessScale;
  parameters?: Partial<Record<RuleParameter, number>>;
}

export type Classification =
  | { outcome: "classified"; level: RiskLevel; rule: RiskRule; requirements: BasicRequirement[]; deliverables: Deliverable[] }
  | { outcome: "manual_review"; reason: "no_rule" | "ambiguous_rules"; candidates: RiskRule[] };

/** A rule bounding a parameter is more specific than one naming scales, which beats one naming neither. */
export function specificity(rule: RiskRule) {
  return (rule.parameter ? 2 : 0) + (rule.scales ? 1 : 0);
}

function applies(rule: RiskRule, input: ActivityInput) {
  if (rule.kbli !== input.kbli) return false;
  if (rule.scales && !rule.scales.includes(input.scale)) return false;
  if (rule.parameter) {
    const value = input.parameters?.[rule.parameter.name];
    if (value === undefined) return false;
    if (rule.parameter.min !== undefined && value < rule.parameter.min) return false;
    if (rule.parameter.max !== undefined && value >= rule.parameter.max) return false;
  }
  return true;
}

export function classifyActivity(input: ActivityInput, rules: readonly RiskRule[]): Classification {
  const candidates = rules.filter((r) => applies(r, input));
  if (candidates.length === 0) return { outcome: "manual_review", reason: "no_rule", candidates: [] };
  const top = Math.max(...candidates.map(specificity));
  const best = candidates.filter((r) => specificity(r) === top);
  if (best.length > 1) return { outcome: "manual_review", reason: "ambiguous_rules", candidates: best };
  const rule = best[0]!;
  return { outcome: "classified", level: rule.level, rule, requirements: rule.requirements ?? [], deliverables: deliverablesFor(rule.level) };
}

function intervalsOverlap(a: RiskRule["parameter"], b: RiskRule["parameter"]) {
  if (!a || !b) return !a && !b;
  if (a.name !== b.name) return true; // different parameters can both hold for one activity
  const aMin = a.min ?? 0;
  const bMin = b.min ?? 0;
  const aMax = a.max ?? Infinity;
  const bMax = b.max ?? Infinity;
  return aMin < bMax && bMin < aMax;
}

/**
 * Pairs of rules that could both be the most specific answer for some activity: the same KBLI,
 * overlapping scales, the same specificity and overlapping parameter bounds. An import with any
 * of these is refused: the admin must say which rule holds.
 */
export function findRuleConflicts(rules: readonly RiskRule[]): [number, number][] {
  const conflicts: [number, number][] = [];
  const byCode = new Map<string, number[]>();
  rules.forEach((r, i) => byCode.set(r.kbli, [...(byCode.get(r.kbli) ?? []), i]));
  for (const indexes of byCode.values()) {
    for (let x = 0; x < indexes.length; x++) {
      for (let y = x + 1; y < indexes.length; y++) {
        const a = rules[indexes[x]!]!;
        const b = rules[indexes[y]!]!;
        if (specificity(a) !== specificity(b)) continue;
        const scalesOverlap = !a.scales || !b.scales || a.scales.some((s) => b.scales!.includes(s));
        if (scalesOverlap && intervalsOverlap(a.parameter, b.parameter)) conflicts.push([indexes[x]!, indexes[y]!]);
      }
    }
  }
  return conflicts;
}

/** The check digit of a NIB (Luhn, over its first 12 digits). */
export function nibCheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new RangeError("a NIB body is 12 digits");
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    let d = Number(first12[11 - i]);
    // Counting from the right, every digit in an even position from the check digit is doubled.
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidNib(nib: string): boolean {
  return /^\d{13}$/.test(nib) && nibCheckDigit(nib.slice(0, 12)) === Number(nib[12]);
}
