import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { isValidNib } from "@/lib/risk/classify";
import { createBusiness, updateBusiness, ZSaveBusinessSchema } from "@/lib/business/save-business";
import { addActivity, removeActivity, ZAddActivitySchema } from "@/lib/business/activities";
import { submitActivities } from "@/lib/business/submit-activities";
import { classifyActivityManually, declareActivity, findActivitiesForReview, ZClassifyActivitySchema } from "@/lib/business/review-activity";
import { getBusiness } from "@/lib/business/get-business";
import { answersIn } from "@/lib/applications/display-value";
import { getOfficeFileView } from "@/lib/review/get-office-file-view";
import { verifyNib } from "@/lib/business/verify-nib";
import { formatNib } from "@/lib/business/nib";
import { maskName, verifyIssuedDocument } from "@/lib/issuance/verify-issued-document";
import { approveApplication } from "@/lib/issuance/issue-permit";
import { checkCommitment, commitmentState, findCommitmentProof, findCommitmentsToCheck, submitCommitmentProof, ZCheckCommitmentSchema } from "@/lib/business/commitments";
import { fakeFile } from "../support/applications";
import { actorOf, createUser } from "../support/factories";
import { createCast, type Cast } from "../support/cast";

let cast: Cast;
let officeId: string;
let backOffice: Actor;

beforeAll(async () => {
  cast = await createCast();
  officeId = cast.office.id;
  backOffice = cast.backOffice.actor;
});

async function newApplicant() {
  return actorOf(await createUser({ role: "APPLICANT", officeId }));
}

const PERSON = {
  form: "PERORANGAN",
  name: "Warung Kopi Bu Sri",
  nik: "3273015501900001",
  address: "Jl. Cempaka No. 5, Kota Contoh",
  phone: "0812 3456 7890",
  email: "sri@contoh.id",
  paidUpCapital: "Rp 50.000.000",
  totalInvestment: "75.000.000",
};
const COMPANY = { ...PERSON, form: "CV", name: "CV Roti Enak", nik: "", deedNumber: "12", deedDate: "2024-03-03", npwp: "01.234.567.8-901.000", paidUpCapital: "3.000.000.000", totalInvestment: "4.000.000.000" };

async function businessWith(owner: Actor, profile: Record<string, string>, activities: { kbli: string; capital: string; parameters?: Record<string, string> }[]) {
  const business = await createBusiness({ actor: owner, input: ZSaveBusinessSchema.parse(profile) });
  for (const a of activities) {
    await addActivity({
      actor: owner,
      businessId: business.id,
      input: ZAddActivitySchema.parse({ kbli: a.kbli, location: "Jl. Cempaka No. 5, Kota Contoh", capital: a.capital, workers: "", parameters: a.parameters ?? {} }),
    });
  }
  return business;
}

describe("business profile", () => {
  it("refuses a wrong NPWP length, a negative or non-numeric capital and a missing deed, naming each field", () => {
    const result = ZSaveBusinessSchema.safeParse({ ...COMPANY, npwp: "12345", paidUpCapital: "-5000", totalInvestment: "lima juta", deedNumber: "" });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(issues).toMatchObject({
      npwp: "validation.npwp.length",
      paidUpCapital: "validation.rupiah.negative",
      totalInvestment: "validation.rupiah.format",
      deedNumber: "validation.business.deedNumber",
    });
    expect(ZSaveBusinessSchema.safeParse({ ...PERSON, nik: "" }).error!.issues[0]!.path).toEqual(["nik"]);
    expect(ZSaveBusinessSchema.parse({ ...COMPANY, npwp: "3273015501900001" }).npwp).toBe("3273015501900001");
  });

  it("lets one account manage several businesses, and nobody else read or change them", async () => {
    const owner = await newApplicant();
    const other = await newApplicant();
    const a = await createBusiness({ actor: owner, input: ZSaveBusinessSchema.parse(PERSON) });
    await createBusiness({ actor: owner, input: ZSaveBusinessSchema.parse(COMPANY) });
    expect(await db().businessActor.count({ where: { ownerId: owner.id } })).toBe(2);
    await expect(getBusiness({ actor: other, businessId: a.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateBusiness({ actor: other, businessId: a.id, input: ZSaveBusinessSchema.parse(PERSON) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submitActivities({ actor: other, businessId: a.id, declaration: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createBusiness({ actor: backOffice, input: ZSaveBusinessSchema.parse(PERSON) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses an unknown KBLI code and adds nothing", async () => {
    const owner = await newApplicant();
    const business = await createBusiness({ actor: owner, input: ZSaveBusinessSchema.parse(PERSON) });
    await expect(
      addActivity({ actor: owner, businessId: business.id, input: ZAddActivitySchema.parse({ kbli: "99999", location: "Jl. Cempaka No. 5, Kota Contoh", capital: "1000", workers: "", parameters: {} }) }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { kbli: "validation.business.kbliUnknown" } });
    expect(ZAddActivitySchema.safeParse({ kbli: "123", location: "Jl. Cempaka No. 5", capital: "1", workers: "", parameters: {} }).success).toBe(false);
    // A code whose rules bound a parameter needs it: the level is never guessed without it.
    await expect(
      addActivity({ actor: owner, businessId: business.id, input: ZAddActivitySchema.parse({ kbli: "47111", location: "Jl. Cempaka No. 5, Kota Contoh", capital: "1000", workers: "", parameters: {} }) }),
    ).rejects.toMatchObject({ fieldErrors: { buildingAreaM2: "validation.business.parameterRequired" } });
    expect(ZAddActivitySchema.safeParse({ kbli: "47111", location: "Jl. Cempaka No. 5, Kota", capital: "1", workers: "", parameters: { buildingAreaM2: "-4" } }).success).toBe(false);
    expect(await db().businessActivity.count({ where: { businessId: business.id } })).toBe(0);
  });
});

describe("registration by risk level", () => {
  it("issues a valid NIB and its certificate at once for a micro low-risk business", async () => {
    const owner = await newApplicant();
    const business = await businessWith(owner, PERSON, [{ kbli: "62019", capital: "50000000" }]);
    const result = await submitActivities({ actor: owner, businessId: business.id, declaration: false });
    expect(result.firstNib).toBe(true);
    expect(result.nib).toMatch(/^\d{13}$/);
    expect(isValidNib(result.nib)).toBe(true);
    expect(result.outcomes.map((o) => o.outcome)).toEqual(["active"]);
    const view = await getBusiness({ actor: owner, businessId: business.id });
    expect(view.activities[0]).toMatchObject({ riskLevel: "RENDAH", scale: "MIKRO", standing: "licensed_by_nib" });
    expect(view.certificateCode).toBeTruthy();
    const verified = await verifyIssuedDocument(view.certificateCode!);
    expect(verified).toMatchObject({
      kind: "NIB_CERTIFICATE",
      number: result.nib,
      signatureValid: true,
      status: "active",
      // Signed in Indonesian; the English name comes from the permit type it was issued under.
      permitTypeName: { id: "Nomor Induk Berusaha (NIB)", en: "Business Identification Number (NIB)" },
    });
    // The business's name is public; its owner's NIK is not.
    expect(verified!.holder).toEqual({ name: PERSON.name, nik: "3273********0001" });
    // Nothing left to submit.
    await expect(submitActivities({ actor: owner, businessId: business.id, declaration: false })).rejects.toMatchObject({ messageKey: "errors.business.nothingToSubmit" });
  });

  it("asks for the self-declaration of a medium-low activity and changes nothing without it", async () => {
    const owner = await newApplicant();
    const business = await businessWith(owner, COMPANY, [{ kbli: "10710", capital: "3000000000" }]);
    await expect(submitActivities({ actor: owner, businessId: business.id, declaration: false })).rejects.toMatchObject({
      fieldErrors: { declaration: "validation.business.declarationRequired" },
    });
    const untouched = await db().businessActor.findUniqueOrThrow({ where: { id: business.id }, include: { activities: true } });
    expect(untouched.nib).toBeNull();
    expect(untouched.activities[0]!.status).toBe("DRAFT");

    const result = await submitActivities({ actor: owner, businessId: business.id, declaration: true, now: new Date("2026-11-23T03:00:00Z") });
    expect(result.outcomes[0]!.outcome).toBe("certified");
    const view = await getBusiness({ actor: owner, businessId: business.id });
    const activity = view.activities[0]!;
    expect(activity).toMatchObject({ riskLevel: "MENENGAH_RENDAH", scale: "KECIL", standing: "certified" });
    expect(activity.document?.kind).toBe("STANDARD_CERTIFICATE");
    expect(await verifyIssuedDocument(activity.document!.code)).toMatchObject({ kind: "STANDARD_CERTIFICATE", signatureValid: true, status: "active" });
    // The rule names KKPR: a commitment due 90 days later.
    expect(view.business.commitments.map((c) => [c.requirement, c.dueDay.toISOString().slice(0, 10)])).toEqual([["KKPR", "2027-02-21"]]);
  });

  it("sends a medium-high activity for verification and a high one to the survey workflow, each to its sector's agency", async () => {
    const owner = await newApplicant();
    const business = await businessWith(owner, { ...COMPANY, name: "PT Sehat Sentosa", form: "PT", paidUpCapital: "8000000000", totalInvestment: "20000000000" }, [
      { kbli: "47111", capital: "8000000000", parameters: { buildingAreaM2: "1.200" } },
      { kbli: "86103", capital: "8000000000" },
    ]);
    const result = await submitActivities({ actor: owner, businessId: business.id, declaration: false });
    expect(result.outcomes.map((o) => o.outcome)).toEqual(["in_process", "in_process"]);
    const view = await getBusiness({ actor: owner, businessId: business.id });
    const [retail, hospital] = view.activities;
    expect(retail).toMatchObject({ riskLevel: "MENENGAH_TINGGI", standing: "pending_verification", waitingOn: "frontOffice" });
    expect(hospital).toMatchObject({ riskLevel: "TINGGI", standing: "pending_licence" });
    const apps = await db().application.findMany({
      where: { id: { in: [retail!.applicationId!, hospital!.applicationId!] } },
      include: { permitTypeVersion: { select: { workflow: true } }, agency: { select: { code: true } }, permitType: { select: { code: true } } },
    });
    const byCode = Object.fromEntries(apps.map((a) => [a.permitType.code, a]));
    expect(byCode["SS-VERIFIKASI"]).toMatchObject({ status: "SUBMITTED", applicantId: owner.id, agency: { code: "DISPERINDAG" }, permitTypeVersion: { workflow: "verification" } });
    expect(byCode["IZIN-USAHA"]).toMatchObject({ status: "SUBMITTED", agency: { code: "DINKES" }, permitTypeVersion: { workflow: "survey" } });
    expect(byCode["IZIN-USAHA"]!.data).toMatchObject({ businessName: "PT Sehat Sentosa", kbli: "86103", nib: result.nib, riskLevel: "Tinggi" });
    expect(view.business.commitments.map((c) => c.requirement).sort()).toEqual(["KKPR", "KKPR", "PBG", "PBG", "PERSETUJUAN_LINGKUNGAN"]);

    // The office's file shows the KBLI title in the reader's language.
    const file = await getOfficeFileView({ actor: cast.frontOffice.actor, applicationId: byCode["IZIN-USAHA"]!.id });
    expect(answersIn(file.app.data, file.kbli, "en")).toMatchObject({ kbli: "86103", kbliTitle: "Private hospital activities" });
    expect(answersIn(file.app.data, file.kbli, "id")).toMatchObject({ kbliTitle: "Aktivitas Rumah Sakit Swasta" });

    // Once the office approves it, the verified Sertifikat Standar is a signed certificate, not a decree.
    const head = cast.head.actor;
    const ss = byCode["SS-VERIFIKASI"]!;
    await db().application.update({ where: { id: ss.id }, data: { status: "APPROVAL" } });
    await db().decision.create({ data: { applicationId: ss.id, decreeNumber: "503/0001/SS-V/DPMPTSP/XI/2026", decreeYear: 2026, decreeSeq: 1, validFrom: new Date("2026-11-23"), preparedById: head.id } });
    const issued = await approveApplication({ actor: head, applicationId: ss.id });
    expect(await verifyIssuedDocument(issued.code)).toMatchObject({ kind: "STANDARD_CERTIFICATE", signatureValid: true, status: "active" });
    const after = await getBusiness({ actor: owner, businessId: business.id });
    expect(after.activities[0]).toMatchObject({ standing: "verified", document: { kind: "STANDARD_CERTIFICATE", code: issued.code } });
  });

  it("routes an activity no rule covers to the back office, which sets the level; the NIB stays and its certificate is re-issued", async () => {
    const owner = await newApplicant();
    const business = await businessWith(owner, PERSON, [{ kbli: "62019", capital: "50000000" }, { kbli: "32903", capital: "50000000" }]);
    const first = await submitActivities({ actor: owner, businessId: business.id, declaration: false });
    expect(first.outcomes.map((o) => o.outcome)).toEqual(["active", "manual_review"]);
    const waiting = (await findActivitiesForReview({ actor: backOffice })).find((a) => a.business.id === business.id)!;
    expect(waiting).toMatchObject({ kbli: "32903", reviewReason: "no_rule", riskLevel: null });
    const before = await getBusiness({ actor: owner, businessId: business.id });

    await expect(classifyActivityManually({ actor: owner, activityId: waiting.id, input: ZClassifyActivitySchema.parse({ level: "RENDAH", legalBasis: "x" }) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(ZClassifyActivitySchema.safeParse({ level: "TINGGI", legalBasis: "PP 5/2021" }).error!.issues[0]!.path).toEqual(["agencyId"]);
    const classified = await classifyActivityManually({
      actor: backOffice,
      activityId: waiting.id,
      input: ZClassifyActivitySchema.parse({ level: "MENENGAH_RENDAH", legalBasis: "Keputusan Kepala DPMPTSP, rapat teknis 23/11/2026", requirements: ["KKPR"] }),
    });
    expect(classified.outcome).toBe("awaiting_declaration");
    await expect(
      classifyActivityManually({ actor: backOffice, activityId: waiting.id, input: ZClassifyActivitySchema.parse({ level: "RENDAH", legalBasis: "x" }) }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    await expect(declareActivity({ actor: owner, activityId: waiting.id, declaration: false })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await declareActivity({ actor: owner, activityId: waiting.id, declaration: true })).outcome).toBe("certified");

    const after = await getBusiness({ actor: owner, businessId: business.id });
    expect(after.business.nib).toBe(first.nib);
    expect(after.activities.map((a) => a.standing)).toEqual(["licensed_by_nib", "certified"]);
    expect(after.certificateCode).not.toBe(before.certificateCode);
    expect(await verifyIssuedDocument(before.certificateCode!)).toMatchObject({ status: "superseded", signatureValid: true });
    expect(await verifyIssuedDocument(after.certificateCode!)).toMatchObject({ status: "active" });
  });

  it("keeps the NIB on later submissions and a removed draft never reaches it", async () => {
    const owner = await newApplicant();
    const business = await businessWith(owner, PERSON, [{ kbli: "62019", capital: "50000000" }]);
    const first = await submitActivities({ actor: owner, businessId: business.id, declaration: false });
    await expect(removeActivity({ actor: owner, activityId: (await db().businessActivity.findFirstOrThrow({ where: { businessId: business.id } })).id })).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
    });
    const extra = await addActivity({ actor: owner, businessId: business.id, input: ZAddActivitySchema.parse({ kbli: "47241", location: "Pasar Baru Blok C No. 7, Kota Contoh", capital: "20.000.000", workers: "2", parameters: {} }) });
    const dropped = await addActivity({ actor: owner, businessId: business.id, input: ZAddActivitySchema.parse({ kbli: "01111", location: "Desa Sukamaju RT 01, Kota Contoh", capital: "20.000.000", workers: "", parameters: { landAreaM2: "5000" } }) });
    await removeActivity({ actor: owner, activityId: dropped.id });
    const second = await submitActivities({ actor: owner, businessId: business.id, declaration: false });
    expect(second).toMatchObject({ nib: first.nib, firstNib: false });
    expect(second.outcomes.map((o) => o.activityId)).toEqual([extra.id]);
  });
});

describe("NIB", () => {
  it("gives 100 concurrent first submissions 100 distinct valid NIBs", async () => {
    const owners = await Promise.all(Array.from({ length: 100 }, () => newApplicant()));
    const businesses = [];
    for (const owner of owners) businesses.push({ owner, business: await businessWith(owner, PERSON, [{ kbli: "47241", capital: "10000000" }]) });
    const results = await Promise.all(businesses.map(({ owner, business }) => submitActivities({ actor: owner, businessId: business.id, declaration: false })));
    const nibs = results.map((r) => r.nib);
    expect(new Set(nibs).size).toBe(100);
    expect(nibs.every(isValidNib)).toBe(true);
    expect(results.every((r) => r.firstNib)).toBe(true);
  }, 300_000);

  it("verification tells a mistyped NIB from an unknown one, names the business in full and masks only its owner, a person", async () => {
    const owner = await newApplicant();
    const business = await businessWith(owner, PERSON, [{ kbli: "62019", capital: "50000000" }]);
    const { nib } = await submitActivities({ actor: owner, businessId: business.id, declaration: false });
    const typo = nib.slice(0, 12) + String((Number(nib[12]) + 1) % 10);
    expect(await verifyNib(typo)).toEqual({ valid: false, reason: "checkDigit" });
    expect(await verifyNib("12345")).toEqual({ valid: false, reason: "format" });
    expect(await verifyNib(formatNib(9_999_999_999))).toEqual({ valid: true, registered: false });
    const found = await verifyNib(nib);
    expect(found).toMatchObject({ valid: true, registered: true, business: { form: "PERORANGAN", activities: [{ kbli: "62019", riskLevel: "RENDAH" }] } });
    if (!found.valid || !found.registered) throw new Error("not registered");
    expect(found.business.name).toBe("Warung Kopi Bu Sri");
    const { fullName } = await db().user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(found.business.owner).toBe(maskName(fullName));
    expect(found.business.owner).not.toBe(fullName);
    expect(JSON.stringify(found)).not.toContain(PERSON.nik);
    // A company's NIB names no person.
    const companyOwner = await newApplicant();
    const company = await businessWith(companyOwner, COMPANY, [{ kbli: "62019", capital: "3000000000" }]);
    const companyNib = (await submitActivities({ actor: companyOwner, businessId: company.id, declaration: false })).nib;
    expect(await verifyNib(companyNib)).toMatchObject({ business: { name: "CV Roti Enak", owner: null } });
  });
});

describe("commitments", () => {
  it("are fulfilled when the back office accepts the business's proof; a refused proof says why and can be sent again", async () => {
    const owner = await newApplicant();
    const other = await newApplicant();
    const business = await businessWith(owner, COMPANY, [{ kbli: "10710", capital: "3000000000" }]);
    await submitActivities({ actor: owner, businessId: business.id, declaration: true });
    const commitment = await db().commitment.findFirstOrThrow({ where: { businessId: business.id } });
    expect(commitmentState(commitment)).toBe("open");

    await expect(submitCommitmentProof({ actor: other, commitmentId: commitment.id, file: fakeFile("kkpr.pdf") })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await submitCommitmentProof({ actor: owner, commitmentId: commitment.id, file: fakeFile("kkpr.pdf") });
    expect(commitmentState(await db().commitment.findUniqueOrThrow({ where: { id: commitment.id } }))).toBe("awaiting_check");
    expect((await findCommitmentsToCheck({ actor: backOffice })).map((c) => c.id)).toContain(commitment.id);
    expect((await findCommitmentProof({ actor: owner, commitmentId: commitment.id })).originalName).toBe("kkpr.pdf");
    await expect(findCommitmentProof({ actor: other, commitmentId: commitment.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(ZCheckCommitmentSchema.safeParse({ outcome: "refuse", reason: "" }).error!.issues[0]!.path).toEqual(["reason"]);
    await expect(checkCommitment({ actor: owner, commitmentId: commitment.id, input: ZCheckCommitmentSchema.parse({ outcome: "accept" }) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await checkCommitment({ actor: backOffice, commitmentId: commitment.id, input: ZCheckCommitmentSchema.parse({ outcome: "refuse", reason: "KKPR untuk alamat lain." }) });
    const refused = await db().commitment.findUniqueOrThrow({ where: { id: commitment.id } });
    expect(commitmentState(refused)).toBe("refused");
    expect(refused.rejectReason).toBe("KKPR untuk alamat lain.");
    const mail = await db().outboxMail.findFirstOrThrow({ where: { userId: owner.id, event: "commitmentRefused" } });
    expect(mail.text).toContain("KKPR untuk alamat lain.");

    await submitCommitmentProof({ actor: owner, commitmentId: commitment.id, file: fakeFile("kkpr-benar.pdf") });
    await checkCommitment({ actor: backOffice, commitmentId: commitment.id, input: ZCheckCommitmentSchema.parse({ outcome: "accept" }) });
    expect(commitmentState(await db().commitment.findUniqueOrThrow({ where: { id: commitment.id } }))).toBe("fulfilled");
    expect(await db().notification.count({ where: { userId: owner.id, event: "commitmentFulfilled" } })).toBe(1);
    await expect(checkCommitment({ actor: backOffice, commitmentId: commitment.id, input: ZCheckCommitmentSchema.parse({ outcome: "accept" }) })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(submitCommitmentProof({ actor: owner, commitmentId: commitment.id, file: fakeFile("lagi.pdf") })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
