import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyIssuedDocument } from "@/lib/issuance/verify-issued-document";
import { findOwnDraft, startApplication } from "@/lib/applications/start-application";
import { saveDraft } from "@/lib/applications/save-draft";
import { submitApplication } from "@/lib/applications/submit-application";
import { getApplication } from "@/lib/applications/get-application";
import { findMyApplications } from "@/lib/applications/find-my-applications";
import { withdrawApplication } from "@/lib/applications/withdraw-application";
import { attachDocument, findDocumentFile, findUploadTarget } from "@/lib/applications/attach-document";
import { returnForRevision } from "@/lib/applications/return-for-revision";
import { resubmitApplication } from "@/lib/applications/resubmit-application";
import { trackApplication } from "@/lib/applications/track-application";
import type { Actor } from "@/lib/auth/permissions";
import { completeDraft, fakeFile, permitTypeByCode } from "../support/applications";
import { createCast, type Cast } from "../support/cast";
import { advanceTo } from "../support/advance-to";

let cast: Cast;
let officeId: string;
let applicant: Actor;
let other: Actor;
let frontOffice: Actor;
let dinkes: Actor;
let disdik: Actor;

beforeAll(async () => {
  cast = await createCast();
  officeId = cast.office.id;
  applicant = cast.applicant.actor;
  other = cast.secondApplicant.actor;
  frontOffice = cast.frontOffice.actor;
  dinkes = cast.healthTechnical.actor;
  disdik = cast.educationTechnical.actor;
});

describe("drafts", () => {
  it("starts on the permit type's current version with the applicant's own data filled in", async () => {
    const user = await db().user.update({ where: { id: applicant.id }, data: { nik: "3273011501900001", phone: "+6281234567890" } });
    const app = await startApplication({ actor: applicant, permitTypeId: (await permitTypeByCode("SIP-BIDAN")).id });
    expect(app.status).toBe("DRAFT");
    expect(app.data).toMatchObject({ fullName: user.fullName, nik: "3273011501900001", email: user.email, phone: "081234567890" });
    expect((await findMyApplications({ actor: applicant })).drafts.map((d) => d.id)).toContain(app.id);
  });

  it("resumes the applicant's latest draft of the type instead of starting another, unless another is asked for", async () => {
    const permitTypeId = (await permitTypeByCode("SIP-PERAWAT")).id;
    expect(await findOwnDraft({ actor: applicant, permitTypeId })).toBeNull();
    // Two presses at once (a double click, two tabs): one draft.
    const [first, second] = await Promise.all([startApplication({ actor: applicant, permitTypeId, resume: true }), startApplication({ actor: applicant, permitTypeId, resume: true })]);
    expect(second.id).toBe(first.id);
    expect(await db().application.count({ where: { applicantId: applicant.id, permitTypeId, status: "DRAFT" } })).toBe(1);
    expect((await findOwnDraft({ actor: applicant, permitTypeId }))?.id).toBe(first.id);
    // Someone else's draft is never resumed, and a second application is started when asked for.
    expect(await findOwnDraft({ actor: other, permitTypeId })).toBeNull();
    const another = await startApplication({ actor: applicant, permitTypeId });
    expect(another.id).not.toBe(first.id);
    expect(await db().application.count({ where: { applicantId: applicant.id, permitTypeId, status: "DRAFT" } })).toBe(2);
  });

  it("saves a draft with required fields empty, and says which ones are still missing", async () => {
    const app = await startApplication({ actor: applicant, permitTypeId: (await permitTypeByCode("SIP-BIDAN")).id });
    const result = await saveDraft({ actor: applicant, applicationId: app.id, raw: { birthPlace: "Bandung" } });
    expect(result.ok).toBe(true);
    const missing = result.ok ? result.missing.map((i) => i.field) : [];
    expect(missing).toContain("birthDate");
    expect(missing).not.toContain("birthPlace");
    expect((await db().application.findUniqueOrThrow({ where: { id: app.id } })).data).toMatchObject({ birthPlace: "Bandung" });
  });

    it("keeps malformed values out and reports them, and refuses fields the permit type does not have", async () => {
    const app = await startApplication({ actor: applicant, permitTypeId: (await permitTypeByCode("SIP-BIDAN")).id });
    const before = (await db().application.findUniqueOrThrow({ where: { id: app.id } })).data;
    const result = await saveDraft({ actor: applicant, applicationId: app.id, raw: { birthDate: "31-02-1990", salary: "1" } });
    expect(result).toEqual({
      ok: false,
      issues: [
        { field: "salary", message: "validation.unknownField" },
        { field: "birthDate", message: "validation.date" },
      ],
    });
    expect((await db().application.findUniqueOrThrow({ where: { id: app.id } })).data).toEqual(before);
  });

});

describe("submission", () => {
  it("refuses an incomplete application with every missing field and document named", async () => {
    const app = await startApplication({ actor: applicant, permitTypeId: (await permitTypeByCode("SIP-BIDAN")).id });
    const result = await submitApplication({ actor: applicant, applicationId: app.id });
    expect(result.ok).toBe(false);
    const fields = !result.ok ? result.issues.map((i) => i.field) : [];
    expect(fields).toContain("birthDate");
    expect(fields).toContain("document.strCertificate");
    expect(fields).toContain("document.healthOfficeRecommendation");
    expect(fields).not.toContain("document.professionalRecommendation");
    expect((await db().application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("DRAFT");
  });

  it("numbers 50 concurrent submissions consecutively without gaps or duplicates", async () => {
    const drafts = [];
    for (let i = 0; i < 50; i++) drafts.push(await completeDraft(applicant, "SIP-PERAWAT"));
    const counterBefore = await db().registrationCounter.findFirst({ where: { officeId } });
    const results = await Promise.all(drafts.map((d) => submitApplication({ actor: applicant, applicationId: d.id })));
    const numbers = results.map((r) => (r.ok ? r.registrationNumber : "failed"));
    expect(new Set(numbers).size).toBe(50);
    const seqs = numbers.map((n) => Number(n.split("-")[2])).sort((a, b) => a - b);
    const start = (counterBefore?.lastSeq ?? 0) + 1;
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => start + i));
    const events = await db().applicationEvent.count({ where: { action: "submit", applicationId: { in: drafts.map((d) => d.id) } } });
    expect(events).toBe(50);
  });

  it("answers a double submit with the same receipt: one application, one number", async () => {
    const app = await completeDraft(applicant);
    const [a, b] = await Promise.all([
      submitApplication({ actor: applicant, applicationId: app.id }),
      submitApplication({ actor: applicant, applicationId: app.id }),
    ]);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(a.registrationNumber).toBe(b.registrationNumber);
      expect([a.alreadySubmitted, b.alreadySubmitted].sort()).toEqual([false, true]);
    }
    expect(await db().applicationEvent.count({ where: { applicationId: app.id, action: "submit" } })).toBe(1);
  });

  it("issues an instant permit type at once", async () => {
    const app = await completeDraft(applicant, "SPPL");
    const result = await submitApplication({ actor: applicant, applicationId: app.id });
    expect(result.ok).toBe(true);
    const stored = await db().application.findUniqueOrThrow({ where: { id: app.id }, include: { events: true } });
    expect(stored.status).toBe("ISSUED");
    expect(stored.events.map((e) => e.action).sort()).toEqual(["create", "issueInstant", "submit"]);
    // Issued as a document like every permit: numbered, signed, with a PDF and a verification code.
    const permit = await db().issuedDocument.findFirstOrThrow({ where: { applicationId: app.id, kind: "PERMIT" } });
    expect(permit.fileId).toBeTruthy();
    expect((await db().storedFile.findUniqueOrThrow({ where: { id: permit.fileId } })).mime).toBe("application/pdf");
    expect(await verifyIssuedDocument(permit.code)).toMatchObject({ kind: "PERMIT", status: "active", signatureValid: true });
    expect(await db().decision.findUniqueOrThrow({ where: { applicationId: app.id } })).toMatchObject({ decreeNumber: permit.number });
  });

  it("lets anyone with the number and the token track it, and nobody without the right token", async () => {
    const app = await completeDraft(applicant);
    const result = await submitApplication({ actor: applicant, applicationId: app.id });
    if (!result.ok) throw new Error("not submitted");
    const tracked = await trackApplication({ number: result.registrationNumber.toLowerCase(), token: result.trackingToken.toLowerCase().replace("-", " ") });
    expect(tracked?.status).toBe("SUBMITTED");
    expect(tracked?.events.map((e) => e.action)).toEqual(["create", "submit"]);
    expect(JSON.stringify(tracked)).not.toContain("Contoh isian");
    expect(await trackApplication({ number: result.registrationNumber, token: "AAAAA-AAAAA" })).toBeNull();
    expect(await trackApplication({ number: "REG-2026-999999", token: result.trackingToken })).toBeNull();
  });
});

describe("privacy between applicants", () => {
  it("never lets one applicant read or change another's application or its files", async () => {
    const app = await completeDraft(applicant);
    const docId = (await db().applicationDocument.findFirstOrThrow({ where: { applicationId: app.id } })).id;
    const notFound = { code: "NOT_FOUND" };
    await expect(getApplication({ actor: other, applicationId: app.id })).rejects.toMatchObject(notFound);
    await expect(saveDraft({ actor: other, applicationId: app.id, raw: { strNumber: "X" } })).rejects.toMatchObject(notFound);
    await expect(submitApplication({ actor: other, applicationId: app.id })).rejects.toMatchObject(notFound);
    await expect(withdrawApplication({ actor: other, applicationId: app.id })).rejects.toMatchObject(notFound);
    await expect(attachDocument({ actor: other, applicationId: app.id, key: "ktp", file: fakeFile("x.pdf") })).rejects.toMatchObject(notFound);
    await expect(findUploadTarget({ actor: other, applicationId: app.id, key: "ktp" })).rejects.toMatchObject(notFound);
    await expect(findDocumentFile({ actor: other, documentId: docId })).rejects.toMatchObject(notFound);
    expect((await findMyApplications({ actor: other })).drafts.map((d) => d.id)).not.toContain(app.id);
    // Guessed ids get the same answer as real ones.
    await expect(getApplication({ actor: other, applicationId: "cm0000000000000000000000" })).rejects.toMatchObject(notFound);
    expect((await db().application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("DRAFT");
  });

  it("shows files to office staff and to the responsible agency only", async () => {
    const app = await completeDraft(applicant);
    const docId = (await db().applicationDocument.findFirstOrThrow({ where: { applicationId: app.id } })).id;
    await expect(findDocumentFile({ actor: frontOffice, documentId: docId })).resolves.toBeTruthy();
    await expect(findDocumentFile({ actor: dinkes, documentId: docId })).resolves.toBeTruthy();
    await expect(findDocumentFile({ actor: disdik, documentId: docId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getApplication({ actor: disdik, applicationId: app.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const view = await getApplication({ actor: frontOffice, applicationId: app.id });
    expect(view.isOwner).toBe(false);
    await expect(saveDraft({ actor: frontOffice, applicationId: app.id, raw: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("revision", () => {
  it("lets the applicant change only what was flagged, requires every flagged item fixed, and keeps both versions", async () => {
    const app = await completeDraft(applicant);
    const submitted = await submitApplication({ actor: applicant, applicationId: app.id });
    expect(submitted.ok).toBe(true);
    await returnForRevision({
      actor: frontOffice,
      applicationId: app.id,
      items: [
        { kind: "field", key: "strNumber", reason: "Nomor STR tidak sesuai dengan sertifikat." },
        { kind: "document", key: "photo", reason: "Foto buram." },
      ],
    });
    const returned = await getApplication({ actor: applicant, applicationId: app.id });
    expect(returned.app.status).toBe("RETURNED");
    expect(returned.revision?.items).toHaveLength(2);
    expect([...returned.editable.fields]).toEqual(["strNumber"]);

    // Not fixed yet: both items are named.
    const early = await resubmitApplication({ actor: applicant, applicationId: app.id });
    expect(early.ok ? [] : early.issues.map((i) => i.field)).toEqual(["strNumber", "document.photo"]);

    // A change to a field that was not flagged is ignored; the flagged one changes.
    await saveDraft({ actor: applicant, applicationId: app.id, raw: { strNumber: "STR-123/2026", practicePlaceName: "Lain" } });
    const data = (await db().application.findUniqueOrThrow({ where: { id: app.id } })).data as Record<string, unknown>;
    expect(data.strNumber).toBe("STR-123/2026");
    expect(data.practicePlaceName).toBe("Contoh isian");
    await expect(attachDocument({ actor: applicant, applicationId: app.id, key: "ktp", file: fakeFile("ktp.pdf") })).rejects.toMatchObject({
      messageKey: "validation.upload.notEditable",
    });
    await attachDocument({ actor: applicant, applicationId: app.id, key: "photo", file: { ...fakeFile("foto.jpg"), mime: "image/jpeg" } });

    const done = await resubmitApplication({ actor: applicant, applicationId: app.id });
    expect(done).toEqual({ ok: true });
    const after = await db().application.findUniqueOrThrow({ where: { id: app.id }, include: { events: { orderBy: { createdAt: "asc" } }, documents: true } });
    expect(after.status).toBe("VERIFICATION");
    const resubmit = after.events.find((e) => e.action === "resubmit")!;
    expect(resubmit.data).toMatchObject({ changes: [{ field: "strNumber", before: "Contoh isian", after: "STR-123/2026" }] });
    const photos = after.documents.filter((d) => d.requirementKey === "photo");
    expect(photos).toHaveLength(2);
    expect(photos.filter((p) => p.supersededAt === null)).toHaveLength(1);
  });
});

describe("withdrawal", () => {
  it("withdraws an undecided application once, and not a decided one", async () => {
    const app = await advanceTo(cast, "SUBMITTED");
    await withdrawApplication({ actor: applicant, applicationId: app.id, reason: "Pindah kota" });
    const stored = await db().application.findUniqueOrThrow({ where: { id: app.id } });
    expect(stored.status).toBe("WITHDRAWN");
    await expect(withdrawApplication({ actor: applicant, applicationId: app.id })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
  });
});

