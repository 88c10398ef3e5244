// Registration numbers, tracking tokens and permit decree numbers. Formatting is pure; the sequence
// itself is allocated in the database (allocate-registration-number.ts) so that it is gap-free.
import crypto from "node:crypto";

/** e.g. REG-2026-000123: the office's sequence for the year, six digits (more when it runs over). */
export function formatRegistrationNumber(year: number, seq: number) {
  return `REG-${year}-${String(seq).padStart(6, "0")}`;
}

export function parseRegistrationNumber(value: string): { year: number; seq: number } | null {
  const match = /^REG-(\d{4})-(\d{6,})$/.exec(value.trim().toUpperCase());
  return match ? { year: Number(match[1]), seq: Number(match[2]) } : null;
}

// Crockford's base32 without I, L, O, U: easy to read from a receipt and to type on a phone.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A tracking token of 10 characters (50 bits), shown as XXXXX-XXXXX. */
export function newTrackingToken() {
  const bytes = crypto.randomBytes(10);
  const chars = [...bytes].map((b) => ALPHABET[b % 32]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** Normalises what a person typed (lower case, spaces, O for 0...) before comparing. */
export function normalizeTrackingToken(input: string) {
  const compact = input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  return compact.length === 10 ? `${compact.slice(0, 5)}-${compact.slice(5)}` : compact;
}

/** Compares a typed token with the stored one in constant time. */
export function trackingTokenMatches(stored: string | null, typed: string) {
  if (!stored) return false;
  const a = Buffer.from(stored);
  const b = Buffer.from(normalizeTrackingToken(typed));
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** Fills a decree numbering template such as `503/{seq}/SIPB/DPMPTSP/{romanMonth}/{year}`. */
export function formatDecreeNumber(template: string, values: { seq: number; month: number; year: number; code?: string }) {
  return template
    .replaceAll("{seq}", String(values.seq).padStart(4, "0"))
    .replaceAll("{romanMonth}", ROMAN[values.month - 1] ?? "")
    .replaceAll("{month}", String(values.month).padStart(2, "0"))
    .replaceAll("{year}", String(values.year))
    .replaceAll("{code}", values.code ?? "");
}
