// Who may do what, as one table: every domain operation that takes an actor, against every identity of
// the cast (anonymous, two applicants, each office role, technical teams of three agencies, and the
// staff of a second office), with the identities allowed to do it; everyone else must be refused.
// A call counts as allowed when it gets past the access checks: it succeeds, or fails for a reason of
// the file's state or the input (the first allowed identity may already have done the step). It counts
// as refused when it answers UNAUTHENTICATED, FORBIDDEN or NOT_FOUND, or, for a list or an operation that
// silently skips what is out of reach, when the row's `reached` says the fixture was not reached.
// Every id-bearing page and route names the operations that guard it, and every operation has a row.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { attachDocument, findDocumentFile, findUploadTarget } from "@/lib/applications/attach-document";
import { findMyApplications } from "@/lib/applications/find-my-applications";
import { getApplication } from "@/lib/applications/get-application";
import { getApplicationView } from "@/lib/applications/get-application-view";
import { resubmitApplication } from "@/lib/applications/resubmit-application";
import { returnForRevision } from "@/lib/applications/return-for-revision";
import { saveDraft } from "@/lib/applications/save-draft";
import { findOwnDraft, startApplication } from "@/lib/applications/start-application";
import { startRenewal } from "@/lib/applications/start-renewal";
import { submitApplication } from "@/lib/applications/submit-application";
import { withdrawApplication } from "@/lib/applications/withdraw-application";
import { findAuditLog } from "@/lib/audit/find-audit-log";
import { addActivity, removeActivity, ZAddActivitySchema } from "@/lib/business/activities";
import { checkCommitment, findCommitmentProof, findCommitmentsToCheck, findProofTarget, getCommitmentForCheck, submitCommitmentProof, ZCheckCommitmentSchema } from "@/lib/business/commitments";
import { findMyBusinesses, getBusiness } from "@/lib/business/get-business";
import { classifyActivityManually, countBusinessWork, declareActivity, findActivitiesForReview, getActivityForReview, ZClassifyActivitySchema } from "@/lib/business/review-activity";
import { createBusiness, updateBusiness, ZSaveBusinessSchema } from "@/lib/business/save-business";
import { submitActivities } from "@/lib/business/submit-activities";
import { confirmHolidays, countUnconfirmedHolidays, createHoliday, deleteHoliday, findHolidays, ZCreateHolidaySchema } from "@/lib/calendar/holidays";
import { getWorkWeek, setWorkWeek } from "@/lib/calendar/work-week";
import { findAgenciesForCatalogue, findPermitTypesForAdmin, getPermitTypeForAdmin, permitTypeCodeExists } from "@/lib/catalogue/find-permit-types-for-admin";
import { savePermitType } from "@/lib/catalogue/save-permit-type";
import { approveApplication, approveMany } from "@/lib/issuance/issue-permit";
import { findIssuedDocuments, findIssuedFile } from "@/lib/issuance/issued-documents";
import { previewPermit } from "@/lib/issuance/preview-permit";
import { rejectApplication } from "@/lib/issuance/reject-application";
import { revokePermit } from "@/lib/issuance/revoke-permit";
import { findNotifications, markAllRead, openNotification, unreadCount } from "@/lib/notifications/notification-centre";
import { findOutbox, getOutboxMail, retryMail } from "@/lib/notifications/outbox-admin";
import { findQueue, ZQueueFilter } from "@/lib/review/find-queue";
import { getOfficeFileView } from "@/lib/review/get-office-file-view";
import { prepareDecision, ZPrepareDecisionSchema } from "@/lib/review/prepare-decision";
import { localToday } from "@/lib/calendar/office-day";
import { addInspectionPhoto, findPhotoTarget, recordInspection, scheduleSurvey, ZRecordInspectionSchema, ZScheduleSurveySchema } from "@/lib/review/technical-review";
import { verifyApplication } from "@/lib/review/verify-application";
import { exportKbliCsv, exportRiskRulesCsv } from "@/lib/risk/export-csv";
import { countRiskReference, importKbli, importRiskRules } from "@/lib/risk/import-csv";
import { findFlaggedLapses } from "@/lib/sla/deadline-sweep";
import { createStaffUser, ZCreateStaffUserSchema } from "@/lib/users/create-staff-user";
import { findAgencies } from "@/lib/users/find-agencies";
import { findUsers } from "@/lib/users/find-users";
import { getUser } from "@/lib/users/get-user";
import { setOwnLocale } from "@/lib/users/set-own-locale";
import { setUserActive, updateStaffUser } from "@/lib/users/update-staff-user";
import { PERMIT_TYPES } from "@/prisma/seed/permit-types";
import { advanceTo, allAccepted, type Advanced } from "../support/advance-to";
import { fakeFile } from "../support/applications";
import { castActors, CAST_MEMBERS, createCast, type Cast, type CastName } from "../support/cast";
import { createUser } from "../support/factories";


type Outcome = "allowed" | "refused";
interface Row {
  /** The operation's exported name; every operation that takes an actor needs a row. */
  op: string;
  /** Who gets past the access checks; everyone else must be refused. */
  allow: readonly CastName[];
  run: (actor: Actor) => Promise<unknown>;
  /** For lists and for operations that skip what is out of reach: whether the result (or the data afterwards) shows the fixture was reached. */
  reached?: (result: unknown) => boolean | Promise<boolean>;
}

const OFFICE = ["frontOffice", "backOffice", "head"] as const;
const ACCOUNTS = CAST_MEMBERS;
const ADMINS = ["admin", "secondOfficeAdmin"] as const;

let cast: Cast;
let rows: Row[];

const PROFILE = {
  form: "CV",
  name: "CV Matriks Akses",
  nik: "",
  deedNumber: "12",
  deedDate: "2024-03-03",
  npwp: "01.234.567.8-901.000",
  address: "Jl. Cempaka No. 5, Kota Contoh",
  phone: "0812 3456 7890",
  email: "cv@contoh.id",
  paidUpCapital: "3.000.000.000",
  totalInvestment: "4.000.000.000",
};
const activityInput = (kbli: string) => ZAddActivitySchema.parse({ kbli, location: "Jl. Cempaka No. 5, Kota Contoh", capital: "3000000000", workers: "", parameters: {} });

async function fixtures(c: Cast) {
  const owner = c.applicant.actor;
  const at = (status: Parameters<typeof advanceTo>[1], options: Parameters<typeof advanceTo>[2] = {}) => advanceTo(c, status, options);
  const file = {
    submitted: await at("SUBMITTED"),
    toVerify: await at("SUBMITTED"),
    toReturn: await at("SUBMITTED"),
    draft: await at("DRAFT"),
    toSubmit: await at("DRAFT"),
    returned: await at("RETURNED"),
    toWithdraw: await at("SUBMITTED"),
    survey: await at("TECHNICAL_REVIEW"),
    processing: await at("PROCESSING"),
    toReject: await at("PROCESSING"),
    approval: await at("APPROVAL"),
    approvalMany: await at("APPROVAL"),
    issued: await at("ISSUED"),
    toRevoke: await at("ISSUED"),
  };
  // The survey is scheduled, so that photos and the report can be recorded.
  await scheduleSurvey({
    actor: c.educationTechnical.actor,
    applicationId: file.survey.id,
    input: ZScheduleSurveySchema.parse({ scheduledFor: `${localToday("Asia/Jakarta")}T00:00`, place: "Lokasi sekolah", members: [c.educationTechnical.actor.id] }),
  });
  const document = await db().applicationDocument.findFirstOrThrow({ where: { applicationId: file.submitted.id, supersededAt: null } });
  const documentKey = (await db().permitTypeVersion.findUniqueOrThrow({ where: { id: file.draft.permitTypeVersionId } })).documents as { key: string }[];

  // A business with two certified medium-low activities (whose commitments wait), an activity no rule covers
  // waiting for the back office, one the back office set to medium-low awaiting the declaration, and a draft.
  const business = await createBusiness({ actor: owner, input: ZSaveBusinessSchema.parse(PROFILE) });
  await addActivity({ actor: owner, businessId: business.id, input: activityInput("10710") });
  await addActivity({ actor: owner, businessId: business.id, input: activityInput("10710") });
  await addActivity({ actor: owner, businessId: business.id, input: activityInput("32903") });
  await addActivity({ actor: owner, businessId: business.id, input: activityInput("32903") });
  await submitActivities({ actor: owner, businessId: business.id, declaration: true });
  const [manual, toDeclare] = await db().businessActivity.findMany({ where: { businessId: business.id, status: "MANUAL_REVIEW" }, orderBy: { createdAt: "asc" } });
  await classifyActivityManually({ actor: c.backOffice.actor, activityId: toDeclare!.id, input: ZClassifyActivitySchema.parse({ level: "MENENGAH_RENDAH", legalBasis: "PP 5/2021" }) });
  const draftActivity = await addActivity({ actor: owner, businessId: business.id, input: activityInput("62019") });
  const [checked, open] = await db().commitment.findMany({ where: { businessId: business.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  await submitCommitmentProof({ actor: owner, commitmentId: checked!.id, file: fakeFile("kkpr.pdf") });
  const toSubmitBusiness = await createBusiness({ actor: owner, input: ZSaveBusinessSchema.parse({ ...PROFILE, name: "CV Matriks Kedua" }) });
  await addActivity({ actor: owner, businessId: toSubmitBusiness.id, input: activityInput("62019") });

  const notification = await db().notification.findFirstOrThrow({ where: { userId: owner.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const mail = await db().outboxMail.findFirstOrThrow({ where: { officeId: c.office.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const failedMail = await db().outboxMail.update({ where: { id: (await db().outboxMail.findFirstOrThrow({ where: { officeId: c.office.id, id: { not: mail.id } } })).id }, data: { status: "FAILED" } });
  const audit = await db().auditLog.findFirstOrThrow({ where: { officeId: c.office.id } });
  const staff = await createUser({ role: "FRONT_OFFICE", officeId: c.office.id, fullName: "Petugas Untuk Diubah" });
  const holidays = await db().holiday.findMany({ where: { officeId: c.office.id }, orderBy: { date: "asc" } });
  const unconfirmed = await db().holiday.create({ data: { officeId: c.office.id, date: new Date("2030-05-01T00:00:00Z"), kind: "NATIONAL", nameId: "Uji", nameEn: "Test", confirmed: false } });
  const permitType = await db().permitType.findUniqueOrThrow({ where: { officeId_code: { officeId: c.office.id, code: "SIP-BIDAN" } } });
  return {
    file,
    document,
    documentKey: documentKey[0]!.key,
    business,
    toSubmitBusiness,
    manual: manual!,
    toDeclare: toDeclare!,
    draftActivity,
    checked: checked!,
    open: open!,
    notification,
    mail,
    failedMail,
    audit,
    staff,
    holiday: holidays[0]!,
    unconfirmed,
    permitType,
  };
}

function table(c: Cast, f: Awaited<ReturnType<typeof fixtures>>): Row[] {
  const fileReaders = (a: Advanced) => ["applicant", ...OFFICE, a.permitTypeCode === "IO-PAUD" ? "educationTechnical" : "healthTechnical"] as const;
  const officeReaders = (a: Advanced) => [...OFFICE, a.permitTypeCode === "IO-PAUD" ? "educationTechnical" : "healthTechnical"] as const;
  const ids = (list: unknown) => (list as { id: string }[]).map((x) => x.id);
  const submitted = f.file.submitted;
  return [
    // The applicant's journey
    { op: "getApplication", allow: fileReaders(submitted), run: (actor) => getApplication({ actor, applicationId: submitted.id }) },
    { op: "getApplication", allow: fileReaders(f.file.survey), run: (actor) => getApplication({ actor, applicationId: f.file.survey.id }) },
    { op: "getApplicationView", allow: fileReaders(submitted), run: (actor) => getApplicationView({ actor, applicationId: submitted.id }) },
    { op: "findMyApplications", allow: ["applicant"], run: (actor) => findMyApplications({ actor }), reached: (r) => (r as { applications: { id: string }[] }).applications.some((a) => a.id === submitted.id) },
    { op: "startApplication", allow: ["applicant", "secondApplicant"], run: (actor) => startApplication({ actor, permitTypeId: f.permitType.id }) },
    // After the row above, each applicant has a draft of the type: their own is found, nobody else's.
    { op: "findOwnDraft", allow: ["applicant", "secondApplicant"], run: (actor) => findOwnDraft({ actor, permitTypeId: f.permitType.id }), reached: (r) => r !== null },
    { op: "saveDraft", allow: ["applicant"], run: (actor) => saveDraft({ actor, applicationId: f.file.draft.id, raw: {} }) },
    { op: "findUploadTarget", allow: ["applicant"], run: (actor) => findUploadTarget({ actor, applicationId: f.file.draft.id, key: f.documentKey }) },
    { op: "attachDocument", allow: ["applicant"], run: (actor) => attachDocument({ actor, applicationId: f.file.draft.id, key: f.documentKey, file: fakeFile("ktp.pdf") }) },
    { op: "submitApplication", allow: ["applicant"], run: (actor) => submitApplication({ actor, applicationId: f.file.toSubmit.id }) },
    { op: "resubmitApplication", allow: ["applicant"], run: (actor) => resubmitApplication({ actor, applicationId: f.file.returned.id }) },
    { op: "withdrawApplication", allow: ["applicant"], run: (actor) => withdrawApplication({ actor, applicationId: f.file.toWithdraw.id }) },
    { op: "startRenewal", allow: ["applicant"], run: (actor) => startRenewal({ actor, applicationId: f.file.issued.id }) },
    { op: "findDocumentFile", allow: fileReaders(submitted), run: (actor) => findDocumentFile({ actor, documentId: f.document.id }) },
    { op: "findIssuedDocuments", allow: fileReaders(f.file.issued), run: (actor) => findIssuedDocuments({ actor, applicationId: f.file.issued.id }), reached: (r) => (r as unknown[]).length > 0 },
    { op: "findIssuedFile", allow: fileReaders(f.file.issued), run: (actor) => findIssuedFile({ actor, code: f.file.issued.permit!.code }) },

    // The office's work on a file
    { op: "getOfficeFileView", allow: officeReaders(submitted), run: (actor) => getOfficeFileView({ actor, applicationId: submitted.id }) },
    { op: "getOfficeFileView", allow: officeReaders(f.file.survey), run: (actor) => getOfficeFileView({ actor, applicationId: f.file.survey.id }) },
    {
      op: "findQueue",
      allow: ["frontOffice"],
      run: (actor) => findQueue({ actor, filter: ZQueueFilter.parse({}) }),
      reached: (r) => (r as { items: { id: string }[] }).items.some((i) => i.id === submitted.id),
    },
    {
      op: "findQueue",
      allow: ["educationTechnical"],
      run: (actor) => findQueue({ actor, filter: ZQueueFilter.parse({}) }),
      reached: (r) => (r as { items: { id: string }[] }).items.some((i) => i.id === f.file.survey.id),
    },
    {
      op: "verifyApplication",
      allow: ["frontOffice"],
      run: (actor) => verifyApplication({ actor, applicationId: f.file.toVerify.id, input: { outcome: "accept", checks: allAccepted(f.file.toVerify.permitTypeVersion) } }),
    },
    {
      op: "returnForRevision",
      allow: ["frontOffice"],
      run: (actor) => returnForRevision({ actor, applicationId: f.file.toReturn.id, items: [{ kind: "document", key: f.documentKey, reason: "Tidak terbaca." }] }),
    },
    { op: "scheduleSurvey", allow: ["educationTechnical"], run: (actor) => scheduleSurvey({ actor, applicationId: f.file.survey.id, input: ZScheduleSurveySchema.parse({ scheduledFor: `${localToday("Asia/Jakarta")}T00:00`, place: "Lokasi sekolah", members: [c.educationTechnical.actor.id] }) }) },
    { op: "findPhotoTarget", allow: ["educationTechnical"], run: (actor) => findPhotoTarget({ actor, applicationId: f.file.survey.id }) },
    { op: "addInspectionPhoto", allow: ["educationTechnical"], run: (actor) => addInspectionPhoto({ actor, applicationId: f.file.survey.id, file: { ...fakeFile("foto.jpg"), mime: "image/jpeg" } }) },
    {
      op: "recordInspection",
      allow: ["educationTechnical"],
      run: (actor) =>
        recordInspection({
          actor,
          applicationId: f.file.survey.id,
          input: ZRecordInspectionSchema.parse({ results: [], findings: "Sesuai.", recommendation: "APPROVE", visitedAt: `${localToday("Asia/Jakarta")}T00:00`, signers: [0] }),
        }),
    },
    { op: "prepareDecision", allow: ["backOffice"], run: (actor) => prepareDecision({ actor, applicationId: f.file.processing.id, input: ZPrepareDecisionSchema.parse({ validFrom: "2026-12-01", validUntil: "" }) }) },
    { op: "previewPermit", allow: ["backOffice", "head"], run: (actor) => previewPermit({ actor, applicationId: f.file.approval.id }) },
    { op: "approveApplication", allow: ["head"], run: (actor) => approveApplication({ actor, applicationId: f.file.approval.id }) },
    { op: "approveMany", allow: ["head"], run: (actor) => approveMany({ actor, applicationIds: [f.file.approvalMany.id] }), reached: (r) => (r as { ok: boolean }[])[0]!.ok },
    // The back office works the file at PROCESSING, and the head may reject at any stage.
    { op: "rejectApplication", allow: ["backOffice", "head"], run: (actor) => rejectApplication({ actor, applicationId: f.file.toReject.id, reason: "Tidak memenuhi syarat." }) },
    { op: "revokePermit", allow: ["head"], run: (actor) => revokePermit({ actor, applicationId: f.file.toRevoke.id, reason: "Dicabut." }) },
    { op: "findFlaggedLapses", allow: ["head", "secondOfficeHead"], run: (actor) => findFlaggedLapses({ actor }) },

    // Business licensing
    { op: "findMyBusinesses", allow: ["applicant"], run: (actor) => findMyBusinesses({ actor }), reached: (r) => ids(r).includes(f.business.id) },
    { op: "getBusiness", allow: ["applicant", "backOffice", "head"], run: (actor) => getBusiness({ actor, businessId: f.business.id }) },
    { op: "createBusiness", allow: ["applicant", "secondApplicant"], run: (actor) => createBusiness({ actor, input: ZSaveBusinessSchema.parse({ ...PROFILE, name: "CV Baru Matriks" }) }) },
    { op: "updateBusiness", allow: ["applicant"], run: (actor) => updateBusiness({ actor, businessId: f.business.id, input: ZSaveBusinessSchema.parse(PROFILE) }) },
    { op: "addActivity", allow: ["applicant"], run: (actor) => addActivity({ actor, businessId: f.business.id, input: activityInput("62019") }) },
    { op: "removeActivity", allow: ["applicant"], run: (actor) => removeActivity({ actor, activityId: f.draftActivity.id }) },
    { op: "submitActivities", allow: ["applicant"], run: (actor) => submitActivities({ actor, businessId: f.toSubmitBusiness.id, declaration: true }) },
    { op: "declareActivity", allow: ["applicant"], run: (actor) => declareActivity({ actor, activityId: f.toDeclare.id, declaration: true }) },
    { op: "findActivitiesForReview", allow: ["backOffice"], run: (actor) => findActivitiesForReview({ actor }), reached: (r) => ids(r).includes(f.manual.id) },
    { op: "getActivityForReview", allow: ["backOffice"], run: (actor) => getActivityForReview({ actor, activityId: f.manual.id }) },
    {
      op: "classifyActivityManually",
      allow: ["backOffice"],
      run: (actor) => classifyActivityManually({ actor, activityId: f.manual.id, input: ZClassifyActivitySchema.parse({ level: "RENDAH", legalBasis: "PP 5/2021" }) }),
    },
    { op: "countBusinessWork", allow: ["backOffice"], run: (actor) => countBusinessWork({ actor }), reached: (r) => (r as number) > 0 },
    { op: "findCommitmentsToCheck", allow: ["backOffice"], run: (actor) => findCommitmentsToCheck({ actor }), reached: (r) => ids(r).includes(f.checked.id) },
    { op: "getCommitmentForCheck", allow: ["backOffice"], run: (actor) => getCommitmentForCheck({ actor, commitmentId: f.checked.id }) },
    { op: "findCommitmentProof", allow: ["applicant", "backOffice", "head"], run: (actor) => findCommitmentProof({ actor, commitmentId: f.checked.id }) },
    { op: "checkCommitment", allow: ["backOffice"], run: (actor) => checkCommitment({ actor, commitmentId: f.checked.id, input: ZCheckCommitmentSchema.parse({ outcome: "accept" }) }) },
    { op: "findProofTarget", allow: ["applicant"], run: (actor) => findProofTarget({ actor, commitmentId: f.open.id }) },
    { op: "submitCommitmentProof", allow: ["applicant"], run: (actor) => submitCommitmentProof({ actor, commitmentId: f.open.id, file: fakeFile("pbg.pdf") }) },

    // Notifications and one's own account
    { op: "unreadCount", allow: ACCOUNTS, run: (actor) => unreadCount({ actor }) },
    { op: "findNotifications", allow: ["applicant"], run: (actor) => findNotifications({ actor, locale: "id" }), reached: (r) => (r as { items: { id: string }[] }).items.some((n) => n.id === f.notification.id) },
    { op: "openNotification", allow: ["applicant"], run: (actor) => openNotification({ actor, notificationId: f.notification.id }) },
    { op: "markAllRead", allow: ACCOUNTS, run: (actor) => markAllRead({ actor }) },
    { op: "setOwnLocale", allow: ACCOUNTS, run: (actor) => setOwnLocale({ actor, locale: "id" }) },

    // Administration of the office
    { op: "findUsers", allow: ["admin"], run: (actor) => findUsers({ actor, filter: {} }), reached: (r) => (r as { users: { id: string }[] }).users.some((u) => u.id === c.frontOffice.user.id) },
    { op: "getUser", allow: ["admin"], run: (actor) => getUser({ actor, userId: c.frontOffice.user.id }) },
    { op: "getUser", allow: ["admin"], run: (actor) => getUser({ actor, userId: c.applicant.user.id }) },
    {
      op: "createStaffUser",
      allow: ADMINS,
      run: (actor) =>
        createStaffUser({ actor, input: ZCreateStaffUserSchema.parse({ fullName: "Petugas Baru", email: `petugas.${actor?.id ?? "tanpa-akun"}@contoh.id`, role: "FRONT_OFFICE", agencyId: "", password: "RahasiaKuat2026" }) }),
    },
    { op: "updateStaffUser", allow: ["admin"], run: (actor) => updateStaffUser({ actor, input: { userId: f.staff.id, role: "BACK_OFFICE", agencyId: null } }) },
    { op: "setUserActive", allow: ["admin"], run: (actor) => setUserActive({ actor, userId: f.staff.id, active: true }) },
    { op: "findAgencies", allow: ["admin"], run: (actor) => findAgencies({ actor }), reached: (r) => ids(r).includes(c.agencies.health.id) },
    { op: "findAuditLog", allow: ["admin"], run: (actor) => findAuditLog({ actor }), reached: (r) => (r as { entries: { officeId: string | null }[] }).entries.some((e) => e.officeId === c.office.id) },
    { op: "findOutbox", allow: ["admin"], run: (actor) => findOutbox({ actor }), reached: (r) => (r as { items: { id: string }[] }).items.some((m) => m.id === f.mail.id) },
    { op: "getOutboxMail", allow: ["admin"], run: (actor) => getOutboxMail({ actor, mailId: f.mail.id }) },
    { op: "retryMail", allow: ["admin"], run: (actor) => retryMail({ actor, mailId: f.failedMail.id }) },
    { op: "findHolidays", allow: ["admin"], run: (actor) => findHolidays({ actor, year: 2026 }), reached: (r) => (r as { holidays: { id: string }[] }).holidays.some((h) => h.id === f.holiday.id) },
    { op: "countUnconfirmedHolidays", allow: ADMINS, run: (actor) => countUnconfirmedHolidays({ actor }) },
    { op: "createHoliday", allow: ADMINS, run: (actor) => createHoliday({ actor, input: ZCreateHolidaySchema.parse({ date: "2031-01-02", kind: "NATIONAL", nameId: "Uji", nameEn: "Test" }) }) },
    {
      op: "confirmHolidays",
      allow: ["admin"],
      run: (actor) => confirmHolidays({ actor, ids: [f.unconfirmed.id] }),
      reached: async () => (await db().holiday.findUniqueOrThrow({ where: { id: f.unconfirmed.id } })).confirmed,
    },
    { op: "deleteHoliday", allow: ["admin"], run: (actor) => deleteHoliday({ actor, id: f.holiday.id }) },
    { op: "getWorkWeek", allow: ADMINS, run: (actor) => getWorkWeek({ actor }) },
    { op: "setWorkWeek", allow: ADMINS, run: (actor) => setWorkWeek({ actor, days: [1, 2, 3, 4, 5] }) },
    { op: "findPermitTypesForAdmin", allow: ["admin"], run: (actor) => findPermitTypesForAdmin({ actor }), reached: (r) => JSON.stringify(r).includes(f.permitType.id) },
    { op: "getPermitTypeForAdmin", allow: ["admin"], run: (actor) => getPermitTypeForAdmin({ actor, code: "IO-PAUD" }) },
    { op: "permitTypeCodeExists", allow: ["admin"], run: (actor) => permitTypeCodeExists({ actor, code: "IO-PAUD" }), reached: (r) => r === true },
    { op: "findAgenciesForCatalogue", allow: ["admin"], run: (actor) => findAgenciesForCatalogue({ actor }), reached: (r) => ids(r).includes(c.agencies.health.id) },
    { op: "savePermitType", allow: ADMINS, run: (actor) => savePermitType({ actor, definition: { ...PERMIT_TYPES.find((p) => p.code === "SIP-BIDAN")!, code: "SIP-MATRIKS", agencyCode: "DINKES" } }) },
    // The KBLI and risk rule tables are shared reference data, kept by any office's catalogue administrator.
    { op: "exportKbliCsv", allow: ADMINS, run: (actor) => exportKbliCsv({ actor }) },
    { op: "exportRiskRulesCsv", allow: ADMINS, run: (actor) => exportRiskRulesCsv({ actor }) },
    { op: "countRiskReference", allow: ADMINS, run: (actor) => countRiskReference({ actor }) },
    { op: "importKbli", allow: ADMINS, run: async (actor) => importKbli({ actor, csv: await exportKbliCsv({ actor: c.admin.actor }) }) },
    { op: "importRiskRules", allow: ADMINS, run: async (actor) => importRiskRules({ actor, csv: await exportRiskRulesCsv({ actor: c.admin.actor }) }) },
  ];
}

/** Every page and route with an id in its address, and the operations that decide what it shows. */
const ID_ROUTES: Record<string, readonly string[]> = {
  "app/admin/mail/[id]/page.tsx": ["getOutboxMail"],
  "app/admin/permits/[code]/page.tsx": ["getPermitTypeForAdmin"],
  "app/admin/users/[id]/page.tsx": ["getUser"],
  // Any other address under /api/: a 404 for everyone, nothing to guard.
  "app/api/[...path]/route.ts": [],
  "app/api/admin/risk/[table]/route.ts": ["exportKbliCsv", "exportRiskRulesCsv"],
  "app/api/applications/[id]/documents/route.ts": ["findUploadTarget", "attachDocument"],
  "app/api/commitments/[id]/proof/route.ts": ["findProofTarget", "submitCommitmentProof", "findCommitmentProof"],
  "app/api/documents/[id]/route.ts": ["findDocumentFile"],
  "app/api/issued/[code]/route.ts": ["findIssuedFile"],
  "app/api/office/files/[id]/photos/route.ts": ["findPhotoTarget", "addInspectionPhoto"],
  "app/api/office/files/[id]/preview/route.ts": ["previewPermit"],
  "app/applications/[id]/check/page.tsx": ["getApplication"],
  "app/applications/[id]/documents/page.tsx": ["getApplication"],
  "app/applications/[id]/edit/page.tsx": ["getApplication"],
  "app/applications/[id]/page.tsx": ["getApplicationView"],
  "app/applications/[id]/receipt/page.tsx": ["getApplication"],
  "app/back-office/activities/[id]/page.tsx": ["getActivityForReview"],
  "app/back-office/commitments/[id]/page.tsx": ["getCommitmentForCheck"],
  "app/business/[id]/activities/new/page.tsx": ["getBusiness"],
  "app/business/[id]/edit/page.tsx": ["getBusiness"],
  "app/business/[id]/page.tsx": ["getBusiness"],
  "app/notifications/[id]/route.ts": ["openNotification"],
  "app/office/files/[id]/page.tsx": ["getOfficeFileView"],
  // Public: the catalogue, verification by code, the NIB check and next-auth's own endpoints.
  "app/permits/[code]/page.tsx": ["findOwnDraft"],
  "app/verify/[code]/page.tsx": [],
  "app/api/nib/[nib]/route.ts": [],
  "app/api/auth/[...nextauth]/route.ts": [],
};

function outcomeOf(result: PromiseSettledResult<unknown>): Outcome | "crashed" {
  if (result.status === "fulfilled") return "allowed";
  const error = result.reason;
  if (isAppError(error)) return ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"].includes(error.code) ? "refused" : "allowed";
  return "crashed";
}

beforeAll(async () => {
  cast = await createCast();
  rows = table(cast, await fixtures(cast));
}, 300_000);

describe("authorization matrix", () => {
  it("allows each operation to exactly the identities its row names", async () => {
    const mismatches: string[] = [];
    for (const row of rows) {
      // The refused go first: a missing check then shows as a change the allowed would find already made.
      const identities = castActors(cast).sort((a, b) => Number(row.allow.includes(a.name)) - Number(row.allow.includes(b.name)));
      for (const { name, actor } of identities) {
        const settled = await Promise.allSettled([row.run(actor as Actor)]);
        let outcome = outcomeOf(settled[0]!);
        if (outcome === "allowed" && row.reached && settled[0]!.status === "fulfilled" && !(await row.reached(settled[0]!.value))) outcome = "refused";
        const expected: Outcome = row.allow.includes(name) ? "allowed" : "refused";
        if (outcome !== expected) {
          const reason = settled[0]!.status === "rejected" ? String((settled[0]!.reason as Error)?.message ?? settled[0]!.reason).slice(0, 160) : "no error";
          mismatches.push(`${row.op} as ${name}: expected ${expected}, got ${outcome} (${reason})`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 600_000);

  it("has a row for every operation that takes an actor", () => {
    const operations = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== "generated" && entry.name !== "seed") walk(full);
        } else if (entry.name.endsWith(".ts")) {
          const source = fs.readFileSync(full, "utf8");
          // An operation takes one options object that names the actor: ({ actor, ... }: { actor: Actor; ... }).
          for (const m of source.matchAll(/export async function (\w+)\(\s*\{([^}]*)\}\s*:/g)) if (/\bactor\b/.test(m[2]!)) operations.add(m[1]!);
        }
      }
    };
    walk(path.resolve(__dirname, "../../lib"));
    const covered = new Set(rows.map((r) => r.op));
    expect([...operations].filter((op) => !covered.has(op)).sort()).toEqual([]);
    expect(operations.size).toBeGreaterThan(60);
  });

  it("names, for every page and route with an id in its address, the operations that guard it", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/^(page|route)\.tsx?$/.test(entry.name) && full.includes("[")) files.push(path.relative(path.resolve(__dirname, "../.."), full));
      }
    };
    walk(path.resolve(__dirname, "../../app"));
    expect(files.sort()).toEqual(Object.keys(ID_ROUTES).sort());
    const covered = new Set(rows.map((r) => r.op));
    for (const [file, ops] of Object.entries(ID_ROUTES)) {
      for (const op of ops) {
        expect(covered.has(op), `${file} is guarded by ${op}, which has no row`).toBe(true);
        expect(fs.readFileSync(path.resolve(__dirname, "../..", file), "utf8"), `${file} does not call ${op}`).toContain(op);
      }
    }
  });
});
