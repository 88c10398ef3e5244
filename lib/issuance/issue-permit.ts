// The head approves a prepared decision: the permit is signed with the office key over its canonical
// data, rendered as a PDF with a verification QR, stored, and the file becomes ISSUED — all or nothing.
import type { Actor } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit, type Tx } from "@/lib/audit/record-audit";
import { displayValue } from "@/lib/applications/display-value";
import { fieldsOf, inLocale } from "@/lib/catalogue/version-data";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { renderPermitDecree, type PermitDecreeData } from "@/lib/documents/pdf/permit-decree";
import { AppError } from "@/lib/errors";
import { letterheadOf } from "@/lib/issuance/office-letterhead";
import { storeGeneratedPdf } from "@/lib/issuance/store-pdf";
import { newVerificationCode, verificationUrl } from "@/lib/issuance/verification-code";
import { getSigningKey } from "@/lib/signing/office-key";
import { signDocument } from "@/lib/signing/sign";
import { dateToDay, localToday } from "@/lib/calendar/office-day";
import { loadFileForOfficer, OFFICER_FILE_INCLUDE } from "@/lib/review/staff-access";
import { prepareStandardDecision } from "@/lib/review/prepare-decision";
import { applyTransition } from "@/lib/workflow/apply-transition";
import { BUSINESS_PERMIT_CODES } from "@/lib/business/permit-codes";
import { renderVerifiedStandard } from "@/lib/business/business-documents";
import type { Action } from "@/lib/workflow/transitions";

/** The data a permit's signature covers. Changing any of it breaks the signature. */
export interface PermitPayload {
  kind: "permit";
  code: string;
  number: string;
  registrationNumber: string;
  office: string;
  permitType: { code: string; name: string };
  holder: { name: string; nik: string };
  validFrom: string;
  validUntil: string | null;
  conditions: string[];
  issuedAt: string;
  deemedApproved: boolean;
}

type OfficerFile = Awaited<ReturnType<typeof loadFileForOfficer>>;

/** Who the permit is issued to: the business for a business licence's file, otherwise the applicant. */
function holderOf(app: OfficerFile) {
  const businessName = (app.data as Record<string, unknown> | null)?.businessName;
  return typeof businessName === "string" && businessName ? { name: businessName, nik: "" } : { name: app.applicant.fullName, nik: app.applicant.nik ?? "" };
}

/** What the permit document shows: the letterhead, the holder, the key answers, the decision. */
export async function decreeData(
  tx: Tx,
  {
    app,
    decision,
    signerId,
    issuedAt,
    deemed,
    verificationUrl: url,
  }: {
    app: OfficerFile;
    decision: { decreeNumber: string; validFrom: string; validUntil: string | null; conditions: string[] };
    signerId: string | null;
    issuedAt: Date;
    deemed: boolean;
    verificationUrl: string;
  },
): Promise<PermitDecreeData> {
  const version = app.permitTypeVersion;
  const { letterhead, signer, city } = await letterheadOf(tx, app.officeId, signerId);
  const data = (app.data ?? {}) as Record<string, unknown>;
  return {
    office: letterhead,
    permitTypeName: version.nameId,
    decreeNumber: decision.decreeNumber,
    registrationNumber: app.registrationNumber ?? undefined,
    holder: holderOf(app),
    fields: fieldsOf(version)
      .filter((f) => !["fullName", "nik", "email", "phone"].includes(f.key))
      .map((f) => ({ label: inLocale(f.label, "id"), value: displayValue(f, data[f.key], "id") }))
      .filter((r) => r.value),
    validFrom: decision.validFrom,
    validUntil: decision.validUntil,
    conditions: decision.conditions,
    legalBasis: version.legalBasisId,
    issuedAt,
    issuedPlace: city,
    signer,
    deemedApproval: deemed,
    verificationUrl: url,
    timeZone: app.office.timeZone,
  };
}

/**
 * Issues the permit of a file inside the caller's transaction (the head's approval, or the
 * scheduler's deemed approval). The file must have a prepared decision.
 */
export async function issuePermitInTx(
  tx: Tx,
  {
    app,
    actorId,
    by,
    action,
    now,
    deemed,
  }: {
    app: OfficerFile;
    actorId: string | null;
    by: "HEAD" | "SYSTEM";
    action: Extract<Action, "approve" | "deemApprove" | "issueInstant">;
    now: Date;
    deemed: boolean;
  },
) {
  const decision = await tx.decision.findUnique({ where: { applicationId: app.id } });
  if (!decision) throw new AppError("INVALID_TRANSITION", "errors.applications.invalidTransition");
  const version = app.permitTypeVersion;
  const code = newVerificationCode();
  const payload: PermitPayload = {
    kind: "permit",
    code,
    number: decision.decreeNumber,
    registrationNumber: app.registrationNumber ?? "",
    office: (await tx.office.findUniqueOrThrow({ where: { id: app.officeId }, select: { name: true } })).name,
    permitType: { code: app.permitType.code, name: version.nameId },
    holder: holderOf(app),
    validFrom: dateToDay(decision.validFrom),
    validUntil: decision.validUntil ? dateToDay(decision.validUntil) : null,
    conditions: (decision.conditions as string[]) ?? [],
    issuedAt: now.toISOString(),
    deemedApproved: deemed,
  };
  const signed = signDocument(payload, getSigningKey());
  // A verified Sertifikat Standar is a certificate, not a decree: it gets the certificate layout.
  const certificate =
    app.permitType.code === BUSINESS_PERMIT_CODES.verified
      ? await renderVerifiedStandard(tx, { applicationId: app.id, number: decision.decreeNumber, issuedAt: now, signerId: by === "HEAD" ? actorId : null, url: verificationUrl(code) })
      : null;
  const pdf = certificate ?? await renderPermitDecree(
    await decreeData(tx, {
      app,
      decision: { decreeNumber: decision.decreeNumber, validFrom: payload.validFrom, validUntil: payload.validUntil, conditions: payload.conditions },
      signerId: by === "HEAD" ? actorId : null,
      issuedAt: now,
      deemed,
      verificationUrl: verificationUrl(code),
    }),
  );
  const stored = await storeGeneratedPdf(pdf);
  const file = await tx.storedFile.create({
    data: { ...stored, originalName: `${decision.decreeNumber.replace(/[^\w.-]+/g, "_")}.pdf`, uploadedById: actorId ?? app.applicantId },
  });
  await applyTransition(tx, {
    application: app,
    workflow: version.workflow,
    action,
    by,
    actorId,
    eventData: { decreeNumber: decision.decreeNumber, verificationCode: code },
    changes: { decidedAt: now, dueDay: null, deemedApproved: deemed },
  });
  await tx.issuedDocument.create({
    data: {
      code,
      applicationId: app.id,
      kind: certificate ? "STANDARD_CERTIFICATE" : "PERMIT",
      number: decision.decreeNumber,
      payload: payload as unknown as Prisma.InputJsonValue,
      signature: signed.signature,
      keyId: signed.keyId,
      fileId: file.id,
    },
  });
  return { code, number: decision.decreeNumber };
}

export async function approveApplication({ actor, applicationId, now = new Date() }: { actor: Actor; applicationId: string; now?: Date }) {
  requirePermission(actor, "approve:application:office");
  return db().$transaction(
    async (tx) => {
      const app = await loadFileForOfficer(tx, actor, applicationId, "approve:application");
      if (app.status !== "APPROVAL") throw new AppError("CONFLICT", "errors.applications.alreadyHandled");
      const issued = await issuePermitInTx(tx, { app, actorId: actor.id, by: "HEAD", action: "approve", now, deemed: false });
      await recordAudit(tx, { officeId: app.officeId, actorId: actor.id, action: "decision.approve", entity: "Application", entityId: app.id, data: { number: issued.number } });
      return issued;
    },
    { timeout: 30_000 },
  );
}

/** Approves several files one by one; each in its own transaction, so one conflict does not undo the rest. */
export async function approveMany({ actor, applicationIds }: { actor: Actor; applicationIds: string[] }) {
  requirePermission(actor, "approve:application:office");
  const results: { id: string; ok: boolean; number?: string }[] = [];
  for (const id of [...new Set(applicationIds)].slice(0, 100)) {
    try {
      const issued = await approveApplication({ actor, applicationId: id });
      results.push({ id, ok: true, number: issued.number });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ id, ok: false });
    }
  }
  return results;
}

/**
 * An instant permit type is issued at submission as every permit is: on the type's standard terms, as a
 * signed PDF with its verification QR, by the office rather than an officer.
 */
export async function issueInstantPermitInTx(tx: Tx, { applicationId, now }: { applicationId: string; now: Date }) {
  const app = await tx.application.findUniqueOrThrow({ where: { id: applicationId }, include: OFFICER_FILE_INCLUDE });
  await prepareStandardDecision(tx, app, localToday(app.office.timeZone, now));
  return issuePermitInTx(tx, { app, actorId: null, by: "SYSTEM", action: "issueInstant", now, deemed: false });
}
