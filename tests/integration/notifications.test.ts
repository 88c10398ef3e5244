import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { rejectApplication } from "@/lib/issuance/reject-application";
import { verifyApplication } from "@/lib/review/verify-application";
import { documentsOf, fieldsOf } from "@/lib/catalogue/version-data";
import { runMailWorker, retryDelayMs } from "@/lib/notifications/mail-worker";
import { createMailTransport } from "@/lib/notifications/mail-transport";
import { findNotifications, markAllRead, openNotification, unreadCount } from "@/lib/notifications/notification-centre";
import { findOutbox, retryMail } from "@/lib/notifications/outbox-admin";
import { runReminders } from "@/lib/notifications/reminders";
import { startRenewal } from "@/lib/applications/start-renewal";
import { actorOf, createUser } from "../support/factories";
import { createCast, type Cast } from "../support/cast";
import { advanceTo } from "../support/advance-to";
import { createTestSmtp, type TestSmtp } from "../support/smtp";

let smtp: TestSmtp;
let cast: Cast;
let officeId: string;
let frontOffice: Actor;
let admin: Actor;

beforeAll(async () => {
  cast = await createCast();
  officeId = cast.office.id;
  frontOffice = cast.frontOffice.actor;
  admin = cast.admin.actor;
  smtp = await createTestSmtp();
  await smtp.start();
});

afterAll(async () => {
  await smtp.stop();
});

async function applicantIn(locale: "id" | "en", email?: string) {
  const user = await createUser({ role: "APPLICANT", officeId, ...(email ? { email } : {}) });
  await db().user.update({ where: { id: user.id }, data: { locale } });
  return actorOf(user);
}

/** Sends everything due, as the worker of one server would, and returns what it did. */
async function deliver(now = new Date()) {
  const transport = createMailTransport(smtp.url);
  try {
    return await runMailWorker({ transport, now, limit: 100 });
  } finally {
    transport?.close();
  }
}

async function clearOutbox() {
  await deliver();
  smtp.received.length = 0;
}

/** What the test server received for one person (staff also hear of files arriving in their queue). */
async function receivedBy(actor: Actor) {
  const { email } = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true } });
  return smtp.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.value.some((v) => v.address === email));
}

describe("e-mail through the outbox", () => {
  it("sends exactly one mail for a rejection, with the reason, in the applicant's language", async () => {
    const applicant = await applicantIn("en");
    const { id } = await advanceTo(cast, "SUBMITTED", { applicant });
    await clearOutbox();
    await rejectApplication({ actor: frontOffice, applicationId: id, reason: "The STR has expired." });
    expect((await deliver()).sent).toBe(1);
    expect(await deliver()).toMatchObject({ sent: 0 });
    const mails = smtp.received.filter((m) => m.subject?.includes("rejected"));
    expect(mails).toHaveLength(1);
    const user = await db().user.findUniqueOrThrow({ where: { id: applicant.id } });
    expect(mails[0]!.to).toMatchObject({ value: [{ address: user.email }] });
    expect(mails[0]!.subject).toMatch(/^Application REG-\d{4}-\d{6} was rejected$/);
    expect(mails[0]!.text).toContain("The STR has expired.");
    expect(mails[0]!.text).toContain("Dear ");
    expect(mails[0]!.html).toContain("The STR has expired.");
    // The same words in the notification centre.
    const list = await findNotifications({ actor: applicant, locale: "en" });
    expect(list.items.map((n) => n.event)).toEqual(["rejected", "submitted"]);
  });

  it("retries while the mail server is down and delivers when it is back", async () => {
    const applicant = await applicantIn("id");
    await clearOutbox();
    await smtp.stop();
    const { id } = await advanceTo(cast, "SUBMITTED", { applicant });
    const down = await deliver();
    expect(down.sent).toBe(0);
    expect(down.retried).toBeGreaterThanOrEqual(1);
    const waiting = await db().outboxMail.findFirstOrThrow({ where: { userId: applicant.id } });
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(waiting.lastError).toBeTruthy();
    // Not before its pause is over.
    await smtp.start();
    expect((await deliver()).sent).toBe(0);
    const later = new Date(Date.now() + retryDelayMs(1) + 1000);
    expect((await deliver(later)).sent).toBe(down.retried);
    expect((await receivedBy(applicant)).map((m) => m.subject)).toEqual([expect.stringMatching(/^Permohonan REG-\d{4}-\d{6} sudah diterima$/)]);
    expect(await db().outboxMail.findFirstOrThrow({ where: { userId: applicant.id } })).toMatchObject({ status: "SENT", attempts: 2 });
    expect(id).toBeTruthy();
  });

  it("never sends one message twice when two workers run at once", async () => {
    await clearOutbox();
    const applicants = await Promise.all([1, 2, 3, 4, 5].map(() => applicantIn("id")));
    const before = await db().outboxMail.count();
    for (const a of applicants) await advanceTo(cast, "SUBMITTED", { applicant: a });
    const written = (await db().outboxMail.count()) - before;
    const results = await Promise.all([deliver(), deliver(), deliver()]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(written);
    expect(smtp.received).toHaveLength(written);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(written);
    for (const a of applicants) expect(await receivedBy(a)).toHaveLength(1);
  });

  it("still sends after a restart what was committed before the process died", async () => {
    await clearOutbox();
    const applicant = await applicantIn("id");
    await advanceTo(cast, "SUBMITTED", { applicant });
    // A worker claimed the mail and died before sending: its lease runs out and another takes it.
    const claimed = await db().outboxMail.updateMany({ where: { userId: applicant.id }, data: { status: "SENDING", lockedUntil: new Date(Date.now() + 60_000), attempts: 1 } });
    expect(claimed.count).toBe(1);
    await deliver();
    expect(await receivedBy(applicant)).toHaveLength(0);
    await deliver(new Date(Date.now() + 5 * 60_000));
    expect(await receivedBy(applicant)).toHaveLength(1);
    expect(await db().outboxMail.findFirstOrThrow({ where: { userId: applicant.id } })).toMatchObject({ status: "SENT" });
  });

  it("fails a refused address at once without holding up the others, and the admin can retry it", async () => {
    await clearOutbox();
    const bouncing = await applicantIn("id", `tidak.ada.${Date.now()}@contoh.id`);
    const fine = await applicantIn("id");
    smtp.refuse.add((await db().user.findUniqueOrThrow({ where: { id: bouncing.id } })).email);
    await advanceTo(cast, "SUBMITTED", { applicant: bouncing });
    await advanceTo(cast, "SUBMITTED", { applicant: fine });
    const result = await deliver();
    expect(result.failed).toBe(1);
    expect(await receivedBy(fine)).toHaveLength(1);
    const failed = await findOutbox({ actor: admin, status: "FAILED" });
    const mail = failed.items.find((m) => m.userId === bouncing.id)!;
    expect(mail.lastError).toMatch(/550/);
    await expect(retryMail({ actor: frontOffice, mailId: mail.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    smtp.refuse.clear();
    await retryMail({ actor: admin, mailId: mail.id });
    await expect(retryMail({ actor: admin, mailId: mail.id })).rejects.toMatchObject({ messageKey: "errors.mail.notFailed" });
    await deliver();
    expect(await receivedBy(bouncing)).toHaveLength(1);
  });

  it("keeps mails for the mail log when no mail server is configured", async () => {
    await clearOutbox();
    const applicant = await applicantIn("id");
    await advanceTo(cast, "SUBMITTED", { applicant });
    const result = await runMailWorker({ transport: null, limit: 100 });
    expect(result.sent).toBe(0);
    expect(result.kept).toBeGreaterThanOrEqual(1);
    const kept = await findOutbox({ actor: admin, status: "KEPT" });
    expect(kept.items.some((m) => m.userId === applicant.id)).toBe(true);
  });
});

describe("notification centre", () => {
  it("counts unread notifications, opens one (marking it read) and marks all read; nobody sees another's", async () => {
    const applicant = await applicantIn("id");
    const other = await applicantIn("id");
    const { id } = await advanceTo(cast, "SUBMITTED", { applicant });
    const app = await db().application.findUniqueOrThrow({ where: { id }, include: { permitTypeVersion: true } });
    const checks = [
      ...fieldsOf(app.permitTypeVersion).map((f, i) => ({ kind: "field" as const, key: f.key, accepted: i !== 0, ...(i === 0 ? { reason: "Nama tidak sesuai KTP." } : {}) })),
      ...documentsOf(app.permitTypeVersion).map((d) => ({ kind: "document" as const, key: d.key, accepted: true })),
    ];
    await verifyApplication({ actor: frontOffice, applicationId: id, input: { outcome: "return", checks } });
    expect(await unreadCount({ actor: applicant })).toBe(2);
    const list = await findNotifications({ actor: applicant, locale: "id" });
    const returned = list.items.find((n) => n.event === "returned")!;
    expect(returned.line).toMatch(/perlu diperbaiki/);
    const mail = await db().outboxMail.findFirstOrThrow({ where: { userId: applicant.id, event: "returned" } });
    expect(mail.text).toContain("Nama tidak sesuai KTP.");
    await expect(openNotification({ actor: other, notificationId: returned.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await openNotification({ actor: applicant, notificationId: returned.id })).toBe(`/applications/${id}`);
    expect(await unreadCount({ actor: applicant })).toBe(1);
    await markAllRead({ actor: applicant });
    expect(await unreadCount({ actor: applicant })).toBe(0);
    // Front office staff heard of the file arriving in their queue.
    expect(await db().notification.count({ where: { userId: frontOffice.id, event: "queueArrival", applicationId: id } })).toBe(1);
  });
});

describe("reminders", () => {
  it("reminds of an expiring permit at 60 and 30 days, once each, however often it runs", async () => {
    const applicant = await applicantIn("id");
    const { id } = await advanceTo(cast, "ISSUED", { applicant, decision: { validFrom: "2021-12-01", validUntil: "2027-01-15", conditions: [] } });
    const at = (day: string) => new Date(`${day}T03:00:00Z`);
    await runReminders({ now: at("2026-11-10") });
    expect(await db().notification.count({ where: { userId: applicant.id, event: "expiring" } })).toBe(0);
    await runReminders({ now: at("2026-11-20") });
    await runReminders({ now: at("2026-11-21") });
    expect(await db().notification.count({ where: { userId: applicant.id, event: "expiring" } })).toBe(1);
    await runReminders({ now: at("2026-12-20") });
    await runReminders({ now: at("2026-12-21") });
    const reminders = await db().outboxMail.findMany({ where: { userId: applicant.id, event: "expiring" }, orderBy: { createdAt: "asc" } });
    expect(reminders).toHaveLength(2);
    expect(reminders[1]!.text).toContain("26 hari lagi");
    expect(reminders[1]!.text).toContain(`/applications/${id}`);
  });

  it("sends each officer one digest a day of files due today or late", async () => {
    const applicant = await applicantIn("id");
    const officer = actorOf(await createUser({ role: "BACK_OFFICE", officeId }));
    for (const day of ["2026-11-20", "2026-11-23", "2026-11-23"]) {
      const { id } = await advanceTo(cast, "SUBMITTED", { applicant });
      await db().application.update({ where: { id }, data: { status: "PROCESSING", dueDay: new Date(`${day}T00:00:00Z`) } });
    }
    // Not before 06:00 office time (22:30 UTC the day before is 05:30 in Jakarta), then once that day.
    await runReminders({ now: new Date("2026-11-22T22:30:00Z") });
    expect(await db().outboxMail.count({ where: { userId: officer.id, event: "dailyDigest" } })).toBe(0);
    await runReminders({ now: new Date("2026-11-23T01:00:00Z") });
    await runReminders({ now: new Date("2026-11-23T09:00:00Z") });
    const digests = await db().outboxMail.findMany({ where: { userId: officer.id, event: "dailyDigest" } });
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toMatch(/jatuh tempo/);
  });

  it("sends the digest from 06:00 on each office's own clock", async () => {
    await db().office.update({ where: { id: cast.secondOffice.id }, data: { timeZone: "Asia/Jayapura" } });
    try {
      const east = actorOf(await createUser({ role: "BACK_OFFICE", officeId: cast.secondOffice.id }));
      const west = actorOf(await createUser({ role: "BACK_OFFICE", officeId }));
      for (const office of ["first", "second"] as const) {
        const { id } = await advanceTo(cast, "SUBMITTED", { office });
        await db().application.update({ where: { id }, data: { status: "PROCESSING", dueDay: new Date("2026-12-07T00:00:00Z") } });
      }
      const digestsOf = (actor: { id: string }) => db().outboxMail.count({ where: { userId: actor.id, event: "dailyDigest" } });
      // 21:30 UTC on 6 December is 06:30 on the 7th in Jayapura but 04:30 in Jakarta.
      await runReminders({ now: new Date("2026-12-06T21:30:00Z") });
      expect([await digestsOf(east), await digestsOf(west)]).toEqual([1, 0]);
      // Two hours later it is 06:30 in Jakarta too.
      await runReminders({ now: new Date("2026-12-06T23:30:00Z") });
      expect([await digestsOf(east), await digestsOf(west)]).toEqual([1, 1]);
    } finally {
      await db().office.update({ where: { id: cast.secondOffice.id }, data: { timeZone: "Asia/Jakarta" } });
    }
  });
});

describe("renewal", () => {
  it("starts a renewal draft prefilled from an expiring permit, once, for its applicant only", async () => {
    const applicant = await applicantIn("id");
    const other = await applicantIn("id");
    const { id } = await advanceTo(cast, "ISSUED", { applicant, decision: { validFrom: "2021-12-01", validUntil: "2027-01-15", conditions: [] } });
    await expect(startRenewal({ actor: applicant, applicationId: id, now: new Date("2026-06-01T00:00:00Z") })).rejects.toMatchObject({ messageKey: "errors.renewal.notRenewable" });
    await expect(startRenewal({ actor: other, applicationId: id, now: new Date("2026-12-01T00:00:00Z") })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const draft = await startRenewal({ actor: applicant, applicationId: id, now: new Date("2026-12-01T00:00:00Z") });
    expect(await startRenewal({ actor: applicant, applicationId: id, now: new Date("2026-12-01T00:00:00Z") })).toEqual(draft);
    const [before, after] = await Promise.all([db().application.findUniqueOrThrow({ where: { id } }), db().application.findUniqueOrThrow({ where: { id: draft.id } })]);
    expect(after).toMatchObject({ status: "DRAFT", renewalOfId: id, permitTypeId: before.permitTypeId, applicantId: applicant.id });
    expect(after.data).toEqual(before.data);
  });
});
