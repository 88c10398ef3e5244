// Converts between a permit type definition and its stored version row.
import { z } from "zod";
import {
  ZText,
  ZDocumentDefinition,
  ZFieldDefinition,
  type DocumentDefinition,
  type FieldDefinition,
  type PermitTypeDefinition,
  type Text,
} from "@/lib/catalogue/definition";
import type { PermitTypeVersion } from "@/lib/db/generated/client";

export function versionData(def: PermitTypeDefinition) {
  return {
    nameId: def.name.id,
    nameEn: def.name.en,
    descriptionId: def.description.id,
    descriptionEn: def.description.en,
    outputId: def.output.id,
    outputEn: def.output.en,
    workflow: def.workflow,
    slaDays: def.slaDays,
    feeRupiah: def.feeRupiah,
    validityMonths: def.validityMonths,
    legalBasisId: def.legalBasis.id,
    legalBasisEn: def.legalBasis.en,
    decreeNumberTemplate: def.decreeNumberTemplate,
    deemedApproval: def.deemedApproval,
    fields: def.fields,
    documents: def.documents,
    inspectionChecklist: def.inspectionChecklist ?? [],
  };
}

export function checklistOf(version: Pick<PermitTypeVersion, "inspectionChecklist">): Text[] {
  return z.array(ZText).parse(version.inspectionChecklist ?? []);
}

/** The stored fields and documents were validated when written; parsing again guards against drift. */
export function fieldsOf(version: Pick<PermitTypeVersion, "fields">): FieldDefinition[] {
  return z.array(ZFieldDefinition).parse(version.fields);
}

export function documentsOf(version: Pick<PermitTypeVersion, "documents">): DocumentDefinition[] {
  return z.array(ZDocumentDefinition).parse(version.documents);
}

export function definitionOf(
  version: PermitTypeVersion,
  permitType: { code: string; category: string },
  agencyCode: string,
): PermitTypeDefinition {
  return {
    code: permitType.code,
    category: permitType.category as PermitTypeDefinition["category"],
    agencyCode,
    name: { id: version.nameId, en: version.nameEn },
    description: { id: version.descriptionId, en: version.descriptionEn },
    output: { id: version.outputId, en: version.outputEn },
    workflow: version.workflow,
    slaDays: version.slaDays,
    feeRupiah: version.feeRupiah,
    validityMonths: version.validityMonths,
    legalBasis: { id: version.legalBasisId, en: version.legalBasisEn },
    decreeNumberTemplate: version.decreeNumberTemplate,
    deemedApproval: version.deemedApproval,
    fields: fieldsOf(version),
    documents: documentsOf(version),
    ...(checklistOf(version).length ? { inspectionChecklist: checklistOf(version) } : {}),
  };
}

/** Picks the text of the reader's language. */
export function inLocale(text: Text | undefined, locale: string) {
  if (!text) return "";
  return locale === "en" ? text.en : text.id;
}

export function nameOf(version: Pick<PermitTypeVersion, "nameId" | "nameEn">, locale: string) {
  return locale === "en" ? version.nameEn : version.nameId;
}
