// Whether an application is complete: every required field valid and every required document present.
import { checkFormData, storedAsRaw, type FormIssue } from "@/lib/applications/form-schema";
import type { DocumentDefinition, FieldDefinition } from "@/lib/catalogue/definition";

export function completenessIssues(
  fields: FieldDefinition[],
  documents: DocumentDefinition[],
  data: Record<string, unknown>,
  uploadedKeys: Set<string>,
  timeZone: string,
): FormIssue[] {
  const { issues } = checkFormData(fields, storedAsRaw(data), { mode: "submit", timeZone });
  for (const doc of documents) {
    if (doc.required && !uploadedKeys.has(doc.key)) issues.push({ field: `document.${doc.key}`, message: "validation.documentRequired" });
  }
  return issues;
}
