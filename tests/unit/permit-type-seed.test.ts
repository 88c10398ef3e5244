import { describe, expect, it } from "vitest";
import { ZPermitTypeDefinition, type PermitTypeDefinition } from "@/lib/catalogue/definition";
import { PERMIT_TYPES } from "@/prisma/seed/permit-types";

const SEEDED_AGENCIES = ["DINKES", "DISDIK", "DPUPR", "DLH", "KESBANGPOL"];
const PRACTICE_PERMITS = ["SIP-DOKTER", "SIP-DOKTER-GIGI", "SIP-BIDAN", "SIP-PERAWAT", "SIP-APOTEKER"];
const EDUCATION_PERMITS = ["IO-PAUD", "IO-SD", "IZIN-LKP"];
const PLACEHOLDERS = ["{seq}", "{romanMonth}", "{month}", "{year}", "{code}"];

function byCode(code: string): PermitTypeDefinition {
  const found = PERMIT_TYPES.find((p) => p.code === code);
  if (!found) throw new Error(`permit type ${code} is missing from the seed`);
  return found;
}

const requiredDocKeys = (p: PermitTypeDefinition) => p.documents.filter((d) => d.required).map((d) => d.key.toLowerCase());

describe("seed catalogue of permit types", () => {
  it("has at least 14 types with unique codes", () => {
    expect(PERMIT_TYPES.length).toBeGreaterThanOrEqual(14);
    const codes = PERMIT_TYPES.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(PERMIT_TYPES.map((p) => [p.code, p] as const))("%s parses with ZPermitTypeDefinition", (_code, p) => {
    const result = ZPermitTypeDefinition.safeParse(p);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(PERMIT_TYPES.map((p) => [p.code, p] as const))("%s has 3+ required documents, 3+ fields and a seeded agency", (_code, p) => {
    expect(requiredDocKeys(p).length).toBeGreaterThanOrEqual(3);
    expect(p.fields.length).toBeGreaterThanOrEqual(3);
    expect(SEEDED_AGENCIES).toContain(p.agencyCode);
  });

  it("uses only known placeholders in decree number templates, and no template twice", () => {
    for (const p of PERMIT_TYPES) {
      const used = p.decreeNumberTemplate.match(/\{[^}]*\}/g) ?? [];
      for (const placeholder of used) expect(PLACEHOLDERS, p.code).toContain(placeholder);
    }
    const templates = PERMIT_TYPES.map((p) => p.decreeNumberTemplate);
    expect(new Set(templates).size).toBe(templates.length);
  });

  it.each(PRACTICE_PERMITS)("practice permit %s is direct, 3 working days, DINKES, with STR and recommendation required", (code) => {
    const p = byCode(code);
    expect(p).toMatchObject({ workflow: "direct", slaDays: 3, agencyCode: "DINKES", category: "health", deemedApproval: true });
    const keys = requiredDocKeys(p);
    expect(keys.some((k) => k.includes("str"))).toBe(true);
    expect(keys.some((k) => k.includes("rekomendasi") || k.includes("recommendation"))).toBe(true);
    // The applicant's own data is prefilled from the account.
    const prefills = p.fields.flatMap((f) => ("prefill" in f && f.prefill ? [f.prefill] : []));
    expect(prefills).toEqual(expect.arrayContaining(["fullName", "nik", "email", "phone"]));
  });

  it.each(EDUCATION_PERMITS)("education permit %s is survey, DISDIK, 5 working days", (code) => {
    expect(byCode(code)).toMatchObject({ workflow: "survey", agencyCode: "DISDIK", slaDays: 5, category: "education" });
  });

  it.each(["IZIN-APOTEK", "IZIN-KLINIK-PRATAMA"])("health facility %s is survey with DINKES", (code) => {
    expect(byCode(code)).toMatchObject({ workflow: "survey", agencyCode: "DINKES", category: "health" });
  });

  it("never deems a surveyed permit approved", () => {
    for (const p of PERMIT_TYPES.filter((x) => x.workflow === "survey")) expect(p.deemedApproval, p.code).toBe(false);
  });

  it("accepts photos only as JPEG or PNG, within the size limit", () => {
    for (const p of PERMIT_TYPES) {
      const photo = p.documents.find((d) => d.key === "photo");
      if (photo) {
        expect(photo.accept, p.code).toEqual(["jpeg", "png"]);
        expect(photo.maxSizeMb, p.code).toBeLessThanOrEqual(2);
      }
    }
  });
});
