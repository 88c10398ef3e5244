// Risk-based licensing (OSS RBA, PP 5/2021) as data: the risk levels, business scales and the rule
// table that maps a KBLI activity, its scale and optional parameter bounds to a risk level.
import { z } from "zod";
import { zText } from "@/lib/validation/text";

export const RISK_LEVELS = ["RENDAH", "MENENGAH_RENDAH", "MENENGAH_TINGGI", "TINGGI"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const BUSINESS_SCALES = ["MIKRO", "KECIL", "MENENGAH", "BESAR"] as const;
export type BusinessScale = (typeof BUSINESS_SCALES)[number];

/** Basic requirements a rule may name; they become commitments with due dates. */
export const BASIC_REQUIREMENTS = ["KKPR", "PERSETUJUAN_LINGKUNGAN", "PBG"] as const;
export type BasicRequirement = (typeof BASIC_REQUIREMENTS)[number];

/** Parameters a rule may bound (e.g. land area in m², capacity in rooms, beds or tonnes per year). */
export const RULE_PARAMETERS = ["landAreaM2", "buildingAreaM2", "capacity"] as const;
export type RuleParameter = (typeof RULE_PARAMETERS)[number];

export const ZKbliCode = zText().regex(/^\d{5}$/, "validation.kbli.format");

export const ZRiskRule = z
  .object({
    kbli: ZKbliCode,
    /** The scales the rule applies to; omitted = every scale. */
    scales: z.array(z.enum(BUSINESS_SCALES)).min(1).optional(),
    /** An optional bound on one parameter: min inclusive, max exclusive. */
    parameter: z
      .object({ name: z.enum(RULE_PARAMETERS), min: z.number().min(0).optional(), max: z.number().positive().optional() })
      .refine((p) => p.min !== undefined || p.max !== undefined, "validation.risk.boundMissing")
      .refine((p) => p.min === undefined || p.max === undefined || p.min < p.max, "validation.risk.boundOrder")
      .optional(),
    level: z.enum(RISK_LEVELS),
    requirements: z.array(z.enum(BASIC_REQUIREMENTS)).optional(),
    /** The regulation the rule comes from, e.g. "Lampiran I PP No. 5 Tahun 2021". */
    legalBasis: zText().min(1).max(300),
  })
  .strict();
export type RiskRule = z.infer<typeof ZRiskRule>;

export interface KbliEntry {
  code: string;
  titleId: string;
  titleEn: string;
  /** KBLI 2020 section letter (A agriculture, C manufacturing, G trade, I accommodation and food, J information, P education, Q health, S services ...). */
  section: string;
}
