import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { defaultValidity } from "@/lib/review/prepare-decision";
import { approveApplication } from "@/lib/issuance/issue-permit";
import { revokePermit } from "@/lib/issuance/revoke-permit";
import { expireLapsedPermits } from "@/lib/issuance/expire-permits";
import { verifyIssuedDocument } from "@/lib/issuance/verify-issued-document";
import { getApplicationView } from "@/lib/applications/get-application-view";
import { getOfficeFileView } from "@/lib/review/get-office-file-view";
import { createCast, type Cast } from "../support/cast";
import { advanceTo } from "../support/advance-to";

let cast: Cast;

beforeAll(async () => {
  cast = await createCast();
});

/** An issued midwife permit, valid from 24 November 2026 through 23 November 2031. */
async function issuedPermit() {
  const app = await advanceTo(cast, "APPROVAL", { permitTypeCode: "SIP-BIDAN", decision: { ...defaultValidity("2026-11-24", 60), conditions: [] } });
  const issued = await approveApplication({ actor: cast.head.actor, applicationId: app.id });
  return { id: app.id, code: issued.code };
}

const notificationsOf = (applicationId: string, event: string) => db().notification.findMany({ where: { applicationId, event } });
const mailsOf = (userId: string, event: string) => db().outboxMail.findMany({ where: { userId, event }, orderBy: { createdAt: "asc" } });

describe("revocation", () => {
  it("tells the holder in the portal and by e-mail, with the reason, the day and what they can do", async () => {
    const { id, code } = await issuedPermit();
    const before = (await mailsOf(cast.applicant.user.id, "revoked")).length;
    const now = new Date("2026-12-03T03:00:00Z");
    await revokePermit({ actor: cast.head.actor, applicationId: id, reason: "Tempat praktik tidak lagi sesuai.", now });
    const [notice] = await notificationsOf(id, "revoked");
    expect(notice).toMatchObject({ userId: cast.applicant.user.id, link: `/applications/${id}` });
    expect(notice!.params).toMatchObject({ reason: "Tempat praktik tidak lagi sesuai.", date: { id: "3 Desember 2026", en: "3 December 2026" } });
    const mails = await mailsOf(cast.applicant.user.id, "revoked");
    expect(mails).toHaveLength(before + 1);
    const mail = mails.at(-1)!;
    expect(mail.text).toContain("Tempat praktik tidak lagi sesuai.");
    expect(mail.text).toMatch(/3 (Desember|December) 2026/);
    expect(mail.text).toMatch(/hubungi kantor|contact the office/);
    expect(await verifyIssuedDocument(code, now)).toMatchObject({ status: "revoked", signatureValid: true, revokeReason: "Tempat praktik tidak lagi sesuai." });
  });
});

describe("permit expiry", () => {
  it("expires only permits whose last valid day has passed on the office's calendar, once, with an event and a notice", async () => {
    const lapsing = await issuedPermit();
    const revoked = await issuedPermit();
    await revokePermit({ actor: cast.head.actor, applicationId: revoked.id, reason: "Dicabut." });
    // 23:30 on 23 November 2031 in Jakarta: the last valid day.
    const lastDay = await expireLapsedPermits({ now: new Date("2031-11-23T16:30:00Z") });
    expect(lastDay.expired).not.toContain(lapsing.id);
    expect(await verifyIssuedDocument(lapsing.code, new Date("2031-11-23T16:30:00Z"))).toMatchObject({ status: "active" });
    // 00:30 on 24 November in Jakarta.
    const now = new Date("2031-11-23T17:30:00Z");
    const run = await expireLapsedPermits({ now });
    expect(run.expired).toContain(lapsing.id);
    expect(run.expired).not.toContain(revoked.id);
    expect((await expireLapsedPermits({ now })).expired).not.toContain(lapsing.id);

    const after = await db().application.findUniqueOrThrow({ where: { id: lapsing.id }, include: { events: true } });
    expect(after.status).toBe("EXPIRED");
    const events = after.events.filter((e) => e.action === "expire");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: null, fromStatus: "ISSUED", toStatus: "EXPIRED", data: { validUntil: "2031-11-23" } });
    const notices = await notificationsOf(lapsing.id, "expired");
    expect(notices).toHaveLength(1);
    expect(notices[0]!.params).toMatchObject({ until: { id: "23 November 2031", en: "23 November 2031" } });
    expect((await mailsOf(cast.applicant.user.id, "expired")).some((m) => m.text.includes("23 November 2031"))).toBe(true);
    expect((await db().application.findUniqueOrThrow({ where: { id: revoked.id } })).status).toBe("REVOKED");
    expect(await verifyIssuedDocument(lapsing.code, now)).toMatchObject({ status: "expired", signatureValid: true, validUntil: "2031-11-23" });
    expect(await verifyIssuedDocument(revoked.code, now)).toMatchObject({ status: "revoked" });
  });

  it("expires each permit once when several servers run the job at the same time", async () => {
    const permits = [await issuedPermit(), await issuedPermit(), await issuedPermit()];
    const now = new Date("2032-01-05T03:00:00Z");
    const runs = await Promise.all([expireLapsedPermits({ now }), expireLapsedPermits({ now }), expireLapsedPermits({ now })]);
    for (const p of permits) {
      expect(runs.filter((r) => r.expired.includes(p.id))).toHaveLength(1);
      expect(await db().applicationEvent.count({ where: { applicationId: p.id, action: "expire" } })).toBe(1);
      expect(await notificationsOf(p.id, "expired")).toHaveLength(1);
    }
  });

  it("shows the expired state alike to the holder, the office and the public", async () => {
    const permit = await issuedPermit();
    const now = new Date("2031-12-01T03:00:00Z");
    await expireLapsedPermits({ now });
    const holder = await getApplicationView({ actor: cast.applicant.actor, applicationId: permit.id, now });
    expect(holder.app.status).toBe("EXPIRED");
    expect(holder.app.events.at(-1)).toMatchObject({ action: "expire", toStatus: "EXPIRED" });
    expect(holder.issuedDocuments.map((d) => d.kind)).toContain("PERMIT");
    expect(holder.renewableUntil).not.toBeNull();
    const office = await getOfficeFileView({ actor: cast.head.actor, applicationId: permit.id, now });
    expect(office.app.status).toBe("EXPIRED");
    expect(office.actions.revoke).toBeFalsy();
    expect(await verifyIssuedDocument(permit.code, now)).toMatchObject({ status: "expired" });
  });
});
