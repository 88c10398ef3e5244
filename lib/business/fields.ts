// The rules for what people type about a business: rupiah amounts, the tax number (NPWP), the KBLI
// code and the parameters a risk rule may bound. Messages are translation keys.
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { RULE_PARAMETERS } from "@/lib/risk/rules";

/** The largest amount accepted (Rp 9 quadrillion): beyond it integers lose precision. */
const MAX_RUPIAH = Number.MAX_SAFE_INTEGER;

/**
 * A whole number of rupiah as typed: "2500000", "2.500.000" or "Rp 2.500.000". A minus sign, letters,
 * decimals and amounts too large to hold are refused, never rounded or guessed.
 */
export function parseRupiah(input: string): { ok: true; value: number } | { ok: false; problem: string } {
  const compact = input.trim().replace(/^rp\.?\s*/i, "").replace(/[\s.]/g, "");
  if (compact === "") return { ok: false, problem: "validation.required" };
  if (/^-/.test(compact)) return { ok: false, problem: "validation.rupiah.negative" };
  if (!/^\d+$/.test(compact)) return { ok: false, problem: "validation.rupiah.format" };
  const value = Number(compact);
  if (!Number.isSafeInteger(value) || value > MAX_RUPIAH) return { ok: false, problem: "validation.rupiah.tooLarge" };
  return { ok: true, value };
}

export const ZRupiah = zText().transform((v, ctx) => {
  const parsed = parseRupiah(v);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.problem });
    return z.NEVER;
  }
  return parsed.value;
});

/** NPWP: 15 digits (the old format, often typed as 01.234.567.8-901.000) or 16 (the NIK-based one since 2024). */
export function normalizeNpwp(input: string): { ok: true; value: string } | { ok: false; problem: string } {
  const digits = input.replace(/[\s.\-]/g, "");
  if (!/^\d+$/.test(digits)) return { ok: false, problem: "validation.npwp.format" };
  if (digits.length !== 15 && digits.length !== 16) return { ok: false, problem: "validation.npwp.length" };
  return { ok: true, value: digits };
}

/** A non-negative measure (m², rooms, beds, tonnes) typed with a decimal comma or point; empty means not given. */
export const ZMeasure = zText()
  .trim()
  .transform((v, ctx) => {
    if (v === "") return undefined;
    const normalized = v.replace(/\s/g, "").replace(/\.(?=\d{3}(\D|$))/g, "").replace(",", ".");
    const value = Number(normalized);
    if (!/^\d+(\.\d+)?$/.test(normalized) || !Number.isFinite(value)) {
      ctx.addIssue({ code: "custom", message: "validation.number" });
      return z.NEVER;
    }
    if (value > 1e12) {
      ctx.addIssue({ code: "custom", message: "validation.max" });
      return z.NEVER;
    }
    return value;
  });

export const ZParameters = z.object(Object.fromEntries(RULE_PARAMETERS.map((p) => [p, ZMeasure.optional()])) as Record<(typeof RULE_PARAMETERS)[number], z.ZodOptional<typeof ZMeasure>>);
