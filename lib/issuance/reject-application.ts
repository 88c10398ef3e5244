// Rejecting a file at any officer stage: the reason is required, the applicant gets a signed rejection
// letter (PDF with a verification QR), and the file is closed — in one transaction.
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { recordAudit, type Tx } from "@/lib/audit/record-audit";
import { allocateDecreeNumber } from "@/lib/review/prepare-decision";
import { transition } from "@/lib/workflow/transitions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { renderRejectionLetter } from "@/lib/documents/pdf/rejection-letter";
import { AppError } from "@/lib/errors";
import { letterheadOf, officerSignerOf } from "@/lib/issuance/office-letterhead";
import { storeGeneratedPdf } from "@/lib/issuance/store-pdf";
import { newVerificationCode, portalAddress, verificationUrl } from "@/lib/issuance/verification-code";
import { getSigningKey } from "@/lib/signing/office-key";
import { signDocument } from "@/lib/signing/sign";
import { localToday } from "@/lib/calendar/office-day";
import { loadFileForOfficer } from "@/lib/review/staff-access";
import { applyTransition } from "@/lib/workflow/apply-transition";

export const ZRejectSchema = z.object({
  reason: zText().trim().min(1, "validation.review.rejectReason").max(2000, "validation.tooLong"),
});

const LETTER_TEMPLATE = "503/{seq}/PENOLAKAN/DPMPTSP/{romanMonth}/{year}";

export async function rejectInTx(
  tx: Tx,
  { app, actor, reason, now }: { app: Awaited<ReturnType<typeof loadFileForOfficer>>; actor: Actor; reason: string; now: Date },
) {
  // Refuse at once what the lifecycle would refuse, before a number is taken or a letter written.
  const allowed = transition("reject", app.status, actor.role, app.permitTypeVersion.workflow);
  if (!allowed.ok) throw allowed.reason === "role" ? new AppError("FORBIDDEN", "errors.forbidden") : new AppError("INVALID_TRANSITION", "errors.applications.invalidTransition");
  // Letters have their own gap-free sequence per office and year.
  const { number } = await allocateDecreeNumber(tx, `rejection:${app.officeId}`, LETTER_TEMPLATE, "", localToday(app.office.timeZone, now));
  const code = newVerificationCode();
  const [{ letterhead, city, contact }, signer] = await Promise.all([letterheadOf(tx, app.officeId, null), officerSignerOf(tx, app.officeId, actor)]);
  const decidedBy = { name: signer.name, position: signer.position };
  const payload = {
    kind: "rejection",
    code,
    number,
    registrationNumber: app.registrationNumber ?? "",
    permitType: { code: app.permitType.code, name: app.permitTypeVersion.nameId },
    applicant: { name: app.applicant.fullName },
    reasons: [reason],
    decidedBy,
    issuedAt: now.toISOString(),
  };
  const signed = signDocument(payload, getSigningKey());
  const pdf = await renderRejectionLetter({
    office: letterhead,
    letterNumber: number,
    letterDate: now,
    place: city,
    addressee: { name: `Sdr. ${app.applicant.fullName}` },
    registrationNumber: app.registrationNumber ?? "",
    submittedAt: app.submittedAt ?? undefined,
    permitTypeName: app.permitTypeVersion.nameId,
    reasons: [reason],
    decidedBy,
    enquiries: contact,
    portalUrl: portalAddress(),
    signer,
    verificationUrl: verificationUrl(code),
    timeZone: app.office.timeZone,
  });
  const stored = await storeGeneratedPdf(pdf);
  const file = await tx.storedFile.create({ data: { ...stored, originalName: `surat-penolakan-${app.registrationNumber ?? app.id}.pdf`, uploadedById: actor.id } });
  await applyTransition(tx, {
    application: app,
    workflow: app.permitTypeVersion.workflow,
    action: "reject",
    by: actor.role,
    actorId: actor.id,
    note: reason,
    eventData: { letterNumber: number, verificationCode: code },
    changes: { decidedAt: now, dueDay: null },
  });
  await tx.issuedDocument.create({
    data: { code, applicationId: app.id, kind: "REJECTION_LETTER", number, payload: payload as unknown as Prisma.InputJsonValue, signature: signed.signature, keyId: signed.keyId, fileId: file.id },
  });
  await recordAudit(tx, { officeId: app.officeId, actorId: actor.id, action: "decision.reject", entity: "Application", entityId: app.id, data: { letterNumber: number } });
  return { number, code };
}

/** An officer rejects the file at the stage they work (the head at any stage). */
export async function rejectApplication({ actor, applicationId, reason, now = new Date() }: { actor: Actor; applicationId: string; reason: string; now?: Date }) {
  requirePermission(actor, "reject:application:agency");
  return db().$transaction(async (tx) => rejectInTx(tx, { app: await loadFileForOfficer(tx, actor, applicationId, "reject:application"), actor, reason, now }), { timeout: 30_000 });
}
