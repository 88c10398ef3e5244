// The issued documents of a file (permit, certificates, letters, BAPs) for those who may read the file,
// and the PDF of one of them for download. The public verification page shows no PDF.
import type { Actor } from "@/lib/auth/permissions";
import { issuedDocumentScope } from "@/lib/auth/access-scopes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

const OFFERED = ["PERMIT", "REJECTION_LETTER", "NIB_CERTIFICATE", "STANDARD_CERTIFICATE"] as const;

/** The current editions (a superseded NIB certificate stays verifiable but is not offered). */
export async function findIssuedDocuments({ actor, applicationId, withReports = false }: { actor: Actor; applicationId: string; withReports?: boolean }) {
  const kinds = withReports ? [...OFFERED, "INSPECTION_REPORT" as const] : [...OFFERED];
  return db().issuedDocument.findMany({
    where: { applicationId, kind: { in: kinds }, supersededAt: null, ...issuedDocumentScope(actor) },
    orderBy: { createdAt: "asc" },
    select: { id: true, code: true, kind: true, number: true, revokedAt: true, revokeReason: true },
  });
}

export type IssuedDocumentLink = Awaited<ReturnType<typeof findIssuedDocuments>>[number];

/** The stored PDF of an issued document, by its verification code. */
export async function findIssuedFile({ actor, code }: { actor: Actor; code: string }) {
  const doc = await db().issuedDocument.findFirst({
    where: { code: code.trim().toUpperCase(), ...issuedDocumentScope(actor) },
    select: { fileId: true },
  });
  if (!doc) throw new AppError("NOT_FOUND", "errors.notFound");
  const file = await db().storedFile.findUniqueOrThrow({ where: { id: doc.fileId } });
  return { ...file, mime: "application/pdf" };
}
