// Codes of the permit types that carry risk-based business licensing. Files of these types are
// created by registering business activities, never started from the catalogue.
export const BUSINESS_PERMIT_CODES = {
  nib: "NIB",
  selfDeclared: "SS-MANDIRI",
  verified: "SS-VERIFIKASI",
  licence: "IZIN-USAHA",
} as const;

const CODES = new Set<string>(Object.values(BUSINESS_PERMIT_CODES));

export function isBusinessPermitCode(code: string) {
  return CODES.has(code);
}
