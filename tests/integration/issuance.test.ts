import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { defaultValidity } from "@/lib/review/prepare-decision";
import { approveApplication, approveMany } from "@/lib/issuance/issue-permit";
import { rejectApplication } from "@/lib/issuance/reject-application";
import { revokePermit } from "@/lib/issuance/revoke-permit";
import { verifyIssuedDocument, maskName, maskNik } from "@/lib/issuance/verify-issued-document";
import type { Actor } from "@/lib/auth/permissions";
import { actorOf, createUser } from "../support/factories";
import { createCast, type Cast } from "../support/cast";
import { advanceTo } from "../support/advance-to";
import { readPdf } from "../support/read-pdf";
import { openStoredFile } from "@/lib/documents/store-upload";
import { uploadsDir } from "@/lib/applications/attach-document";

async function streamToBuffer(stream: NodeJS.ReadableStream | null): Promise<Buffer> {
  if (!stream) throw new Error("stored file missing");
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

let cast: Cast;
let applicant: Actor;
let frontOffice: Actor;
let backOffice: Actor;
let head: Actor;
let head2: Actor;

beforeAll(async () => {
  cast = await createCast();
  applicant = cast.applicant.actor;
  await db().user.update({ where: { id: applicant.id }, data: { fullName: "Siti Aminah", nik: "3273015503920001" } });
  frontOffice = cast.frontOffice.actor;
  backOffice = cast.backOffice.actor;
  head = cast.head.actor;
  head2 = actorOf(await createUser({ role: "HEAD", officeId: cast.office.id }));
});

/** A midwife permit file waiting for the head, valid five years from 24 November 2026. */
const awaitingApproval = () =>
  advanceTo(cast, "APPROVAL", { permitTypeCode: "SIP-BIDAN", decision: { ...defaultValidity("2026-11-24", 60), conditions: ["Memasang papan nama praktik."] } });

describe("decisions", () => {
  it("numbers decrees from the permit type's template and computes the default validity", async () => {
    const { decreeNumber } = await awaitingApproval();
    expect(decreeNumber).toMatch(/^503\/\d{4}\/SIPB\/DPMPTSP\/[IVX]+\/\d{4}$/);
    expect(defaultValidity("2026-11-24", 60)).toEqual({ validFrom: "2026-11-24", validUntil: "2031-11-23" });
    expect(defaultValidity("2026-01-31", 1)).toEqual({ validFrom: "2026-01-31", validUntil: "2026-02-27" });
    expect(defaultValidity("2026-11-24", null)).toEqual({ validFrom: "2026-11-24", validUntil: null });
  });
});

describe("issuance", () => {
  it("issues a signed permit that verifies, with the holder's data masked", async () => {
    const { id, decreeNumber } = await awaitingApproval();
    const issued = await approveApplication({ actor: head, applicationId: id });
    expect(issued.number).toBe(decreeNumber);
    const app = await db().application.findUniqueOrThrow({ where: { id }, include: { issuedDocuments: { include: {} } } });
    expect(app.status).toBe("ISSUED");
    expect(app.issuedDocuments).toHaveLength(1);
    const result = await verifyIssuedDocument(issued.code.toLowerCase());
    expect(result).toMatchObject({ signatureValid: true, status: "active", number: decreeNumber, holder: { name: "Si** Am****", nik: "3273********0001" } });
    // Both names of the permit type, so the page can show the reader's.
    const version = (await db().application.findUniqueOrThrow({ where: { id }, include: { permitTypeVersion: true } })).permitTypeVersion;
    expect(result!.permitTypeName).toEqual({ id: version.nameId, en: version.nameEn });
    expect(version.nameEn).not.toBe(version.nameId);
    expect(maskName("A Budi")).toBe("A* Bu**");
    expect(maskNik("123")).toBe("");
  });

  it("says so when the signed data is changed in any way, or the code is unknown", async () => {
    const { id } = await awaitingApproval();
    const issued = await approveApplication({ actor: head, applicationId: id });
    const doc = await db().issuedDocument.findUniqueOrThrow({ where: { code: issued.code } });
    const payload = doc.payload as Record<string, unknown>;
    await db().issuedDocument.update({ where: { id: doc.id }, data: { payload: { ...payload, validUntil: "2099-12-31" } } });
    expect((await verifyIssuedDocument(issued.code))?.signatureValid).toBe(false);
    await db().issuedDocument.update({ where: { id: doc.id }, data: { payload: { ...payload, holder: { name: "Siti Aminah ", nik: "3273015503920001" } } } });
    expect((await verifyIssuedDocument(issued.code))?.signatureValid).toBe(false);
    await db().issuedDocument.update({ where: { id: doc.id }, data: { payload: payload as never } });
    expect((await verifyIssuedDocument(issued.code))?.signatureValid).toBe(true);
    expect(await verifyIssuedDocument("ZZZZZZZZZZZZZZ")).toBeNull();
    expect(await verifyIssuedDocument("../etc/passwd")).toBeNull();
  });

  it("lets only one of two heads approving at once issue the permit", async () => {
    const { id } = await awaitingApproval();
    const results = await Promise.allSettled([
      approveApplication({ actor: head, applicationId: id }),
      approveApplication({ actor: head2, applicationId: id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.messageKey).toBe("errors.applications.alreadyHandled");
    expect(await db().issuedDocument.count({ where: { applicationId: id } })).toBe(1);
  });

  it("approves several at once and reports each", async () => {
    const a = await awaitingApproval();
    const b = await awaitingApproval();
    await approveApplication({ actor: head, applicationId: b.id });
    const results = await approveMany({ actor: head, applicationIds: [a.id, b.id] });
    expect(results).toEqual([
      { id: a.id, ok: true, number: a.decreeNumber },
      { id: b.id, ok: false },
    ]);
  });

  it("revokes a permit: verification then shows it revoked", async () => {
    const { id } = await awaitingApproval();
    const issued = await approveApplication({ actor: head, applicationId: id });
    await expect(revokePermit({ actor: backOffice, applicationId: id, reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await revokePermit({ actor: head, applicationId: id, reason: "Tempat praktik tidak lagi sesuai." });
    expect(await verifyIssuedDocument(issued.code)).toMatchObject({ status: "revoked", signatureValid: true, revokeReason: "Tempat praktik tidak lagi sesuai." });
  });

  it("shows an expired permit as expired", async () => {
    const { id } = await awaitingApproval();
    const issued = await approveApplication({ actor: head, applicationId: id });
    expect((await verifyIssuedDocument(issued.code, new Date("2032-01-01T00:00:00Z")))?.status).toBe("expired");
  });
});

describe("rejection", () => {
  it("needs the right role, closes the file and gives the applicant a signed letter", async () => {
    const { id } = await awaitingApproval();
    await expect(rejectApplication({ actor: frontOffice, applicationId: id, reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const letter = await rejectApplication({ actor: head, applicationId: id, reason: "STR tidak berlaku di wilayah ini." });
    const app = await db().application.findUniqueOrThrow({ where: { id }, include: { events: true } });
    expect(app.status).toBe("REJECTED");
    expect(app.events.find((e) => e.action === "reject")?.note).toBe("STR tidak berlaku di wilayah ini.");
    expect(letter.number).toMatch(/^503\/\d{4}\/PENOLAKAN\/DPMPTSP\//);
    expect(await verifyIssuedDocument(letter.code)).toMatchObject({ kind: "REJECTION_LETTER", status: "rejected", signatureValid: true });
  });

  it("names the officer who decided and signed, never the head for a front-office rejection", async () => {
    const { id } = await advanceTo(cast, "VERIFICATION", { permitTypeCode: "SIP-BIDAN" });
    const officer = await db().user.findUniqueOrThrow({ where: { id: frontOffice.id } });
    const headUser = await db().user.update({ where: { id: head.id }, data: { fullName: "Ir. Hendra Gunawan, M.Si." } });
    const letter = await rejectApplication({ actor: frontOffice, applicationId: id, reason: "KTP tidak terbaca." });
    const document = await db().issuedDocument.findUniqueOrThrow({ where: { code: letter.code } });
    const file = await db().storedFile.findUniqueOrThrow({ where: { id: document.fileId } });
    expect(document.payload).toMatchObject({ decidedBy: { name: officer.fullName, position: "Petugas front office" } });
    const { text } = await readPdf(new Uint8Array(await streamToBuffer(await openStoredFile(uploadsDir(), file.sha256))));
    expect(text).toContain(`Penolakan ini diputuskan oleh ${officer.fullName}, Petugas front office.`);
    expect(text).toContain("a.n. Kepala Dinas Penanaman Modal");
    expect(text).not.toContain(headUser.fullName);
    expect(text).not.toContain("keberatan");
  });
});

describe("preview", () => {
  it("renders the permit document for the back office and the head, marked as a preview, and not for others", async () => {
    const { previewPermit } = await import("@/lib/issuance/preview-permit");
    const { id } = await awaitingApproval();
    const pdf = await previewPermit({ actor: head, applicationId: id });
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    const { PDFDocument } = await import("pdf-lib");
    expect((await PDFDocument.load(pdf)).getTitle()).toContain("(PRATINJAU)");
    await expect(previewPermit({ actor: frontOffice, applicationId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(previewPermit({ actor: applicant, applicationId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
