import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/lib/seed/seed-demo";
import { submitApplication } from "@/lib/applications/submit-application";
import { verifyApplication } from "@/lib/review/verify-application";
import { runDeadlineSweep } from "@/lib/sla/deadline-sweep";
import { verifyIssuedDocument } from "@/lib/issuance/verify-issued-document";
import { documentsOf, fieldsOf } from "@/lib/catalogue/version-data";
import type { Actor } from "@/lib/auth/permissions";
import { actorOf, createUser } from "../support/factories";
import { completeDraft, TZ } from "../support/applications";

let applicant: Actor;
let frontOffice: Actor;

beforeAll(async () => {
  const { officeId } = await seedDemo();
  applicant = actorOf(await createUser({ role: "APPLICANT", officeId }));
  await db().user.update({ where: { id: applicant.id }, data: { nik: "3273015503920001" } });
  frontOffice = actorOf(await createUser({ role: "FRONT_OFFICE", officeId }));
});

/** A file accepted on Monday 2 November 2026, 09:00 in Jakarta. */
async function accepted(code: string) {
  const draft = await completeDraft(applicant, code);
  await submitApplication({ actor: applicant, applicationId: draft.id, timeZone: TZ });
  const app = await db().application.findUniqueOrThrow({ where: { id: draft.id }, include: { permitTypeVersion: true } });
  const checks = [
    ...fieldsOf(app.permitTypeVersion).map((f) => ({ kind: "field" as const, key: f.key, accepted: true })),
    ...documentsOf(app.permitTypeVersion).map((d) => ({ kind: "document" as const, key: d.key, accepted: true })),
  ];
  await verifyApplication({ actor: frontOffice, applicationId: app.id, input: { outcome: "accept", checks }, timeZone: TZ, now: new Date("2026-11-02T02:00:00Z") });
  return db().application.findUniqueOrThrow({ where: { id: app.id } });
}

describe("deadline sweep", () => {
  it("leaves a file alone until its due day has passed, then issues a deemed-approval type automatically", async () => {
    const app = await accepted("SIP-BIDAN");
    // 3 working days from Monday 2 November: due Thursday 5 November.
    expect(app.dueDay?.toISOString().slice(0, 10)).toBe("2026-11-05");
    const onDueDay = await runDeadlineSweep({ timeZone: TZ, now: new Date("2026-11-05T15:00:00Z") }); // 22:00 in Jakarta
    expect(onDueDay.deemedApproved).not.toContain(app.id);
    const nextDay = await runDeadlineSweep({ timeZone: TZ, now: new Date("2026-11-05T17:30:00Z") }); // 00:30 on the 6th
    expect(nextDay.deemedApproved).toContain(app.id);
    const after = await db().application.findUniqueOrThrow({ where: { id: app.id }, include: { events: true, issuedDocuments: true } });
    expect(after).toMatchObject({ status: "ISSUED", deemedApproved: true });
    expect(after.events.find((e) => e.action === "deemApprove")?.actorId).toBeNull();
    const doc = after.issuedDocuments.find((d) => d.kind === "PERMIT")!;
    expect((doc.payload as { deemedApproved: boolean }).deemedApproved).toBe(true);
    expect(await verifyIssuedDocument(doc.code, TZ, new Date("2026-11-06T03:00:00Z"))).toMatchObject({ deemedApproved: true, status: "active", signatureValid: true });
  });

  it("flags a lapsed file of a type without deemed approval to the head, once", async () => {
    const app = await accepted("IO-PAUD");
    const now = new Date("2026-12-01T03:00:00Z");
    const first = await runDeadlineSweep({ timeZone: TZ, now });
    expect(first.flagged).toContain(app.id);
    const again = await runDeadlineSweep({ timeZone: TZ, now });
    expect(again.flagged).not.toContain(app.id);
    const after = await db().application.findUniqueOrThrow({ where: { id: app.id }, include: { events: true } });
    expect(after.status).toBe("TECHNICAL_REVIEW");
    expect(after.lapseFlaggedAt).not.toBeNull();
    expect(after.events.filter((e) => e.action === "flagLapse")).toHaveLength(1);
  });

  it("issues each file once when several instances sweep at the same time", async () => {
    const files = [await accepted("SIP-PERAWAT"), await accepted("SIP-PERAWAT"), await accepted("SIP-PERAWAT")];
    const now = new Date("2026-11-20T03:00:00Z");
    const runs = await Promise.all([runDeadlineSweep({ timeZone: TZ, now }), runDeadlineSweep({ timeZone: TZ, now }), runDeadlineSweep({ timeZone: TZ, now })]);
    for (const f of files) {
      expect(runs.filter((r) => r.deemedApproved.includes(f.id))).toHaveLength(1);
      expect(await db().issuedDocument.count({ where: { applicationId: f.id, kind: "PERMIT" } })).toBe(1);
    }
  });
});
