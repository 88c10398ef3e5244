// The files and signed documents of business licensing, written inside the caller's transaction: the
// application that carries each licence (NIB, Sertifikat Standar, Izin), the NIB certificate (a new
// edition whenever the activities it lists change) and the self-declared Sertifikat Standar.
import type { Tx } from "@/lib/audit/record-audit";
import { recordSubmission } from "@/lib/applications/submit-application";
import type { BusinessActivity, BusinessActor, Kbli, Prisma } from "@/lib/db/generated/client";
import type { RiskLevel } from "@/lib/db/generated/enums";
import { renderBusinessCertificate, type BusinessCertificateActivity, type BusinessCertificateData } from "@/lib/documents/pdf/business-certificate";
import { formatDay } from "@/lib/calendar/format-date";
import { AppError } from "@/lib/errors";
import { letterheadOf } from "@/lib/issuance/office-letterhead";
import { storeGeneratedPdf } from "@/lib/issuance/store-pdf";
import { newVerificationCode, verificationUrl } from "@/lib/issuance/verification-code";
import { allocateDecreeNumber } from "@/lib/review/prepare-decision";
import { dateToDay, localToday } from "@/lib/calendar/office-day";
import { officeTimeZone } from "@/lib/calendar/office-time-zone";
import { getSigningKey } from "@/lib/signing/office-key";
import { signDocument } from "@/lib/signing/sign";
import { BUSINESS_PERMIT_CODES } from "@/lib/business/permit-codes";
import { SELF_DECLARATION } from "@/lib/business/declaration";
import { formatRupiah } from "@/lib/i18n/format";
import { FORM_LABEL_ID, LEVEL_LABEL_ID, LEVEL_OUTCOME_ID, REQUIREMENT_LABEL_ID, SCALE_LABEL_ID } from "@/lib/business/labels";
import type { BasicRequirement, BusinessScale } from "@/lib/risk/rules";

type ActivityWithKbli = BusinessActivity & { kbliRef: Kbli };
type PermitKind = keyof typeof BUSINESS_PERMIT_CODES;

async function currentPermitType(tx: Tx, officeId: string, kind: PermitKind) {
  const permitType = await tx.permitType.findUnique({
    where: { officeId_code: { officeId, code: BUSINESS_PERMIT_CODES[kind] } },
    include: { currentVersion: true },
  });
  // The seed creates these types; an office without them cannot run business licensing.
  if (!permitType?.currentVersion) throw new Error(`permit type ${BUSINESS_PERMIT_CODES[kind]} is missing in office ${officeId}`);
  return { ...permitType, currentVersion: permitType.currentVersion };
}

/** The data a business file carries: who and what, as registered (the fields of the business permit types). */
export function activityData(business: BusinessActor, activity?: ActivityWithKbli, level?: RiskLevel | null) {
  return {
    businessName: business.name,
    businessForm: FORM_LABEL_ID[business.form],
    nib: business.nib ?? "",
    ...(activity
      ? {
          kbli: activity.kbli,
          kbliTitle: activity.kbliRef.titleId,
          activityLocation: activity.location,
          scale: SCALE_LABEL_ID[activity.scale as BusinessScale] ?? activity.scale,
          riskLevel: level ? LEVEL_LABEL_ID[level] : "",
        }
      : {}),
  };
}

/**
 * Opens the file of a business licence for the business's owner, submitted at once with its
 * registration number; an instant type (NIB, self-declared standard) is issued in the same step.
 */
export async function openBusinessApplication(
  tx: Tx,
  { business, kind, agencyId, data, now }: { business: BusinessActor; kind: PermitKind; agencyId?: string; data: Record<string, string>; now: Date },
) {
  const permitType = await currentPermitType(tx, business.officeId, kind);
  const version = permitType.currentVersion;
  const app = await tx.application.create({
    data: {
      officeId: business.officeId,
      applicantId: business.ownerId,
      permitTypeId: permitType.id,
      permitTypeVersionId: version.id,
      agencyId: agencyId ?? permitType.agencyId,
      data: data as Prisma.InputJsonObject,
    },
    include: { office: { select: { timeZone: true } } },
  });
  await tx.applicationEvent.create({ data: { applicationId: app.id, actorId: business.ownerId, action: "create", toStatus: "DRAFT" } });
  const submitted = await recordSubmission(tx, { app, workflow: version.workflow, actorId: business.ownerId, now });
  return { id: app.id, registrationNumber: submitted.registrationNumber, permitType };
}

async function headOf(tx: Tx, officeId: string) {
  const head = await tx.user.findFirst({ where: { officeId, role: "HEAD", active: true }, orderBy: { createdAt: "asc" }, select: { id: true } });
  return head?.id ?? null;
}

function businessBlock(business: BusinessActor): BusinessCertificateData["business"] {
  return {
    name: business.name,
    form: FORM_LABEL_ID[business.form],
    address: business.address,
    npwp: business.npwp ?? undefined,
    nik: business.form === "PERORANGAN" ? (business.nik ?? undefined) : undefined,
    deed: business.deedNumber && business.deedDate ? `Akta Nomor ${business.deedNumber} tanggal ${formatDay(business.deedDate, "id")}` : undefined,
    capital: formatRupiah(Number(business.paidUpCapital), "id"),
  };
}

/** One row of a certificate's activity table. */
function activityRow(a: ActivityWithKbli, riskLevel: string, status: string): BusinessCertificateActivity {
  return { kbli: a.kbli, title: a.kbliRef.titleId, location: a.location, scale: SCALE_LABEL_ID[a.scale as BusinessScale] ?? a.scale, riskLevel, status };
}

/** One row of a certificate's commitment table. */
function commitmentRow(c: { requirement: string; dueDay: Date }, kbli: string) {
  return { requirement: REQUIREMENT_LABEL_ID[c.requirement as BasicRequirement] ?? c.requirement, kbli, due: dateToDay(c.dueDay) };
}

/** Who a business document is issued to, as signed: a person's NIK is part of it, an entity has none. */
function holderOf(business: BusinessActor) {
  return { name: business.name, nik: business.form === "PERORANGAN" ? (business.nik ?? "") : "" };
}

async function signAndStore(
  tx: Tx,
  {
    applicationId,
    kind,
    number,
    payload,
    data,
    fileName,
    uploadedById,
  }: {
    applicationId: string;
    kind: "NIB_CERTIFICATE" | "STANDARD_CERTIFICATE";
    number: string;
    payload: Record<string, unknown>;
    data: Omit<BusinessCertificateData, "verificationUrl">;
    fileName: string;
    uploadedById: string;
  },
) {
  const code = payload.code as string;
  const signed = signDocument(payload, getSigningKey());
  const pdf = await renderBusinessCertificate({ ...data, verificationUrl: verificationUrl(code) });
  const stored = await storeGeneratedPdf(pdf);
  const file = await tx.storedFile.create({ data: { ...stored, originalName: fileName, uploadedById } });
  await tx.issuedDocument.create({
    data: { code, applicationId, kind, number, payload: payload as Prisma.InputJsonValue, signature: signed.signature, keyId: signed.keyId, fileId: file.id },
  });
  return code;
}

/**
 * Issues the NIB certificate listing every registered activity of the business, superseding the
 * previous edition. The first edition also opens the NIB's own file.
 */
export async function issueNibCertificate(tx: Tx, { businessId, now }: { businessId: string; now: Date }) {
  const business = await tx.businessActor.findUniqueOrThrow({ where: { id: businessId } });
  // A business belongs to an office by id only: its zone and name are read from the office.
  const office = await tx.office.findUniqueOrThrow({ where: { id: business.officeId }, select: { name: true, timeZone: true } });
  if (!business.nib) throw new AppError("INVALID_TRANSITION", "errors.business.noNib");
  let applicationId = business.nibApplicationId;
  if (!applicationId) {
    const opened = await openBusinessApplication(tx, { business, kind: "nib", data: activityData(business), now });
    applicationId = opened.id;
    await tx.businessActor.update({ where: { id: business.id }, data: { nibApplicationId: applicationId } });
  } else {
    await tx.issuedDocument.updateMany({ where: { applicationId, kind: "NIB_CERTIFICATE", supersededAt: null }, data: { supersededAt: now } });
  }
  const activities = await tx.businessActivity.findMany({
    where: { businessId, status: { not: "DRAFT" } },
    include: { kbliRef: true },
    orderBy: [{ submittedAt: "asc" }, { createdAt: "asc" }],
  });
  const commitments = await tx.commitment.findMany({ where: { businessId, fulfilledAt: null }, include: { activity: { select: { kbli: true } } }, orderBy: { dueDay: "asc" } });
  const code = newVerificationCode();
  const { letterhead, signer, city } = await letterheadOf(tx, business.officeId, await headOf(tx, business.officeId));
  const payload = {
    kind: "nib",
    code,
    number: business.nib,
    office: office.name,
    permitType: { code: BUSINESS_PERMIT_CODES.nib, name: "Nomor Induk Berusaha (NIB)" },
    holder: holderOf(business),
    business: { form: business.form, npwp: business.npwp ?? "" },
    activities: activities.map((a) => ({ kbli: a.kbli, level: a.riskLevel })),
    issuedAt: now.toISOString(),
  };
  await signAndStore(tx, {
    applicationId,
    kind: "NIB_CERTIFICATE",
    number: business.nib,
    payload,
    fileName: `NIB-${business.nib}.pdf`,
    uploadedById: business.ownerId,
    data: {
      kind: "nib",
      office: letterhead,
      number: business.nib,
      nib: business.nib,
      business: businessBlock(business),
      activities: activities.map((a) =>
        a.riskLevel ? activityRow(a, LEVEL_LABEL_ID[a.riskLevel], LEVEL_OUTCOME_ID[a.riskLevel]) : activityRow(a, "Dalam penetapan", "Menunggu penetapan tingkat risiko oleh DPMPTSP"),
      ),
      commitments: commitments.map((c) => commitmentRow(c, c.activity.kbli)),
      issuedAt: now,
      issuedPlace: city,
      signer,
      timeZone: office.timeZone,
    },
  });
  if (business.nibApplicationId) {
    await tx.applicationEvent.create({
      data: { applicationId, action: "reissueCertificate", fromStatus: "ISSUED", toStatus: "ISSUED", data: { verificationCode: code, activities: activities.length } },
    });
  }
  return { applicationId, code };
}

/** Issues the Sertifikat Standar of a medium-low risk activity on the business's self-declaration. */
export async function issueSelfDeclaredCertificate(
  tx: Tx,
  { business, activity, now }: { business: BusinessActor; activity: ActivityWithKbli; now: Date },
) {
  const office = await tx.office.findUniqueOrThrow({ where: { id: business.officeId }, select: { name: true, timeZone: true } });
  const today = localToday(office.timeZone, now);
  const opened = await openBusinessApplication(tx, {
    business,
    kind: "selfDeclared",
    data: activityData(business, activity, "MENENGAH_RENDAH"),
    now,
  });
  const { number } = await allocateDecreeNumber(tx, opened.permitType.id, opened.permitType.currentVersion.decreeNumberTemplate, opened.permitType.code, today);
  const commitments = await tx.commitment.findMany({ where: { activityId: activity.id, fulfilledAt: null }, orderBy: { dueDay: "asc" } });
  const code = newVerificationCode();
  const { letterhead, signer, city } = await letterheadOf(tx, business.officeId, await headOf(tx, business.officeId));
  const payload = {
    kind: "standard",
    code,
    number,
    registrationNumber: opened.registrationNumber,
    office: office.name,
    permitType: { code: BUSINESS_PERMIT_CODES.selfDeclared, name: "Sertifikat Standar" },
    holder: holderOf(business),
    nib: business.nib,
    activities: [{ kbli: activity.kbli, level: "MENENGAH_RENDAH", location: activity.location }],
    statement: SELF_DECLARATION.id,
    issuedAt: now.toISOString(),
  };
  await signAndStore(tx, {
    applicationId: opened.id,
    kind: "STANDARD_CERTIFICATE",
    number,
    payload,
    fileName: `Sertifikat-Standar-${number.replace(/[^\w.-]+/g, "_")}.pdf`,
    uploadedById: business.ownerId,
    data: {
      kind: "standard",
      office: letterhead,
      number,
      nib: business.nib ?? "",
      business: businessBlock(business),
      activities: [activityRow(activity, LEVEL_LABEL_ID.MENENGAH_RENDAH, "Sertifikat Standar")],
      commitments: commitments.map((c) => commitmentRow(c, activity.kbli)),
      statement: SELF_DECLARATION.id,
      issuedAt: now,
      issuedPlace: city,
      signer,
      timeZone: office.timeZone,
    },
  });
  await tx.applicationEvent.create({
    data: { applicationId: opened.id, action: "selfDeclare", fromStatus: "ISSUED", toStatus: "ISSUED", data: { certificateNumber: number, verificationCode: code } },
  });
  return { applicationId: opened.id, number, code };
}

/**
 * The verified Sertifikat Standar of a medium-high activity, in the certificate layout, when the head
 * approves its file (`SS-VERIFIKASI`). Null when the file belongs to no activity.
 */
export async function renderVerifiedStandard(
  tx: Tx,
  { applicationId, number, issuedAt, signerId, url }: { applicationId: string; number: string; issuedAt: Date; signerId: string | null; url: string },
) {
  const activity = await tx.businessActivity.findUnique({
    where: { applicationId },
    include: { kbliRef: true, business: true, application: { select: { agency: { select: { nameId: true } } } } },
  });
  if (!activity) return null;
  const { business } = activity;
  const commitments = await tx.commitment.findMany({ where: { activityId: activity.id, fulfilledAt: null }, orderBy: { dueDay: "asc" } });
  const { letterhead, signer, city } = await letterheadOf(tx, business.officeId, signerId ?? (await headOf(tx, business.officeId)));
  const agency = activity.application?.agency.nameId ?? "dinas teknis";
  return renderBusinessCertificate({
    kind: "standard",
    office: letterhead,
    number,
    nib: business.nib ?? "",
    business: businessBlock(business),
    activities: [activityRow(activity, LEVEL_LABEL_ID.MENENGAH_TINGGI, "Sertifikat Standar (terverifikasi)")],
    commitments: commitments.map((c) => commitmentRow(c, activity.kbli)),
    note: `Sertifikat Standar ini diterbitkan setelah ${agency} memverifikasi pemenuhan standar usaha untuk kegiatan usaha dengan tingkat risiko menengah tinggi (Pasal 13 PP 5/2021).`,
    issuedAt,
    issuedPlace: city,
    signer,
    verificationUrl: url,
    timeZone: await officeTimeZone(tx, business.officeId),
  });
}
