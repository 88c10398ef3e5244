import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/lib/seed/seed-demo";
import { submitApplication } from "@/lib/applications/submit-application";
import { verifyApplication } from "@/lib/review/verify-application";
import { addInspectionPhoto, recordInspection, scheduleSurvey, ZScheduleSurveySchema } from "@/lib/review/technical-review";
import { verifyIssuedDocument } from "@/lib/issuance/verify-issued-document";
import { checklistOf, documentsOf, fieldsOf } from "@/lib/catalogue/version-data";
import type { Actor } from "@/lib/auth/permissions";
import { actorOf, createUser } from "../support/factories";
import { completeDraft, fakeFile, TZ } from "../support/applications";

let applicant: Actor;
let frontOffice: Actor;
let disdik: Actor;
let dinkes: Actor;

beforeAll(async () => {
  const { officeId } = await seedDemo();
  const agencies = await db().agency.findMany();
  const agency = (code: string) => agencies.find((a) => a.code === code)!.id;
  applicant = actorOf(await createUser({ role: "APPLICANT", officeId }));
  frontOffice = actorOf(await createUser({ role: "FRONT_OFFICE", officeId }));
  disdik = actorOf(await createUser({ role: "TECHNICAL", officeId, agencyId: agency("DISDIK") }));
  dinkes = actorOf(await createUser({ role: "TECHNICAL", officeId, agencyId: agency("DINKES") }));
});

async function inTechnicalReview() {
  const draft = await completeDraft(applicant, "IO-PAUD");
  await submitApplication({ actor: applicant, applicationId: draft.id, timeZone: TZ });
  const app = await db().application.findUniqueOrThrow({ where: { id: draft.id }, include: { permitTypeVersion: true } });
  const checks = [
    ...fieldsOf(app.permitTypeVersion).map((f) => ({ kind: "field" as const, key: f.key, accepted: true })),
    ...documentsOf(app.permitTypeVersion).map((d) => ({ kind: "document" as const, key: d.key, accepted: true })),
  ];
  await verifyApplication({ actor: frontOffice, applicationId: app.id, input: { outcome: "accept", checks }, timeZone: TZ });
  return app;
}

const schedule = ZScheduleSurveySchema.parse({
  scheduledFor: "2026-11-26T09:00",
  place: "Jl. Cempaka No. 3, Kota Contoh",
  members: "Dewi Lestari, S.Pd. | Pengawas Sekolah Ahli Muda\nAgus Salim | Penilik PAUD",
});

describe("technical review", () => {
  it("schedules the survey in the office's time zone and records the BAP, which is signed and sends the file on", async () => {
    const app = await inTechnicalReview();
    const inspection = await scheduleSurvey({ actor: disdik, applicationId: app.id, input: schedule, timeZone: TZ });
    expect(inspection.scheduledFor.toISOString()).toBe("2026-11-26T02:00:00.000Z");
    const checklist = checklistOf(app.permitTypeVersion);
    expect(checklist.length).toBeGreaterThan(3);
    const result = await recordInspection({
      actor: disdik,
      applicationId: app.id,
      input: {
        results: checklist.map((_, i) => ({ result: i === 1 ? ("catatan" as const) : ("sesuai" as const), note: i === 1 ? "Ruang tidur perlu ventilasi tambahan." : undefined })),
        findings: "Sarana sesuai.\nRuang tidur perlu ventilasi tambahan.",
        recommendation: "APPROVE_WITH_CONDITIONS",
        conditions: "Menambah ventilasi ruang tidur dalam 3 bulan.",
        signers: [0, 1],
      },
      timeZone: TZ,
    });
    expect(result.number).toMatch(/^BAP\/0*1\/DISDIK\/[IVX]+\/\d{4}$/);
    const after = await db().application.findUniqueOrThrow({ where: { id: app.id } });
    expect(after.status).toBe("PROCESSING");
    expect(await verifyIssuedDocument(result.code, TZ)).toMatchObject({ kind: "INSPECTION_REPORT", signatureValid: true });
  });

  it("asks for conditions when recommending approval with conditions, and refuses other agencies", async () => {
    const app = await inTechnicalReview();
    await expect(scheduleSurvey({ actor: dinkes, applicationId: app.id, input: schedule, timeZone: TZ })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await scheduleSurvey({ actor: disdik, applicationId: app.id, input: schedule, timeZone: TZ });
    const results = checklistOf(app.permitTypeVersion).map(() => ({ result: "sesuai" as const }));
    await expect(
      recordInspection({ actor: disdik, applicationId: app.id, input: { results, findings: "x", recommendation: "APPROVE_WITH_CONDITIONS", signers: [0] }, timeZone: TZ }),
    ).rejects.toMatchObject({ fieldErrors: { conditions: "validation.inspection.conditions" } });
    await expect(
      recordInspection({ actor: dinkes, applicationId: app.id, input: { results, findings: "x", recommendation: "APPROVE", signers: [0] }, timeZone: TZ }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db().application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("TECHNICAL_REVIEW");
  });

  it("refuses a BAP before a survey is scheduled and rejects malformed team lists", async () => {
    const app = await inTechnicalReview();
    const results = checklistOf(app.permitTypeVersion).map(() => ({ result: "sesuai" as const }));
    await expect(
      recordInspection({ actor: disdik, applicationId: app.id, input: { results, findings: "x", recommendation: "APPROVE", signers: [0] }, timeZone: TZ }),
    ).rejects.toMatchObject({ messageKey: "validation.inspection.notScheduled" });
    await expect(addInspectionPhoto({ actor: disdik, applicationId: app.id, file: fakeFile("foto.jpg") })).rejects.toMatchObject({ messageKey: "validation.inspection.notScheduled" });
    expect(ZScheduleSurveySchema.safeParse({ ...schedule, scheduledFor: "2026-11-26T09:00", members: "Tanpa jabatan" }).success).toBe(false);
  });
});
