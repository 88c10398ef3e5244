import { describe, expect, it } from "vitest";
import { NOTIFICATION_EVENTS } from "@/lib/notifications/events";
import { notificationLine, paramsIn, renderMail } from "@/lib/notifications/render";
import { isPermanentFailure, retryDelayMs } from "@/lib/notifications/mail-worker";
import { isRenewable } from "@/lib/applications/start-renewal";
import id from "@/messages/id.json";
import en from "@/messages/en.json";

const PARAMS = {
  number: "REG-2026-000001",
  permit: { id: "Surat Izin Praktik Bidan", en: "Midwife practice permit" },
  reasons: { id: "- Nama: tidak sesuai", en: "- Name: does not match" },
  expected: { id: "1 Desember 2026", en: "1 December 2026" },
  reason: "STR habis",
  when: "Senin",
  place: "Jl. Dago",
  until: { id: "15 Januari 2027", en: "15 January 2027" },
  days: 30,
  requirement: "KKPR",
  kbli: "56101",
  due: "1 Maret 2027",
  business: "CV Roti",
  dueToday: 2,
  late: 1,
  decree: "503/7/SIP-BIDAN/DPMPTSP/XI/2026",
  date: { id: "3 Desember 2026", en: "3 December 2026" },
};

describe("notification messages", () => {
  it("exist for every event in both languages, with subject, body and action", () => {
    for (const catalogue of [id, en]) {
      const mail = catalogue.mail as Record<string, unknown>;
      for (const event of NOTIFICATION_EVENTS) expect(Object.keys(mail[event] as object).sort()).toEqual(["action", "body", "subject"]);
    }
  });

  it("render every event in both languages without a missing value", () => {
    for (const event of NOTIFICATION_EVENTS) {
      for (const locale of ["id", "en"] as const) {
        const mail = renderMail({ event, locale, params: { ...PARAMS, name: "Siti" }, url: "https://portal.example/applications/1", office: "DPMPTSP Kota Contoh", timeZone: "Asia/Jakarta" });
        expect(mail.subject).not.toMatch(/[{}]/);
        expect(mail.text).not.toMatch(/[{}]/);
        expect(mail.text).toContain("https://portal.example/applications/1");
        expect(mail.html).toContain('href="https://portal.example/applications/1"');
        expect(notificationLine(event, locale, PARAMS, "Asia/Jakarta")).toBe(mail.subject);
      }
    }
  });

  it("pick text by the recipient's language and escape it in HTML", () => {
    const en1 = renderMail({ event: "rejected", locale: "en", params: { ...PARAMS, reason: "<b>late</b> & wrong" }, url: "https://x/a", office: "O", timeZone: "Asia/Jakarta" });
    expect(en1.subject).toBe("Application REG-2026-000001 was rejected");
    expect(en1.text).toContain("Midwife practice permit");
    expect(en1.html).toContain("&lt;b&gt;late&lt;/b&gt; &amp; wrong");
    expect(en1.html).not.toContain("<b>late</b>");
    expect(paramsIn(PARAMS, "id").permit).toBe("Surat Izin Praktik Bidan");
  });
});

describe("mail delivery rules", () => {
  it("waits longer after each failed attempt, at most an hour", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20)).toBe(3_600_000);
  });
  it("gives up at once only on the server's final refusal", () => {
    expect(isPermanentFailure({ responseCode: 550 })).toBe(true);
    expect(isPermanentFailure({ responseCode: 421 })).toBe(false);
    expect(isPermanentFailure(new Error("ECONNREFUSED"))).toBe(false);
  });
});

describe("renewal window", () => {
  const now = new Date("2026-11-23T00:00:00Z");
  it("opens 90 days before the end of validity and stays open after it", () => {
    expect(isRenewable({ status: "ISSUED", validUntil: new Date("2027-02-21T00:00:00Z") }, now)).toBe(true);
    expect(isRenewable({ status: "ISSUED", validUntil: new Date("2027-02-22T00:00:00Z") }, now)).toBe(false);
    expect(isRenewable({ status: "EXPIRED", validUntil: new Date("2026-01-01T00:00:00Z") }, now)).toBe(true);
    expect(isRenewable({ status: "ISSUED", validUntil: null }, now)).toBe(false);
    expect(isRenewable({ status: "REVOKED", validUntil: new Date("2026-12-01T00:00:00Z") }, now)).toBe(false);
  });
});
