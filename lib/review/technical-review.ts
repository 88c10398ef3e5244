// The technical review of the responsible agency: its team schedules the field survey, records the
// berita acara pemeriksaan (BAP) — checklist, findings, recommendation, who signs — and the signed BAP
// goes with the file to the back office.
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { recordAudit, type Tx } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { uploadsDir } from "@/lib/applications/attach-document";
import { checklistOf } from "@/lib/catalogue/version-data";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { userScope } from "@/lib/auth/access-scopes";
import { openStoredFile } from "@/lib/documents/store-upload";
import { renderInspectionReport, type InspectionRecommendation as PdfRecommendation } from "@/lib/documents/pdf/inspection-report";
import { AppError } from "@/lib/errors";
import { allocateDecreeNumber } from "@/lib/review/prepare-decision";
import { letterheadOf } from "@/lib/issuance/office-letterhead";
import { storeGeneratedPdf } from "@/lib/issuance/store-pdf";
import { newVerificationCode, verificationUrl } from "@/lib/issuance/verification-code";
import { getSigningKey } from "@/lib/signing/office-key";
import { signDocument } from "@/lib/signing/sign";
import { localToday } from "@/lib/calendar/office-day";
import { officeInstant, scheduleProblem, visitProblem } from "@/lib/review/survey-time";
import { formatDateTime, inBothLanguages } from "@/lib/calendar/format-date";
import { loadFileForOfficer } from "@/lib/review/staff-access";
import { applyTransition } from "@/lib/workflow/apply-transition";
import { notify } from "@/lib/notifications/notify";
import { staffOfStage } from "@/lib/notifications/notify-transition";

const lines = (v: string | undefined) =>
  (v ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

export const ZScheduleSurveySchema = z.object({
  scheduledFor: zText().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "validation.date"),
  place: zText().trim().min(1, "validation.required").max(300, "validation.tooLong"),
  /** Ids of the agency's technical staff who go on the survey; their name, position and NIP come from their accounts. */
  members: z.array(z.string().min(1).max(100)).min(1, "validation.inspection.members").max(30, "validation.inspection.members"),
  /** Why an open survey moves; required when rescheduling, told on the file's timeline. */
  reason: zText().trim().max(500, "validation.tooLong").optional(),
});
export type TScheduleSurvey = z.output<typeof ZScheduleSurveySchema>;

export const RESULTS = ["sesuai", "tidak_sesuai", "catatan"] as const;
export const ZRecordInspectionSchema = z.object({
  results: z.array(z.object({ result: z.enum(RESULTS, "validation.inspection.result"), note: zText().trim().max(500, "validation.tooLong").optional() })),
  findings: zText().trim().min(1, "validation.required").max(5000, "validation.tooLong"),
  recommendation: z.enum(["APPROVE", "APPROVE_WITH_CONDITIONS", "REJECT"], "validation.inspection.recommendation"),
  conditions: zText().max(3000, "validation.tooLong").optional(),
  /** When the team was on site, on the office's clock (a datetime-local value). */
  visitedAt: zText().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "validation.date"),
  /** Indexes of the members present who confirm the report in the portal. */
  signers: z.array(z.number().int().min(0)).min(1, "validation.inspection.signers"),
});
export type TRecordInspection = z.output<typeof ZRecordInspectionSchema>;

/** Site photos: what the survey form accepts. */
export const PHOTO_ACCEPT = ["jpeg", "png"] as const;
export const PHOTO_MAX_MB = 5;

/** A member of the survey team as the inspection keeps it: a snapshot of the account when scheduled. */
export interface SurveyTeamMember {
  userId?: string;
  name: string;
  position: string;
  nip?: string;
}

/** The agency's active technical staff, whom the actor may put on a survey team. */
export async function surveyStaff(tx: Tx, actor: Actor, agencyId: string) {
  return tx.user.findMany({
    where: { ...userScope(actor, "record:inspection"), agencyId, role: "TECHNICAL", active: true },
    select: { id: true, fullName: true, position: true, nip: true },
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
  });
}

function requireTechnical(actor: Actor) {
  requirePermission(actor, "record:inspection:agency");
}

/**
 * Checks, before a photo is received, that the actor may add one to the file now (its agency's team, an
 * open survey), so that nothing is stored for a request that would be refused.
 */
export async function findPhotoTarget({ actor, applicationId }: { actor: Actor; applicationId: string }) {
  requireTechnical(actor);
  return db().$transaction(async (tx) => {
    const app = await loadFileForOfficer(tx, actor, applicationId, "record:inspection");
    const open = await tx.inspection.findFirst({ where: { applicationId: app.id, recordedAt: null }, select: { id: true } });
    if (!open) throw new AppError("INVALID_TRANSITION", "validation.inspection.notScheduled");
  });
}

export async function scheduleSurvey({ actor, applicationId, input, now = new Date() }: { actor: Actor; applicationId: string; input: TScheduleSurvey; now?: Date }) {
  requireTechnical(actor);
  return db().$transaction(async (tx) => {
    const app = await loadFileForOfficer(tx, actor, applicationId, "record:inspection");
    if (app.status !== "TECHNICAL_REVIEW") throw new AppError("INVALID_TRANSITION", "errors.applications.invalidTransition");
    // The date and time are the office's wall clock, converted with the offset of that date in the
    // office's zone (not today's: a zone may change its offset between now and the visit).
    const { timeZone } = app.office;
    const scheduledFor = officeInstant(input.scheduledFor, timeZone);
    if (!scheduledFor) throw new AppError("INVALID_INPUT", "validation.date", { scheduledFor: "validation.date" });
    const tooEarly = scheduleProblem({ scheduledFor, now, timeZone });
    if (tooEarly) throw new AppError("INVALID_INPUT", tooEarly, { scheduledFor: tooEarly });
    const open = await tx.inspection.findFirst({ where: { applicationId: app.id, recordedAt: null } });
    // Moving a survey the applicant has been told of needs a reason, kept on the timeline with both times.
    const reason = input.reason?.trim() || undefined;
    if (open && !reason) throw new AppError("INVALID_INPUT", "validation.inspection.rescheduleReason", { reason: "validation.inspection.rescheduleReason" });
    const staff = new Map((await surveyStaff(tx, actor, app.agencyId)).map((u) => [u.id, u]));
    const chosen = [...new Set(input.members)].map((id) => staff.get(id));
    if (chosen.some((u) => !u)) throw new AppError("INVALID_INPUT", "validation.inspection.members", { members: "validation.inspection.members" });
    const members: SurveyTeamMember[] = chosen.map((u) => ({ userId: u!.id, name: u!.fullName, position: u!.position ?? "", ...(u!.nip ? { nip: u!.nip } : {}) }));
    const data = { scheduledFor, place: input.place, members: members as unknown as Prisma.InputJsonValue, scheduledById: actor.id, scheduledAt: new Date() };
    const inspection = open
      ? await tx.inspection.update({ where: { id: open.id }, data })
      : await tx.inspection.create({ data: { ...data, applicationId: app.id, agencyId: app.agencyId } });
    const event = await tx.applicationEvent.create({
      data: open
        ? {
            applicationId: app.id,
            actorId: actor.id,
            action: "rescheduleSurvey",
            fromStatus: app.status,
            toStatus: app.status,
            note: reason,
            data: { from: open.scheduledFor.toISOString(), to: scheduledFor.toISOString(), reason },
          }
        : { applicationId: app.id, actorId: actor.id, action: "scheduleSurvey", fromStatus: app.status, toStatus: app.status, data: { scheduledFor: scheduledFor.toISOString() } },
    });
    // The applicant and the agency's team hear of the visit; rescheduling tells them again.
    const when = inBothLanguages((locale) => formatDateTime(scheduledFor, locale, timeZone, "full"));
    const params = { number: app.registrationNumber ?? "", permit: { id: app.permitTypeVersion.nameId, en: app.permitTypeVersion.nameEn }, when, place: input.place };
    await notify(tx, { event: "surveyScheduled", occurrence: event.id, userIds: [app.applicantId], applicationId: app.id, link: `/applications/${app.id}`, params });
    const team = await staffOfStage(tx, { officeId: app.officeId, agencyId: app.agencyId, status: app.status });
    await notify(tx, { event: "surveyScheduled", occurrence: event.id, userIds: team, applicationId: app.id, link: `/office/files/${app.id}`, params });
    await recordAudit(tx, { officeId: app.officeId, actorId: actor.id, action: "inspection.schedule", entity: "Application", entityId: app.id });
    return inspection;
  });
}

export async function addInspectionPhoto({ actor, applicationId, file }: { actor: Actor; applicationId: string; file: { sha256: string; size: number; mime: string; originalName: string } }) {
  requireTechnical(actor);
  return db().$transaction(async (tx) => {
    const app = await loadFileForOfficer(tx, actor, applicationId, "record:inspection");
    const open = await tx.inspection.findFirst({ where: { applicationId: app.id, recordedAt: null } });
    if (!open) throw new AppError("INVALID_TRANSITION", "validation.inspection.notScheduled");
    const stored = await tx.storedFile.create({ data: { ...file, uploadedById: actor.id } });
    const photos = [...((open.photoIds as string[]) ?? []), stored.id].slice(-12);
    await tx.inspection.update({ where: { id: open.id }, data: { photoIds: photos } });
  });
}

const PDF_RECOMMENDATION: Record<TRecordInspection["recommendation"], PdfRecommendation> = {
  APPROVE: "disetujui",
  APPROVE_WITH_CONDITIONS: "disetujui_dengan_syarat",
  REJECT: "ditolak",
};

export async function recordInspection({
  actor,
  applicationId,
  input,
  now = new Date(),
}: {
  actor: Actor;
  applicationId: string;
  input: TRecordInspection;
  now?: Date;
}) {
  requireTechnical(actor);
  return db().$transaction(
    async (tx) => {
      const app = await loadFileForOfficer(tx, actor, applicationId, "record:inspection");
      if (app.status !== "TECHNICAL_REVIEW") throw new AppError("CONFLICT", "errors.applications.alreadyHandled");
      const inspection = await tx.inspection.findFirst({ where: { applicationId: app.id, recordedAt: null } });
      if (!inspection) throw new AppError("INVALID_TRANSITION", "validation.inspection.notScheduled");
      // The report states what happened on site: not before the scheduled start, and at the time entered.
      const visitedAt = officeInstant(input.visitedAt, app.office.timeZone);
      if (!visitedAt) throw new AppError("INVALID_INPUT", "validation.date", { visitedAt: "validation.date" });
      const visitRefused = visitProblem({ scheduledFor: inspection.scheduledFor, visitedAt, now });
      if (visitRefused) throw new AppError("INVALID_INPUT", visitRefused, { visitedAt: visitRefused });
      const checklist = checklistOf(app.permitTypeVersion);
      if (input.results.length !== checklist.length) throw new AppError("INVALID_INPUT", "validation.inspection.result");
      const members = inspection.members as unknown as SurveyTeamMember[];
      if (input.signers.some((i) => i >= members.length)) throw new AppError("INVALID_INPUT", "validation.inspection.signers");
      const conditions = lines(input.conditions);
      if (input.recommendation === "APPROVE_WITH_CONDITIONS" && conditions.length === 0) {
        throw new AppError("INVALID_INPUT", "validation.inspection.conditions", { conditions: "validation.inspection.conditions" });
      }
      const agency = await tx.agency.findUniqueOrThrow({ where: { id: inspection.agencyId } });
      // Each agency's reports have their own gap-free sequence per year.
      const { number } = await allocateDecreeNumber(tx, `bap:${agency.id}`, `BAP/{seq}/${agency.code}/{romanMonth}/{year}`, agency.code, localToday(app.office.timeZone, now));
      const code = newVerificationCode();
      const checklistResults = checklist.map((item, i) => ({ item: item.id, result: input.results[i]!.result, ...(input.results[i]!.note ? { note: input.results[i]!.note } : {}) }));
      const payload = {
        kind: "inspection",
        code,
        number,
        registrationNumber: app.registrationNumber ?? "",
        permitType: { code: app.permitType.code, name: app.permitTypeVersion.nameId },
        agency: agency.nameId,
        scheduledFor: inspection.scheduledFor.toISOString(),
        visitedAt: visitedAt.toISOString(),
        place: inspection.place,
        members: members.map((m, i) => ({ name: m.name, position: m.position, ...(m.nip ? { nip: m.nip } : {}), signed: input.signers.includes(i) })),
        checklist: checklistResults,
        findings: lines(input.findings),
        recommendation: input.recommendation,
        conditions,
        recordedAt: now.toISOString(),
      };
      const signed = signDocument(payload, getSigningKey());
      const photos = [];
      const photoIds = (inspection.photoIds as string[]) ?? [];
      const photoFiles = new Map((await tx.storedFile.findMany({ where: { id: { in: photoIds } } })).map((f) => [f.id, f]));
      for (const id of photoIds) {
        const file = photoFiles.get(id);
        const stream = file ? await openStoredFile(uploadsDir(), file.sha256) : null;
        if (!file || !stream) continue;
        const chunks: Buffer[] = [];
        for await (const c of stream) chunks.push(c as Buffer);
        photos.push({ data: new Uint8Array(Buffer.concat(chunks)), caption: file.originalName });
      }
      const { letterhead } = await letterheadOf(tx, app.officeId, null);
      const pdf = await renderInspectionReport({
        office: letterhead,
        reportNumber: number,
        agency: agency.nameId,
        permitTypeName: app.permitTypeVersion.nameId,
        registrationNumber: app.registrationNumber ?? "",
        applicantName: app.applicant.fullName,
        visitedAt,
        surveyPlace: inspection.place,
        team: members.map((m, i) => ({ name: m.name, position: m.position || "-", nip: m.nip, signedElectronically: input.signers.includes(i) })),
        checklist: checklistResults,
        findings: payload.findings,
        recommendation: PDF_RECOMMENDATION[input.recommendation],
        conditions,
        photos,
        verificationUrl: verificationUrl(code),
        timeZone: app.office.timeZone,
      });
      const stored = await storeGeneratedPdf(pdf);
      const file = await tx.storedFile.create({ data: { ...stored, originalName: `bap-${app.registrationNumber ?? app.id}.pdf`, uploadedById: actor.id } });
      await tx.issuedDocument.create({
        data: { code, applicationId: app.id, kind: "INSPECTION_REPORT", number, payload: payload as unknown as Prisma.InputJsonValue, signature: signed.signature, keyId: signed.keyId, fileId: file.id },
      });
      await tx.inspection.update({
        where: { id: inspection.id },
        data: {
          checklist: checklistResults as unknown as Prisma.InputJsonValue,
          findings: input.findings,
          recommendation: input.recommendation,
          conditions,
          recordedById: actor.id,
          recordedAt: now,
          visitedAt,
          reportCode: code,
        },
      });
      await applyTransition(tx, {
        application: app,
        workflow: app.permitTypeVersion.workflow,
        action: "completeTechnicalReview",
        by: actor.role,
        actorId: actor.id,
        eventData: { reportNumber: number, recommendation: input.recommendation },
      });
      await recordAudit(tx, { officeId: app.officeId, actorId: actor.id, action: "inspection.record", entity: "Application", entityId: app.id, data: { number } });
      return { number, code };
    },
    { timeout: 60_000 },
  );
}
