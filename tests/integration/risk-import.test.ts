import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { importKbli, importRiskRules, loadRiskRules } from "@/lib/risk/import-csv";
import { exportKbliCsv, exportRiskRulesCsv } from "@/lib/risk/export-csv";
import { classifyActivity } from "@/lib/risk/classify";
import type { Actor } from "@/lib/auth/permissions";
import { createCast } from "../support/cast";

let admin: Actor;
let head: Actor;

beforeAll(async () => {
  const cast = await createCast();
  admin = cast.admin.actor;
  head = cast.head.actor;
});

const KBLI_CSV = `code,title_id,title_en,section
47111,"Perdagangan Eceran Berbagai Macam Barang yang Utamanya Makanan, Minuman atau Tembakau di Minimarket/Supermarket/Hypermarket","Retail sale in non-specialised stores with food, beverages or tobacco predominating (minimarkets, supermarkets, hypermarkets)",G
55110,Hotel Bintang,Star hotels,I
99901,Uji Coba,Test activity,S
`;

describe("KBLI import", () => {
  it("adds and updates codes, and only the admin may import", async () => {
    await expect(importKbli({ actor: head, csv: KBLI_CSV })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await importKbli({ actor: admin, csv: KBLI_CSV })).toEqual({ ok: true, count: 3 });
    expect((await db().kbli.findUniqueOrThrow({ where: { code: "55110" } })).titleEn).toBe("Star hotels");
    await importKbli({ actor: admin, csv: "code,title_id,title_en,section\n55110,Hotel Bintang,Star-rated hotels,I\n" });
    expect((await db().kbli.findUniqueOrThrow({ where: { code: "55110" } })).titleEn).toBe("Star-rated hotels");
  });

  it("refuses a file with any bad row, naming each, and changes nothing", async () => {
    const before = await db().kbli.count();
    const result = await importKbli({
      actor: admin,
      csv: `code,title_id,title_en,section
12345,Baru,New,C
4711,Pendek,Short,G
55111,,No title,I
12345,Lagi,Again,C
56101,Restoran,Restaurants,I,extra
`,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 3, message: "validation.kbli.format" },
        { line: 4, message: "validation.import.titleId" },
        { line: 5, message: "validation.import.duplicate", values: { line: "2" } },
        { line: 6, message: "validation.import.columns", values: { expected: "4" } },
      ],
    });
    expect(await db().kbli.count()).toBe(before);
    expect(await db().kbli.findUnique({ where: { code: "12345" } })).toBeNull();
  });

  it("refuses a wrong header", async () => {
    expect(await importKbli({ actor: admin, csv: "kode,judul\n47111,x\n" })).toMatchObject({ ok: false, problems: [{ line: 1, message: "validation.import.header" }] });
  });
});

describe("risk rule import", () => {
  const RULES_CSV = `kbli,scales,parameter,min,max,level,requirements,legal_basis
47111,,,,,RENDAH,,Lampiran I PP No. 5 Tahun 2021
47111,MENENGAH;BESAR,,,,MENENGAH_RENDAH,KKPR,Lampiran I PP No. 5 Tahun 2021
55110,,,,,MENENGAH_TINGGI,KKPR;PBG,Lampiran I PP No. 5 Tahun 2021
55110,,capacity,100,,TINGGI,KKPR;PERSETUJUAN_LINGKUNGAN;PBG,Lampiran I PP No. 5 Tahun 2021
`;

  it("replaces the table as a whole and the classifier reads it back", async () => {
    await importKbli({ actor: admin, csv: KBLI_CSV });
    expect(await importRiskRules({ actor: admin, csv: RULES_CSV })).toEqual({ ok: true, count: 4 });
    const rules = await loadRiskRules();
    expect(classifyActivity({ kbli: "55110", scale: "KECIL", parameters: { capacity: 150 } }, rules)).toMatchObject({ level: "TINGGI" });
    expect(classifyActivity({ kbli: "47111", scale: "BESAR" }, rules)).toMatchObject({ level: "MENENGAH_RENDAH", requirements: ["KKPR"] });
    expect(classifyActivity({ kbli: "99901", scale: "MIKRO" }, rules)).toMatchObject({ outcome: "manual_review", reason: "no_rule" });
  });

  it("refuses unknown codes, duplicates, overlapping rules and bad values, leaving the table as it was", async () => {
    await importRiskRules({ actor: admin, csv: RULES_CSV });
    const result = await importRiskRules({
      actor: admin,
      csv: `kbli,scales,parameter,min,max,level,requirements,legal_basis
47111,,,,,RENDAH,,PP 5/2021
00000,,,,,RENDAH,,PP 5/2021
47111,,,,,RENDAH,,PP 5/2021
47111,,,,,MENENGAH_RENDAH,,PP 5/2021
55110,RAKSASA,,,,TINGGI,,PP 5/2021
55110,,capacity,abc,,TINGGI,,PP 5/2021
55110,,,,,SEDANG,,PP 5/2021
`,
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [3, "validation.import.unknownKbli"],
      [4, "validation.import.duplicate"],
      [5, "validation.import.overlap"],
      [6, "validation.import.scale"],
      [7, "validation.import.number"],
      [8, "validation.import.rule"],
    ]);
    expect(await db().riskRule.count()).toBe(4);
  });
});

describe("CSV export", () => {
  it("gives the current tables in the import format, so that an export imports back unchanged", async () => {
    await expect(exportRiskRulesCsv({ actor: head })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { writeRiskRules } = await import("@/lib/risk/import-csv");
    const { RISK_RULES } = await import("@/prisma/seed/kbli");
    await writeRiskRules(RISK_RULES, { actorId: admin.id, officeId: admin.officeId });
    const before = await loadRiskRules();
    const rulesCsv = await exportRiskRulesCsv({ actor: admin });
    expect(rulesCsv.split("\r\n")[0]).toBe("kbli,scales,parameter,min,max,level,requirements,legal_basis");
    expect(await importRiskRules({ actor: admin, csv: rulesCsv })).toEqual({ ok: true, count: before.length });
    expect(await loadRiskRules()).toEqual(before);
    const kbliCsv = await exportKbliCsv({ actor: admin });
    expect(await importKbli({ actor: admin, csv: kbliCsv })).toEqual({ ok: true, count: await db().kbli.count() });
    // Titles with commas and quotes survive the round trip.
    expect(kbliCsv).toContain('"Perdagangan Eceran Berbagai Macam Barang yang Utamanya Makanan, Minuman atau Tembakau di Minimarket/Supermarket/Hypermarket"');
  });
});
