import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyApplication, type TVerifyApplication } from "@/lib/review/verify-application";
import { findQueue } from "@/lib/review/find-queue";
import { loadWorkCalendar } from "@/lib/calendar/load-work-calendar";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { documentsOf, fieldsOf } from "@/lib/catalogue/version-data";
import type { Actor } from "@/lib/auth/permissions";
import { actorOf, createUser } from "../support/factories";
import { createCast, type Cast } from "../support/cast";
import { advanceTo } from "../support/advance-to";

let cast: Cast;
let applicant: Actor;
let frontOffice: Actor;
let frontOffice2: Actor;
let head: Actor;
let dinkes: Actor;
let disdik: Actor;

beforeAll(async () => {
  cast = await createCast();
  applicant = cast.applicant.actor;
  frontOffice = cast.frontOffice.actor;
  head = cast.head.actor;
  frontOffice2 = actorOf(await createUser({ role: "FRONT_OFFICE", officeId: cast.office.id }));
  dinkes = cast.healthTechnical.actor;
  disdik = cast.educationTechnical.actor;
});

function allChecks(version: { fields: unknown; documents: unknown }, accepted = true): TVerifyApplication["checks"] {
  return [
    ...fieldsOf(version as never).map((f) => ({ kind: "field" as const, key: f.key, accepted, reason: accepted ? undefined : "Tidak sesuai" })),
    ...documentsOf(version as never).map((d) => ({ kind: "document" as const, key: d.key, accepted: true })),
  ];
}

describe("front office verification", () => {
  it("accepts a complete file: the clock starts and the due day is set in working days", async () => {
    const app = await advanceTo(cast, "SUBMITTED");
    // Monday 23 November 2026, 10:00 in Jakarta; 3 working days -> Thursday 26 November.
    const now = new Date("2026-11-23T03:00:00Z");
    await verifyApplication({ actor: frontOffice, applicationId: app.id, input: { outcome: "accept", checks: allChecks(app.permitTypeVersion) }, now });
    const after = await db().application.findUniqueOrThrow({ where: { id: app.id }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(after.status).toBe("PROCESSING");
    expect(after.clockStartedAt?.toISOString()).toBe(now.toISOString());
    expect(after.dueDay?.toISOString().slice(0, 10)).toBe("2026-11-26");
    expect(after.events.map((e) => e.action)).toEqual(["create", "submit", "startVerification", "acceptComplete"]);
  });

  it("starts the clock on the office's own calendar day: late Thursday in Jakarta is already Friday in Jayapura", async () => {
    // Thursday 19 November 2026, 15:30 UTC: 22:30 in Jakarta, 00:30 on Friday in Jayapura.
    const now = new Date("2026-11-19T15:30:00Z");
    const dueFor = async (timeZone: string) => {
      await db().office.update({ where: { id: cast.office.id }, data: { timeZone } });
      const app = await advanceTo(cast, "SUBMITTED");
      await verifyApplication({ actor: frontOffice, applicationId: app.id, input: { outcome: "accept", checks: allChecks(app.permitTypeVersion) }, now });
      const after = await db().application.findUniqueOrThrow({ where: { id: app.id }, include: { permitTypeVersion: true } });
      return { due: after.dueDay!.toISOString().slice(0, 10), slaDays: after.permitTypeVersion.slaDays };
    };
    try {
      const jakarta = await dueFor("Asia/Jakarta");
      const jayapura = await dueFor("Asia/Jayapura");
      const calendar = await loadWorkCalendar(cast.office.id);
      expect(jakarta.due).toBe(addWorkingDays("2026-11-19", jakarta.slaDays, calendar));
      expect(jayapura.due).toBe(addWorkingDays("2026-11-20", jayapura.slaDays, calendar));
      expect(jayapura.due).not.toBe(jakarta.due);
    } finally {
      await db().office.update({ where: { id: cast.office.id }, data: { timeZone: "Asia/Jakarta" } });
    }
  });

  it("sends a survey permit type to the technical review of its agency", async () => {
    const app = await advanceTo(cast, "SUBMITTED", { permitTypeCode: "IO-PAUD" });
    await verifyApplication({ actor: frontOffice, applicationId: app.id, input: { outcome: "accept", checks: allChecks(app.permitTypeVersion) } });
    expect((await db().application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("TECHNICAL_REVIEW");
    const forDisdik = await findQueue({ actor: disdik, filter: {} });
    expect(forDisdik.items.map((i) => i.id)).toContain(app.id);
    const forDinkes = await findQueue({ actor: dinkes, filter: {} });
    expect(forDinkes.items.map((i) => i.id)).not.toContain(app.id);
  });

  it("refuses to accept a file with an item not in order, or not checked at all", async () => {
    const app = await advanceTo(cast, "SUBMITTED");
    await expect(
      verifyApplication({ actor: frontOffice, applicationId: app.id, input: { outcome: "accept", checks: allChecks(app.permitTypeVersion, false) } }),
    ).rejects.toMatchObject({ messageKey: "validation.review.notAllAccepted" });
    await expect(
      verifyApplication({ actor: frontOffice, applicationId: app.id, input: { outcome: "accept", checks: allChecks(app.permitTypeVersion).slice(1) } }),
    ).rejects.toMatchObject({ messageKey: "validation.review.checkEverything" });
    expect((await db().application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("SUBMITTED");
  });

  it("takes the items not marked as in order when the officer declares everything else in order", async () => {
    const accepted = await advanceTo(cast, "SUBMITTED");
    await verifyApplication({ actor: frontOffice, applicationId: accepted.id, input: { outcome: "accept", checks: [], allInOrder: true } });
    expect((await db().application.findUniqueOrThrow({ where: { id: accepted.id } })).status).toBe("PROCESSING");
    const recorded = await db().requirementCheck.findMany({ where: { applicationId: accepted.id } });
    expect(recorded).toHaveLength(allChecks(accepted.permitTypeVersion).length);
    expect(recorded.every((c) => c.accepted && c.checkedById === frontOffice.id)).toBe(true);

    // One exception marked, the rest declared in order: the file goes back with that item alone.
    const returned = await advanceTo(cast, "SUBMITTED");
    await verifyApplication({
      actor: frontOffice,
      applicationId: returned.id,
      input: { outcome: "return", checks: [{ kind: "field", key: "strNumber", accepted: false, reason: "Nomor STR tidak terbaca." }], allInOrder: true },
    });
    expect((await db().revisionRequest.findFirstOrThrow({ where: { applicationId: returned.id } })).items).toEqual([{ kind: "field", key: "strNumber", reason: "Nomor STR tidak terbaca." }]);
    // Accepting with an exception still marked is refused.
    const flagged = await advanceTo(cast, "SUBMITTED");
    await expect(
      verifyApplication({ actor: frontOffice, applicationId: flagged.id, input: { outcome: "accept", checks: [{ kind: "field", key: "strNumber", accepted: false, reason: "x" }], allInOrder: true } }),
    ).rejects.toMatchObject({ messageKey: "validation.review.notAllAccepted" });
  });

    it("returns a file with the reasons of each flagged item for the applicant", async () => {
    const app = await advanceTo(cast, "SUBMITTED");
    const checks = allChecks(app.permitTypeVersion).map((c) => (c.key === "strNumber" ? { ...c, accepted: false, reason: "Nomor STR tidak terbaca." } : c));
    await verifyApplication({ actor: frontOffice, applicationId: app.id, input: { outcome: "return", checks } });
    const request = await db().revisionRequest.findFirstOrThrow({ where: { applicationId: app.id } });
    expect(request.items).toEqual([{ kind: "field", key: "strNumber", reason: "Nomor STR tidak terbaca." }]);
    expect((await db().application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("RETURNED");
  });

  it("rejects only with a reason", async () => {
    const app = await advanceTo(cast, "SUBMITTED");
    await expect(verifyApplication({ actor: frontOffice, applicationId: app.id, input: { outcome: "reject", checks: [] } })).rejects.toMatchObject({
      fieldErrors: { note: "validation.review.rejectReason" },
    });
    await verifyApplication({ actor: frontOffice, applicationId: app.id, input: { outcome: "reject", checks: [], note: "Tempat praktik di luar wilayah kota." } });
    const after = await db().application.findUniqueOrThrow({ where: { id: app.id }, include: { events: true } });
    expect(after.status).toBe("REJECTED");
    expect(after.events.find((e) => e.action === "reject")?.note).toBe("Tempat praktik di luar wilayah kota.");
  });

  it("lets one of two officers acting at once succeed and tells the other it was already handled", async () => {
    const app = await advanceTo(cast, "SUBMITTED");
    const input = { outcome: "accept" as const, checks: allChecks(app.permitTypeVersion) };
    const results = await Promise.allSettled([
      verifyApplication({ actor: frontOffice, applicationId: app.id, input }),
      verifyApplication({ actor: frontOffice2, applicationId: app.id, input }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(["errors.applications.alreadyHandled", "errors.applications.invalidTransition"]).toContain(failure.reason.messageKey);
    expect(await db().applicationEvent.count({ where: { applicationId: app.id, action: "acceptComplete" } })).toBe(1);
  });

  it("is not for the head or the applicant", async () => {
    const app = await advanceTo(cast, "SUBMITTED");
    const input = { outcome: "accept" as const, checks: allChecks(app.permitTypeVersion) };
    await expect(verifyApplication({ actor: head, applicationId: app.id, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(verifyApplication({ actor: applicant, applicationId: app.id, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("queues", () => {
  it("shows the front office the newly submitted files in order, and searches by number and name", async () => {
    const a = await advanceTo(cast, "SUBMITTED");
    const b = await advanceTo(cast, "SUBMITTED");
    const queue = await findQueue({ actor: frontOffice, filter: {} });
    const ids = queue.items.map((i) => i.id);
    expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(b.id));
    expect(queue.items.find((i) => i.id === a.id)?.marker).toBe("not_started");
    const byNumber = await findQueue({ actor: frontOffice, filter: { q: b.registrationNumber! } });
    expect(byNumber.items.map((i) => i.id)).toEqual([b.id]);
  });

  it("marks late, due today and on time files, and filters by marker", async () => {
    const mk = async (due: string) => {
      const app = await advanceTo(cast, "SUBMITTED", { permitTypeCode: "SIP-PERAWAT" });
      await db().application.update({ where: { id: app.id }, data: { status: "PROCESSING", clockStartedAt: new Date("2026-11-02T03:00:00Z"), dueDay: new Date(`${due}T00:00:00Z`) } });
      return app.id;
    };
    const late = await mk("2026-11-20");
    const today = await mk("2026-11-23");
    const later = await mk("2026-11-30");
    const backOffice = cast.backOffice.actor;
    const now = new Date("2026-11-23T05:00:00Z");
    const queue = await findQueue({ actor: backOffice, filter: {}, now });
    const mine = queue.items.filter((i) => [late, today, later].includes(i.id));
    expect(mine.map((i) => [i.id, i.marker])).toEqual([
      [late, "late"],
      [today, "due_today"],
      [later, "on_time"],
    ]);
    expect(mine[0]!.usedDays).toBe(15);
    const onlyLate = await findQueue({ actor: backOffice, filter: { marker: "late" }, now });
    expect(onlyLate.items.map((i) => i.id)).toContain(late);
    expect(onlyLate.items.map((i) => i.id)).not.toContain(today);
  });

  it("pages by keyset without repeating or skipping files", async () => {
    for (let i = 0; i < 30; i++) await advanceTo(cast, "SUBMITTED", { permitTypeCode: "SIP-DOKTER" });
    const first = await findQueue({ actor: frontOffice, filter: {} });
    const second = await findQueue({ actor: frontOffice, filter: { after: first.nextCursor! } });
    const all = [...first.items, ...second.items].map((i) => i.id);
    expect(new Set(all).size).toBe(all.length);
    const total = await db().application.count({ where: { status: { in: ["SUBMITTED", "VERIFICATION"] } } });
    expect(all.length).toBe(Math.min(total, 50));
  });
});
