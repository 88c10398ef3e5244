// What an officer asked to be fixed, and what the applicant may change while the file is returned.
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import type { Tx } from "@/lib/audit/record-audit";

export const ZRevisionItem = z.object({
  kind: z.enum(["field", "document"]),
  key: zText().min(1),
  reason: zText().trim().min(1, "validation.required").max(1000, "validation.tooLong"),
});
export type RevisionItem = z.infer<typeof ZRevisionItem>;

export async function findOpenRevision(tx: Tx, applicationId: string) {
  const request = await tx.revisionRequest.findFirst({
    where: { applicationId, resolvedAt: null },
    orderBy: { createdAt: "desc" },
  });
  if (!request) return null;
  return { ...request, items: z.array(ZRevisionItem).parse(request.items) };
}

/** While a file is returned only the flagged fields and documents may change; a draft is open entirely. */
export function editableKeys(status: string, revision: { items: RevisionItem[] } | null) {
  if (status === "DRAFT") return { all: true, fields: new Set<string>(), documents: new Set<string>() };
  if (status === "RETURNED" && revision) {
    return {
      all: false,
      fields: new Set(revision.items.filter((i) => i.kind === "field").map((i) => i.key)),
      documents: new Set(revision.items.filter((i) => i.kind === "document").map((i) => i.key)),
    };
  }
  return { all: false, fields: new Set<string>(), documents: new Set<string>() };
}
