// Public verification of an issued document by the code in its QR: does the signature over its data
// hold, and is the permit active, expired or revoked? Personal data is masked; the name of a business
// (the holder of a NIB or Sertifikat Standar) is public, as in OSS, and shown in full.
import { db } from "@/lib/db/client";
import { getSigningKey } from "@/lib/signing/office-key";
import { verifyDocument } from "@/lib/signing/sign";
import { hasLapsedAt } from "@/lib/issuance/permit-validity";

/** "Siti Aminah" -> "Si** Am****": enough to recognise, not enough to collect. */
export function maskName(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.length <= 2 ? w[0] + "*" : w.slice(0, 2) + "*".repeat(Math.min(w.length - 2, 6))))
    .join(" ");
}

export function maskNik(nik: string) {
  return nik.length === 16 ? `${nik.slice(0, 4)}********${nik.slice(12)}` : "";
}

/** Documents issued to a business rather than to a person. */
const BUSINESS_DOCUMENTS: ReadonlySet<string> = new Set(["NIB_CERTIFICATE", "STANDARD_CERTIFICATE"]);

/**
 * The permit type in both languages: in Indonesian as signed on the document, in English from the
 * version of the permit type it was issued under (the signed data holds only the Indonesian name).
 */
function permitTypeNames(payload: Record<string, unknown>, version: { nameId: string; nameEn: string }) {
  const signed = (payload.permitType as { name?: unknown } | undefined)?.name;
  if (typeof signed !== "string" || !signed) return null;
  return { id: signed, en: version.nameEn || signed };
}

export type DocumentStatus = "active" | "expired" | "revoked" | "rejected" | "superseded";

export async function verifyIssuedDocument(code: string, now = new Date()) {
  const normalized = code.trim().toUpperCase();
  if (!/^[0-9A-Z]{8,32}$/.test(normalized)) return null;
  const doc = await db().issuedDocument.findUnique({
    where: { code: normalized },
    include: { application: { select: { status: true, office: { select: { timeZone: true } }, permitTypeVersion: { select: { nameId: true, nameEn: true } } } } },
  });
  if (!doc) return null;
  const key = getSigningKey();
  const signatureValid = verifyDocument({ payload: doc.payload, keyId: doc.keyId, signature: doc.signature }, key.publicKey);
  const payload = doc.payload as Record<string, unknown>;
  const holder = (payload.holder ?? payload.applicant ?? {}) as { name?: string; nik?: string };
  const validUntil = typeof payload.validUntil === "string" ? payload.validUntil : null;
  let status: DocumentStatus;
  if (doc.kind === "REJECTION_LETTER") status = "rejected";
  else if (doc.revokedAt || doc.application.status === "REVOKED") status = "revoked";
  else if (doc.supersededAt) status = "superseded";
  // Expired once the job has moved the file, or already from the day after its validity (the job may not have run yet).
  else if (doc.application.status === "EXPIRED" || hasLapsedAt(validUntil, doc.application.office.timeZone, now)) status = "expired";
  else status = "active";
  return {
    kind: doc.kind,
    number: doc.number,
    signatureValid,
    status,
    revokedAt: doc.revokedAt,
    revokeReason: doc.revokeReason,
    holder: { name: BUSINESS_DOCUMENTS.has(doc.kind) ? (holder.name ?? "") : maskName(holder.name ?? ""), nik: maskNik(holder.nik ?? "") },
    permitTypeName: permitTypeNames(payload, doc.application.permitTypeVersion),
    validFrom: typeof payload.validFrom === "string" ? payload.validFrom : null,
    validUntil,
    issuedAt: typeof payload.issuedAt === "string" ? payload.issuedAt : null,
    deemedApproved: payload.deemedApproved === true,
    office: typeof payload.office === "string" ? payload.office : null,
    /** The issuing office's zone, in which the document's times are read. */
    timeZone: doc.application.office.timeZone,
  };
}
