import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addInspectionPhoto, recordInspection, scheduleSurvey, ZScheduleSurveySchema, type TScheduleSurvey } from "@/lib/review/technical-review";
import { actorOf, createUser } from "../support/factories";
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
  // A second member of the education office's team, with the position and NIP the BAP names.
  const user = await createUser({ role: "TECHNICAL", officeId: cast.office.id, agencyId: disdik.agencyId, fullName: "Agus Salim, S.Pd." });
  await db().user.update({ where: { id: user.id }, data: { position: "Penilik PAUD", nip: "199001052015031002" } });
  await db().user.update({ where: { id: disdik.id }, data: { position: "Pengawas Sekolah Ahli Muda" } });
  penilik = actorOf(user);
  schedule = ZScheduleSurveySchema.parse({ scheduledFor: "2026-11-26T09:00", place: "Jl. Cempaka No. 3, Kota Contoh", members: [disdik.id, penilik.id] });
});

// The schedule is made on 20 November (office time) for the 26th; the team is back at the office that noon.
const BEFORE = new Date("2026-11-20T03:00:00Z");
const AFTER = new Date("2026-11-26T05:00:00Z");
const VISIT = "2026-11-26T09:30";
let schedule: TScheduleSurvey;
let penilik: Actor;

describe("technical review", () => {
  it("schedules the survey in the office's time zone and records the BAP, which is signed and sends the file on", async () => {
    const app = await advanceTo(cast, "TECHNICAL_REVIEW", { permitTypeCode: "IO-PAUD" });
    const inspection = await scheduleSurvey({ actor: disdik, applicationId: app.id, input: schedule, now: BEFORE });
    expect(inspection.scheduledFor.toISOString()).toBe("2026-11-26T02:00:00.000Z");
    // The team is taken from the accounts: name, position and NIP.
    expect(inspection.members).toEqual([
      { userId: disdik.id, name: cast.educationTechnical.user.fullName, position: "Pengawas Sekolah Ahli Muda" },
      { userId: penilik.id, name: "Agus Salim, S.Pd.", position: "Penilik PAUD", nip: "199001052015031002" },
    ]);
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
        visitedAt: VISIT,
        signers: [0, 1],
      },
      now: AFTER,
    });
    expect(result.number).toMatch(/^BAP\/0*1\/DISDIK\/[IVX]+\/\d{4}$/);
    const after = await db().application.findUniqueOrThrow({ where: { id: app.id } });
    expect(after.status).toBe("PROCESSING");
    expect(await verifyIssuedDocument(result.code)).toMatchObject({ kind: "INSPECTION_REPORT", signatureValid: true });
    // The report keeps the visit as entered, not the schedule.
    const recorded = await db().inspection.findFirstOrThrow({ where: { applicationId: app.id } });
    expect(recorded.visitedAt?.toISOString()).toBe("2026-11-26T02:30:00.000Z");
    const document = await db().issuedDocument.findUniqueOrThrow({ where: { code: result.code } });
    expect(document.payload).toMatchObject({ scheduledFor: "2026-11-26T02:00:00.000Z", visitedAt: "2026-11-26T02:30:00.000Z" });
  });

  it("refuses the BAP before the scheduled start, and a visit time in the future or before the schedule, changing nothing", async () => {
    const app = await advanceTo(cast, "TECHNICAL_REVIEW", { permitTypeCode: "IO-PAUD" });
    await scheduleSurvey({ actor: disdik, applicationId: app.id, input: schedule, now: BEFORE });
    const results = checklistOf(app.permitTypeVersion).map(() => ({ result: "sesuai" as const }));
    const record = (visitedAt: string, now: Date) =>
      recordInspection({ actor: disdik, applicationId: app.id, input: { results, findings: "Sesuai.", recommendation: "APPROVE", visitedAt, signers: [0] }, now });
    // On 23 November the survey of the 26th has not happened yet, whatever time is entered.
    await expect(record(VISIT, new Date("2026-11-23T03:00:00Z"))).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { visitedAt: "validation.inspection.beforeSchedule" } });
    // One minute before the scheduled start (09:00 WIB = 02:00 UTC) is still too early.
    await expect(record("2026-11-26T08:59", new Date("2026-11-26T01:59:00Z"))).rejects.toMatchObject({ fieldErrors: { visitedAt: "validation.inspection.beforeSchedule" } });
    await expect(record("2026-11-26T12:01", AFTER)).rejects.toMatchObject({ fieldErrors: { visitedAt: "validation.inspection.visitInFuture" } });
    await expect(record("2026-11-26T08:30", AFTER)).rejects.toMatchObject({ fieldErrors: { visitedAt: "validation.inspection.visitBeforeSchedule" } });
    await expect(record("26/11/2026 09:30", AFTER)).rejects.toMatchObject({ fieldErrors: { visitedAt: "validation.date" } });
    const open = await db().inspection.findFirstOrThrow({ where: { applicationId: app.id } });
    expect(open).toMatchObject({ recordedAt: null, visitedAt: null, reportCode: null });
    expect((await db().application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("TECHNICAL_REVIEW");
    expect(await db().issuedDocument.count({ where: { applicationId: app.id, kind: "INSPECTION_REPORT" } })).toBe(0);
    // From the scheduled start on, the visit is recorded.
    await expect(record("2026-11-26T09:00", new Date("2026-11-26T02:00:00Z"))).resolves.toMatchObject({ number: expect.stringMatching(/^BAP\//) });
  });

  it("reschedules a survey only with a reason, told on the timeline with both times", async () => {
    const app = await advanceTo(cast, "TECHNICAL_REVIEW", { permitTypeCode: "IO-PAUD" });
    await scheduleSurvey({ actor: disdik, applicationId: app.id, input: schedule, now: BEFORE });
    const moved = { ...schedule, scheduledFor: "2026-11-27T13:00" };
    await expect(scheduleSurvey({ actor: disdik, applicationId: app.id, input: moved, now: BEFORE })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { reason: "validation.inspection.rescheduleReason" },
    });
    await expect(scheduleSurvey({ actor: disdik, applicationId: app.id, input: { ...moved, reason: "   " }, now: BEFORE })).rejects.toMatchObject({
      fieldErrors: { reason: "validation.inspection.rescheduleReason" },
    });
    expect((await db().inspection.findFirstOrThrow({ where: { applicationId: app.id } })).scheduledFor.toISOString()).toBe("2026-11-26T02:00:00.000Z");
    const inspection = await scheduleSurvey({ actor: disdik, applicationId: app.id, input: { ...moved, reason: "Kepala sekolah berhalangan." }, now: BEFORE });
    expect(inspection.scheduledFor.toISOString()).toBe("2026-11-27T06:00:00.000Z");
    expect(await db().inspection.count({ where: { applicationId: app.id } })).toBe(1);
    const events = await db().applicationEvent.findMany({ where: { applicationId: app.id, action: { in: ["scheduleSurvey", "rescheduleSurvey"] } }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["scheduleSurvey", "rescheduleSurvey"]);
    expect(events[1]).toMatchObject({
      note: "Kepala sekolah berhalangan.",
      data: { from: "2026-11-26T02:00:00.000Z", to: "2026-11-27T06:00:00.000Z", reason: "Kepala sekolah berhalangan." },
    });
  });

  it("schedules from the start of the office's today on, not for a day already past", async () => {
    const app = await advanceTo(cast, "TECHNICAL_REVIEW", { permitTypeCode: "IO-PAUD" });
    // 27 November 06:00 WIB: the 26th is past, the 27th at 00:00 is not.
    const now = new Date("2026-11-26T23:00:00Z");
    await expect(scheduleSurvey({ actor: disdik, applicationId: app.id, input: schedule, now })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { scheduledFor: "validation.inspection.scheduleInPast" },
    });
    expect(await db().inspection.count({ where: { applicationId: app.id } })).toBe(0);
    const inspection = await scheduleSurvey({ actor: disdik, applicationId: app.id, input: { ...schedule, scheduledFor: "2026-11-27T00:00" }, now });
    expect(inspection.scheduledFor.toISOString()).toBe("2026-11-26T17:00:00.000Z");
  });

  it("asks for conditions when recommending approval with conditions, and refuses other agencies", async () => {
    const app = await advanceTo(cast, "TECHNICAL_REVIEW", { permitTypeCode: "IO-PAUD" });
    await expect(scheduleSurvey({ actor: dinkes, applicationId: app.id, input: schedule, now: BEFORE })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await scheduleSurvey({ actor: disdik, applicationId: app.id, input: schedule, now: BEFORE });
    const results = checklistOf(app.permitTypeVersion).map(() => ({ result: "sesuai" as const }));
    await expect(
      recordInspection({ actor: disdik, applicationId: app.id, input: { results, findings: "x", recommendation: "APPROVE_WITH_CONDITIONS", visitedAt: VISIT, signers: [0] }, now: AFTER }),
    ).rejects.toMatchObject({ fieldErrors: { conditions: "validation.inspection.conditions" } });
    await expect(
      recordInspection({ actor: dinkes, applicationId: app.id, input: { results, findings: "x", recommendation: "APPROVE", visitedAt: VISIT, signers: [0] }, now: AFTER }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db().application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("TECHNICAL_REVIEW");
  });

  it("converts the survey time with the offset of its own date in the office's zone", async () => {
    // An office whose zone changes its offset during the year: the visit's date decides the offset.
    await db().office.update({ where: { id: cast.office.id }, data: { timeZone: "Europe/Amsterdam" } });
    try {
      const app = await advanceTo(cast, "TECHNICAL_REVIEW", { permitTypeCode: "IO-PAUD" });
      const at = async (scheduledFor: string) =>
        (await scheduleSurvey({ actor: disdik, applicationId: app.id, input: { ...schedule, scheduledFor, reason: "Jadwal sekolah berubah." }, now: new Date("2026-06-01T00:00:00Z") })).scheduledFor.toISOString();
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
      recordInspection({ actor: disdik, applicationId: app.id, input: { results, findings: "x", recommendation: "APPROVE", visitedAt: VISIT, signers: [0] }, now: AFTER }),
    ).rejects.toMatchObject({ messageKey: "validation.inspection.notScheduled" });
    await expect(addInspectionPhoto({ actor: disdik, applicationId: app.id, file: fakeFile("foto.jpg") })).rejects.toMatchObject({ messageKey: "validation.inspection.notScheduled" });
    expect(ZScheduleSurveySchema.safeParse({ ...schedule, members: [] }).success).toBe(false);
    // Only the agency's own active technical staff can be on its team.
    const inactive = await createUser({ role: "TECHNICAL", officeId: cast.office.id, agencyId: disdik.agencyId, active: false });
    for (const outsider of [dinkes.id, cast.frontOffice.actor.id, inactive.id, "tidak-ada"]) {
      await expect(scheduleSurvey({ actor: disdik, applicationId: app.id, input: { ...schedule, members: [disdik.id, outsider] }, now: BEFORE })).rejects.toMatchObject({
        fieldErrors: { members: "validation.inspection.members" },
      });
    }
    expect(await db().inspection.count({ where: { applicationId: app.id } })).toBe(0);
  });
});
