import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addInspectionPhoto, recordInspection, scheduleSurvey, ZScheduleSurveySchema } from "@/lib/review/technical-review";
import { verifyIssuedDocument } from "@/lib/issuance/verify-issued-document";
import { checklistOf } from "@/lib/catalogue/version-data";
import type { Actor } from "@/lib/auth/permissions";
import { fakeFile } from "../support/applications";
import { createCast, type Cast } from "../support/cast";
import { advanceTo } from "../support/advance-to";

let cast: Cast;
let disdik: Actor;
let dinkes: Actor;

beforeAll(async () => {
  cast = await createCast();
  disdik = cast.educationTechnical.actor;
  dinkes = cast.healthTechnical.actor;
});

const schedule = ZScheduleSurveySchema.parse({
  scheduledFor: "2026-11-26T09:00",
  place: "Jl. Cempaka No. 3, Kota Contoh",
  members: "Dewi Lestari, S.Pd. | Pengawas Sekolah Ahli Muda\nAgus Salim | Penilik PAUD",
});

describe("technical review", () => {
  it("schedules the survey in the office's time zone and records the BAP, which is signed and sends the file on", async () => {
    const app = await advanceTo(cast, "TECHNICAL_REVIEW", { permitTypeCode: "IO-PAUD" });
    const inspection = await scheduleSurvey({ actor: disdik, applicationId: app.id, input: schedule });
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
    });
    expect(result.number).toMatch(/^BAP\/0*1\/DISDIK\/[IVX]+\/\d{4}$/);
    const after = await db().application.findUniqueOrThrow({ where: { id: app.id } });
    expect(after.status).toBe("PROCESSING");
    expect(await verifyIssuedDocument(result.code)).toMatchObject({ kind: "INSPECTION_REPORT", signatureValid: true });
  });

  it("asks for conditions when recommending approval with conditions, and refuses other agencies", async () => {
    const app = await advanceTo(cast, "TECHNICAL_REVIEW", { permitTypeCode: "IO-PAUD" });
    await expect(scheduleSurvey({ actor: dinkes, applicationId: app.id, input: schedule })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await scheduleSurvey({ actor: disdik, applicationId: app.id, input: schedule });
    const results = checklistOf(app.permitTypeVersion).map(() => ({ result: "sesuai" as const }));
    await expect(
      recordInspection({ actor: disdik, applicationId: app.id, input: { results, findings: "x", recommendation: "APPROVE_WITH_CONDITIONS", signers: [0] } }),
    ).rejects.toMatchObject({ fieldErrors: { conditions: "validation.inspection.conditions" } });
    await expect(
      recordInspection({ actor: dinkes, applicationId: app.id, input: { results, findings: "x", recommendation: "APPROVE", signers: [0] } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db().application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("TECHNICAL_REVIEW");
  });

  it("converts the survey time with the offset of its own date in the office's zone", async () => {
    // An office whose zone changes its offset during the year: the visit's date decides the offset.
    await db().office.update({ where: { id: cast.office.id }, data: { timeZone: "Europe/Amsterdam" } });
    try {
      const app = await advanceTo(cast, "TECHNICAL_REVIEW", { permitTypeCode: "IO-PAUD" });
      const at = async (scheduledFor: string) =>
        (await scheduleSurvey({ actor: disdik, applicationId: app.id, input: { ...schedule, scheduledFor } })).scheduledFor.toISOString();
      expect(await at("2026-07-01T10:00")).toBe("2026-07-01T08:00:00.000Z"); // summer time, UTC+2
      expect(await at("2026-12-01T10:00")).toBe("2026-12-01T09:00:00.000Z"); // winter time, UTC+1
      // The applicant is told the time on the office's clock.
      const told = await db().notification.findFirst({ where: { applicationId: app.id, event: "surveyScheduled", userId: cast.applicant.actor.id }, orderBy: { createdAt: "desc" } });
      expect(JSON.stringify(told?.params)).toContain("10.00");
    } finally {
      await db().office.update({ where: { id: cast.office.id }, data: { timeZone: "Asia/Jakarta" } });
    }
  });

  it("refuses a BAP before a survey is scheduled and rejects malformed team lists", async () => {
    const app = await advanceTo(cast, "TECHNICAL_REVIEW", { permitTypeCode: "IO-PAUD" });
    const results = checklistOf(app.permitTypeVersion).map(() => ({ result: "sesuai" as const }));
    await expect(
      recordInspection({ actor: disdik, applicationId: app.id, input: { results, findings: "x", recommendation: "APPROVE", signers: [0] } }),
    ).rejects.toMatchObject({ messageKey: "validation.inspection.notScheduled" });
    await expect(addInspectionPhoto({ actor: disdik, applicationId: app.id, file: fakeFile("foto.jpg") })).rejects.toMatchObject({ messageKey: "validation.inspection.notScheduled" });
    expect(ZScheduleSurveySchema.safeParse({ ...schedule, scheduledFor: "2026-11-26T09:00", members: "Tanpa jabatan" }).success).toBe(false);
  });
});
