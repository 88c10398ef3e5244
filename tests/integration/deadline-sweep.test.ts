import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runDeadlineSweep } from "@/lib/sla/deadline-sweep";
import { verifyIssuedDocument } from "@/lib/issuance/verify-issued-document";
import { createCast, type Cast } from "../support/cast";
import { advanceTo } from "../support/advance-to";

let cast: Cast;

beforeAll(async () => {
  cast = await createCast();
  await db().user.update({ where: { id: cast.applicant.user.id }, data: { nik: "3273015503920001" } });
});

/** Accepted complete on Monday 2 November 2026, 09:00 in Jakarta. */
const acceptedAt = new Date("2026-11-02T02:00:00Z");

describe("deadline sweep", () => {
  it("leaves a file alone until its due day has passed, then issues a deemed-approval type automatically", async () => {
    const app = await advanceTo(cast, "PROCESSING", { permitTypeCode: "SIP-BIDAN", acceptedAt });
    // 3 working days from Monday 2 November: due Thursday 5 November.
    expect(app.dueDay?.toISOString().slice(0, 10)).toBe("2026-11-05");
    const onDueDay = await runDeadlineSweep({ now: new Date("2026-11-05T15:00:00Z") }); // 22:00 in Jakarta
    expect(onDueDay.deemedApproved).not.toContain(app.id);
    const nextDay = await runDeadlineSweep({ now: new Date("2026-11-05T17:30:00Z") }); // 00:30 on the 6th
    expect(nextDay.deemedApproved).toContain(app.id);
    const after = await db().application.findUniqueOrThrow({ where: { id: app.id }, include: { events: true, issuedDocuments: true } });
    expect(after).toMatchObject({ status: "ISSUED", deemedApproved: true });
    expect(after.events.find((e) => e.action === "deemApprove")?.actorId).toBeNull();
    const doc = after.issuedDocuments.find((d) => d.kind === "PERMIT")!;
    expect((doc.payload as { deemedApproved: boolean }).deemedApproved).toBe(true);
    expect(await verifyIssuedDocument(doc.code, new Date("2026-11-06T03:00:00Z"))).toMatchObject({ deemedApproved: true, status: "active", signatureValid: true });
  });

  it("flags a lapsed file of a type without deemed approval to the head, once", async () => {
    const app = await advanceTo(cast, "TECHNICAL_REVIEW", { permitTypeCode: "IO-PAUD", acceptedAt });
    const now = new Date("2026-12-01T03:00:00Z");
    const first = await runDeadlineSweep({ now });
    expect(first.flagged).toContain(app.id);
    const again = await runDeadlineSweep({ now });
    expect(again.flagged).not.toContain(app.id);
    const after = await db().application.findUniqueOrThrow({ where: { id: app.id }, include: { events: true } });
    expect(after.status).toBe("TECHNICAL_REVIEW");
    expect(after.lapseFlaggedAt).not.toBeNull();
    expect(after.events.filter((e) => e.action === "flagLapse")).toHaveLength(1);
  });

  it("issues each file once when several instances sweep at the same time", async () => {
    const accepted = () => advanceTo(cast, "PROCESSING", { permitTypeCode: "SIP-PERAWAT", acceptedAt });
    const files = [await accepted(), await accepted(), await accepted()];
    const now = new Date("2026-11-20T03:00:00Z");
    const runs = await Promise.all([runDeadlineSweep({ now }), runDeadlineSweep({ now }), runDeadlineSweep({ now })]);
    for (const f of files) {
      expect(runs.filter((r) => r.deemedApproved.includes(f.id))).toHaveLength(1);
      expect(await db().issuedDocument.count({ where: { applicationId: f.id, kind: "PERMIT" } })).toBe(1);
    }
  });

  it("lets a deadline lapse at midnight in the office's own zone", async () => {
    const app = await advanceTo(cast, "PROCESSING", { permitTypeCode: "SIP-BIDAN", acceptedAt });
    expect(app.dueDay?.toISOString().slice(0, 10)).toBe("2026-11-05");
    // 15:30 UTC on 5 November is 22:30 that day in Jakarta but already 00:30 on the 6th in Jayapura.
    const now = new Date("2026-11-05T15:30:00Z");
    expect((await runDeadlineSweep({ now })).deemedApproved).not.toContain(app.id);
    await db().office.update({ where: { id: cast.office.id }, data: { timeZone: "Asia/Jayapura" } });
    try {
      expect((await runDeadlineSweep({ now })).deemedApproved).toContain(app.id);
    } finally {
      await db().office.update({ where: { id: cast.office.id }, data: { timeZone: "Asia/Jakarta" } });
    }
  });
});
