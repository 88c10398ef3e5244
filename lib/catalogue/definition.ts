// The definition of a permit type as data: its service standard, its form fields and its required
// documents. One definition is one version; applications keep the version they were started with.
import { z } from "zod";
import { zText } from "@/lib/validation/text";

export const WORKFLOWS = ["instant", "direct", "survey", "verification"] as const;
export type Workflow = (typeof WORKFLOWS)[number];

export const CATEGORIES = ["health", "education", "work", "research", "advertising", "business", "other"] as const;
export type Category = (typeof CATEGORIES)[number];

export const FILE_KINDS = ["pdf", "jpeg", "png"] as const;

/** Text in both languages: Indonesian first, English second. */
export const ZText = z.object({
  id: zText().trim().min(1, "validation.required").max(2000, "validation.invalid"),
  en: zText().trim().min(1, "validation.required").max(2000, "validation.invalid"),
});
export type Text = z.infer<typeof ZText>;

const ZKey = zText()
  .regex(/^[a-z][a-zA-Z0-9]{0,39}$/, "admin.catalogue.keyFormat");

/** Data of the applicant's own account that a field may be filled from. */
export const PREFILL_SOURCES = ["fullName", "nik", "email", "phone"] as const;

const fieldBase = {
  key: ZKey,
  label: ZText,
  hint: ZText.optional(),
  required: z.boolean(),
};

export const ZFieldDefinition = z.discriminatedUnion("type", [
  z.object({
    ...fieldBase,
    type: z.literal("text"),
    multiline: z.boolean().optional(),
    maxLength: z.number().int().min(1).max(5000).optional(),
    prefill: z.enum(PREFILL_SOURCES).optional(),
  }),
  z.object({
    ...fieldBase,
    type: z.literal("number"),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
    unit: ZText.optional(),
  }),
  z.object({
    ...fieldBase,
    type: z.literal("date"),
    /** "past": not after today (e.g. a birth date); "future": not before today (e.g. a planned start). */
    range: z.enum(["any", "past", "future"]).optional(),
  }),
  z.object({
    ...fieldBase,
    type: z.literal("choice"),
    options: z
      .array(z.object({ value: ZKey, label: ZText }))
      .min(2, "admin.catalogue.optionsMin")
      .max(50),
  }),
  z.object({ ...fieldBase, type: z.literal("nik"), prefill: z.literal("nik").optional() }),
  z.object({ ...fieldBase, type: z.literal("phone"), prefill: z.literal("phone").optional() }),
  z.object({ ...fieldBase, type: z.literal("email"), prefill: z.literal("email").optional() }),
  /** Street address with province, city/regency and district (kecamatan). */
  z.object({ ...fieldBase, type: z.literal("address") }),
]);
export type FieldDefinition = z.infer<typeof ZFieldDefinition>;
export type FieldType = FieldDefinition["type"];

export const ZDocumentDefinition = z.object({
  key: ZKey,
  name: ZText,
  description: ZText.optional(),
  required: z.boolean(),
  accept: z.array(z.enum(FILE_KINDS)).min(1, "admin.catalogue.acceptMin"),
  maxSizeMb: z.number().int().min(1).max(20),
});
export type DocumentDefinition = z.infer<typeof ZDocumentDefinition>;

function uniqueKeys<T extends { key: string }>(items: T[]) {
  return new Set(items.map((i) => i.key)).size === items.length;
}

/** A permit type's definition, as seeded or edited by the admin. */
export const ZPermitTypeDefinition = z.object({
  code: zText().regex(/^[A-Z][A-Z0-9-]{1,29}$/, "admin.catalogue.codeFormat"),
  category: z.enum(CATEGORIES),
  /** Code of the responsible agency (OPD), e.g. DINKES. */
  agencyCode: zText().min(1),
  name: ZText,
  description: ZText,
  /** What the applicant receives, e.g. "Surat Izin Praktik Bidan (SIPB)". */
  output: ZText,
  workflow: z.enum(WORKFLOWS),
  slaDays: z.number().int().min(0).max(60),
  feeRupiah: z.number().int().min(0),
  /** Months the issued permit is valid; null when it does not expire. */
  validityMonths: z.number().int().min(1).max(240).nullable(),
  legalBasis: ZText,
  /** e.g. `503/{seq}/SIP-BD/DPMPTSP/{romanMonth}/{year}`. */
  decreeNumberTemplate: zText().min(1).max(120).refine((t) => t.includes("{seq}"), "admin.catalogue.templateSeq"),
  deemedApproval: z.boolean(),
  fields: z.array(ZFieldDefinition).max(60).refine(uniqueKeys, "admin.catalogue.duplicateKey"),
  /** What the technical team checks on site (survey and verification workflows); the BAP lists it. */
  inspectionChecklist: z.array(ZText).max(50).optional(),
  documents: z.array(ZDocumentDefinition).max(40).refine(uniqueKeys, "admin.catalogue.duplicateKey"),
});
export type PermitTypeDefinition = z.infer<typeof ZPermitTypeDefinition>;
