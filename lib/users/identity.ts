// Rules for the identity data people type: NIK, Indonesian phone numbers, passwords.
// Each returns a translation key describing the problem, or null when the value is acceptable.

/** Province codes (first two NIK digits) as issued by Dukcapil, including the 2022 Papua provinces. */
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75,
  76, 81, 82, 91, 92, 93, 94, 95, 96,
]);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Basic validity of a 16-digit NIK: province, regency and district codes present, a real birth date
 * in positions 7–12 (women add 40 to the day), and a serial number other than 0000.
 */
export function nikProblem(nik: string): string | null {
  if (!/^\d{16}$/.test(nik)) return "validation.nik.format";
  if (!PROVINCE_CODES.has(Number(nik.slice(0, 2)))) return "validation.nik.region";
  if (nik.slice(2, 4) === "00" || nik.slice(4, 6) === "00") return "validation.nik.region";
  let day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  if (day > 40) day -= 40;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return "validation.nik.birthDate";
  if (nik.slice(12) === "0000") return "validation.nik.serial";
  return null;
}

/** Normalises an Indonesian mobile number to +62 form, or returns null when it is not one. */
export function normalizePhone(input: string): string | null {
  const compact = input.replace(/[\s\-().]/g, "");
  const match = /^(?:\+62|62|0)(8\d{7,11})$/.exec(compact);
  return match ? `+62${match[1]}` : null;
}

export const PASSWORD_MIN_LENGTH = 10;

/** Minimum strength: 10 characters, letters and digits, not a run of one character, not the e-mail. */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "validation.password.short";
  if (password.length > 128) return "validation.password.long";
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) return "validation.password.mix";
  if (new Set(password.toLowerCase()).size < 5) return "validation.password.weak";
  const lower = password.toLowerCase();
  const emailUser = context.email?.split("@")[0]?.toLowerCase();
  if (emailUser && emailUser.length >= 4 && lower.includes(emailUser)) return "validation.password.personal";
  return null;
}
