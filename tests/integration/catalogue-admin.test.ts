// The catalogue editor: saving a definition makes a new version, started applications keep theirs,
// invalid definitions change nothing, only the admin may do it; and the editor's form maps to and
// from definitions without losing anything.
import { beforeAll, describe, expect, it } from "vitest";
import { initialEditorState, parseEditorForm, type EditorState } from "@/app/admin/permits/definition-form";
import { startApplication } from "@/lib/applications/start-application";
import type { Actor } from "@/lib/auth/permissions";
import { ZPermitTypeDefinition, type PermitTypeDefinition } from "@/lib/catalogue/definition";
import {
  findAgenciesForCatalogue,
  findPermitTypesForAdmin,
  getPermitTypeForAdmin,
  permitTypeCodeExists,
} from "@/lib/catalogue/find-permit-types-for-admin";
import { savePermitType } from "@/lib/catalogue/save-permit-type";
import { db } from "@/lib/db/client";
import { PERMIT_TYPES } from "@/prisma/seed/permit-types";
import { BUSINESS_PERMIT_TYPES } from "@/prisma/seed/business-permit-types";
import { createCast } from "../support/cast";

let officeId: string;
let admin: Actor;
let head: Actor;
let applicant: Actor;

beforeAll(async () => {
  const cast = await createCast();
  officeId = cast.office.id;
  admin = cast.admin.actor;
  head = cast.head.actor;
  applicant = cast.applicant.actor;
});

const current = (code: string) => getPermitTypeForAdmin({ actor: admin, code });

async function snapshot(code: string) {
  const permitType = await db().permitType.findUnique({
    where: { officeId_code: { officeId, code } },
    include: { versions: { orderBy: { version: "asc" } } },
  });
  return permitType && { currentVersionId: permitType.currentVersionId, agencyId: permitType.agencyId, versions: permitType.versions.map((v) => v.id) };
}

describe("the catalogue list", () => {
  it("shows the admin every permit type of the office with its current version", async () => {
    const list = await findPermitTypesForAdmin({ actor: admin });
    expect(list.map((p) => p.code).sort()).toEqual([...PERMIT_TYPES, ...BUSINESS_PERMIT_TYPES].map((p) => p.code).sort());
    expect(list.every((p) => p.currentVersion?.version === 1)).toBe(true);
    expect((await findAgenciesForCatalogue({ actor: admin })).map((a) => a.code)).toContain("DINKES");
  });

  it("is refused to staff without the catalogue permission", async () => {
    await expect(findPermitTypesForAdmin({ actor: head })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getPermitTypeForAdmin({ actor: head, code: "SIP-BIDAN" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(permitTypeCodeExists({ actor: head, code: "SIP-BIDAN" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("answers NOT_FOUND for an unknown code", async () => {
    await expect(current("TIDAK-ADA")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("saving a permit type", () => {
  it("creates version N+1, moves the current version, and leaves started applications on theirs", async () => {
    const before = await current("SIP-BIDAN");
    expect(before.currentVersion).toBe(1);
    const permitTypeId = before.id;
    const started = await startApplication({ actor: applicant, permitTypeId });
    const version1 = await db().permitTypeVersion.findUniqueOrThrow({ where: { id: started.permitTypeVersionId } });
    expect(version1.version).toBe(1);

    const edited: PermitTypeDefinition = {
      ...before.definition,
      slaDays: before.definition.slaDays + 2,
      feeRupiah: 25_000,
      documents: [
        ...before.definition.documents,
        { key: "suratSehat", name: { id: "Surat keterangan sehat", en: "Health certificate" }, required: true, accept: ["pdf"], maxSizeMb: 5 },
      ],
    };
    const result = await savePermitType({ actor: admin, definition: edited });
    expect(result.version).toBe(2);

    const after = await current("SIP-BIDAN");
    expect(after.currentVersion).toBe(2);
    expect(after.definition).toEqual(ZPermitTypeDefinition.parse(edited));
    expect(after.versions.map((v) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(after.versions[0]!.createdBy).not.toBeNull();
    expect(after.versions[1]!.createdBy).toBeNull();

    // The started application still points at version 1, which is unchanged.
    const application = await db().application.findUniqueOrThrow({ where: { id: started.id } });
    expect(application.permitTypeVersionId).toBe(version1.id);
    expect(await db().permitTypeVersion.findUniqueOrThrow({ where: { id: version1.id } })).toEqual(version1);
    // A new application starts on version 2.
    const next = await startApplication({ actor: applicant, permitTypeId });
    expect(next.permitTypeVersionId).not.toBe(version1.id);
    expect((await db().permitTypeVersion.findUniqueOrThrow({ where: { id: next.permitTypeVersionId } })).version).toBe(2);

    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: permitTypeId, action: "permitType.version" } });
    expect(audit).toMatchObject({ actorId: admin.id, data: { code: "SIP-BIDAN", version: 2 } });
  });

  it("creates a new permit type as version 1", async () => {
    const base = (await current("IZIN-REKLAME")).definition;
    expect(await permitTypeCodeExists({ actor: admin, code: "IZIN-SPANDUK" })).toBe(false);
    const result = await savePermitType({ actor: admin, definition: { ...base, code: "IZIN-SPANDUK", name: { id: "Izin Spanduk", en: "Banner Permit" } } });
    expect(result.version).toBe(1);
    expect(await permitTypeCodeExists({ actor: admin, code: "IZIN-SPANDUK" })).toBe(true);
    expect((await current("IZIN-SPANDUK")).definition.name.en).toBe("Banner Permit");
  });

  it("refuses invalid definitions and changes nothing", async () => {
    const base = (await current("SIP-DOKTER")).definition;
    const untouched = await snapshot("SIP-DOKTER");
    const choice = { key: "jenisPraktik", type: "choice" as const, label: { id: "Jenis praktik", en: "Kind of practice" }, required: true };
    const invalid: [string, PermitTypeDefinition, string][] = [
      ["bad code", { ...base, code: "sip dokter" }, "admin.catalogue.codeFormat"],
      ["duplicate field key", { ...base, fields: [...base.fields, { ...base.fields[0]! }] }, "admin.catalogue.duplicateKey"],
      [
        "a choice with one option",
        { ...base, fields: [...base.fields, { ...choice, options: [{ value: "mandiri", label: { id: "Mandiri", en: "Independent" } }] }] },
        "admin.catalogue.optionsMin",
      ],
      ["template without {seq}", { ...base, decreeNumberTemplate: "503/SIP-DR/DPMPTSP/{year}" }, "admin.catalogue.templateSeq"],
    ];
    for (const [, definition, message] of invalid) {
      await expect(savePermitType({ actor: admin, definition })).rejects.toMatchObject({
        issues: expect.arrayContaining([expect.objectContaining({ message })]),
      });
    }
    await expect(savePermitType({ actor: admin, definition: { ...base, agencyCode: "DINAS-FIKTIF" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { agencyCode: "admin.catalogue.unknownAgency" },
    });
    expect(await snapshot("SIP-DOKTER")).toEqual(untouched);
    expect(await snapshot("sip dokter")).toBeNull();
    // A new type with an unknown agency is not created either.
    await expect(savePermitType({ actor: admin, definition: { ...base, code: "IZIN-BARU", agencyCode: "DINAS-FIKTIF" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await snapshot("IZIN-BARU")).toBeNull();
  });

  it("is refused to a non-admin with FORBIDDEN", async () => {
    const base = (await current("SIP-PERAWAT")).definition;
    const untouched = await snapshot("SIP-PERAWAT");
    await expect(savePermitType({ actor: head, definition: { ...base, slaDays: 1 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(savePermitType({ actor: applicant, definition: { ...base, slaDays: 1 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshot("SIP-PERAWAT")).toEqual(untouched);
  });
});

describe("the editor's form", () => {
  const parseState = (state: EditorState, code?: string) => parseEditorForm(state.values, state.rows, code);

  it("gives back every seeded definition unchanged when nothing is edited", () => {
    for (const definition of PERMIT_TYPES) {
      const parsed = parseState(initialEditorState(definition), definition.code);
      expect(parsed, definition.code).toEqual({ ok: true, definition: ZPermitTypeDefinition.parse(definition) });
    }
  });

  it("ignores empty rows, drops removed ones, and points errors at the posted row", async () => {
    const base = (await current("SIP-APOTEKER")).definition;
    const state = initialEditorState(base);
    const docs = base.documents.length;
    const fields = base.fields.length;
    const v = state.values;
    // Remove the first document and give the second an invalid key and no file format.
    v["documents.0.remove"] = "true";
    v["documents.1.key"] = "Bukan Kunci";
    delete v["documents.1.accept.pdf"];
    delete v["documents.1.accept.jpeg"];
    delete v["documents.1.accept.png"];
    // A new field row (the second empty one) as a choice with only one option.
    v[`fields.${fields + 1}.key`] = "statusPraktik";
    v[`fields.${fields + 1}.type`] = "choice";
    v[`fields.${fields + 1}.label.id`] = "Status praktik";
    v[`fields.${fields + 1}.label.en`] = "Practice status";
    v[`fields.${fields + 1}.options`] = "mandiri|Mandiri|Independent";
    // The last existing field repeats the first one's key.
    v[`fields.${fields - 1}.key`] = base.fields[0]!.key;
    v.slaDays = "tiga";
    v.validityMonths = "";
    v.decreeNumberTemplate = "503/SIPA/{year}";
    v["name.en"] = " ";

    const parsed = parseState(state, base.code);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.fieldErrors).toEqual({
      "name.en": "validation.required",
      slaDays: "validation.number",
      decreeNumberTemplate: "admin.catalogue.templateSeq",
      "documents.1.key": "admin.catalogue.keyFormat",
      "documents.1.accept": "admin.catalogue.acceptMin",
      // The duplicate is reported on the row that repeats the key, not on the first one.
      [`fields.${fields - 1}.key`]: "admin.catalogue.duplicateKey",
      [`fields.${fields + 1}.options`]: "admin.catalogue.optionsMin",
    });
    // In page order, so that the error summary reads top to bottom.
    expect(Object.keys(parsed.fieldErrors)).toEqual([
      "name.en",
      "slaDays",
      "decreeNumberTemplate",
      "documents.1.key",
      "documents.1.accept",
      `fields.${fields - 1}.key`,
      `fields.${fields + 1}.options`,
    ]);
    v["name.en"] = base.name.en;
    v.slaDays = "3";
    v.decreeNumberTemplate = base.decreeNumberTemplate;
    v["documents.1.key"] = "bukanKunci";
    v["documents.1.accept.pdf"] = "true";
    v[`fields.${fields + 1}.options`] = "mandiri|Mandiri|Independent\nklinik|Di klinik|At a clinic";
    const again = parseState(state, base.code);
    expect(again).toEqual({ ok: false, fieldErrors: { [`fields.${fields - 1}.key`]: "admin.catalogue.duplicateKey" } });

    v[`fields.${fields - 1}.key`] = base.fields[fields - 1]!.key;
    const saved = parseState(state, base.code);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.definition.documents.map((d) => d.key)).toEqual(["bukanKunci", ...base.documents.slice(2).map((d) => d.key)]);
    expect(saved.definition.documents).toHaveLength(docs - 1);
    expect(saved.definition.fields.at(-1)).toMatchObject({ key: "statusPraktik", type: "choice", options: [{ value: "mandiri" }, { value: "klinik" }] });
    expect(saved.definition.validityMonths).toBeNull();
  });

  it("checks a new type's code and reads fees and settings as people type them", () => {
    const state = initialEditorState();
    const v = state.values;
    Object.assign(v, {
      code: "izin-baru",
      category: "other",
      agencyCode: "DLH",
      "name.id": "Izin Baru",
      "name.en": "New Permit",
      "description.id": "Keterangan",
      "description.en": "Description",
      "output.id": "Surat izin",
      "output.en": "Permit letter",
      workflow: "direct",
      slaDays: "5",
      feeRupiah: "Rp 150.000",
      validityMonths: "12",
      "legalBasis.id": "Perda",
      "legalBasis.en": "Local regulation",
      decreeNumberTemplate: "503/{seq}/{year}",
      "fields.0.key": "luas",
      "fields.0.type": "number",
      "fields.0.label.id": "Luas",
      "fields.0.label.en": "Area",
      "fields.0.min": "0,5",
      "fields.0.max": "abc",
      "fields.0.maxLength": "99",
      "fields.1.key": "tanggal",
      "fields.1.type": "date",
      "fields.1.label.id": "Tanggal",
      "fields.1.label.en": "Date",
      "fields.1.range": "future",
      "fields.1.hint.id": "Hanya bahasa Indonesia",
      "fields.2.key": "nik",
      "fields.2.type": "nik",
      "fields.2.label.id": "NIK",
      "fields.2.label.en": "NIK",
      "fields.2.prefill": "email",
    });
    const failed = parseState(state);
    expect(failed).toEqual({
      ok: false,
      fieldErrors: { "fields.0.max": "validation.number", "fields.1.hint.en": "validation.required", "fields.2.prefill": "adminPermits.errors.prefill" },
    });
    v["fields.0.max"] = "";
    v["fields.1.hint.id"] = "";
    v["fields.2.prefill"] = "nik";
    const parsed = parseState(state);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.definition).toMatchObject({ code: "IZIN-BARU", feeRupiah: 150_000, validityMonths: 12, documents: [] });
    // The number field's text settings (maxLength) are not carried over.
    expect(parsed.definition.fields).toEqual([
      { key: "luas", type: "number", label: { id: "Luas", en: "Area" }, required: true, min: 0.5 },
      { key: "tanggal", type: "date", label: { id: "Tanggal", en: "Date" }, required: true, range: "future" },
      { key: "nik", type: "nik", label: { id: "NIK", en: "NIK" }, required: true, prefill: "nik" },
    ]);
  });
});
