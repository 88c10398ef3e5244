// Imports of the KBLI reference and the risk rule table from CSV files. Every row is checked first;
// one bad row refuses the whole file with each rejected row and why, and nothing is changed.
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { recordAudit, type Tx } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { findRuleConflicts } from "@/lib/risk/classify";
import { BASIC_REQUIREMENTS, BUSINESS_SCALES, RULE_PARAMETERS, ZKbliCode, ZRiskRule, type KbliEntry, type RiskRule } from "@/lib/risk/rules";

export const KBLI_HEADER = ["code", "title_id", "title_en", "section"] as const;
export const RULE_HEADER = ["kbli", "scales", "parameter", "min", "max", "level", "requirements", "legal_basis"] as const;

/** A rejected row: its line number in the file (the header is line 1) and a translation key. */
export interface RowProblem {
  line: number;
  message: string;
  values?: Record<string, string>;
}

export type ImportResult = { ok: true; count: number } | { ok: false; problems: RowProblem[] };

function readCsv(text: string, header: readonly string[]): { rows: string[][]; problems: RowProblem[] } {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), { skip_empty_lines: true, trim: true, relax_column_count: true }) as string[][];
  } catch {
    return { rows: [], problems: [{ line: 1, message: "validation.import.unreadable" }] };
  }
  const [first, ...rows] = records;
  if (!first || first.map((h) => h.toLowerCase()).join(",") !== header.join(",")) {
    return { rows: [], problems: [{ line: 1, message: "validation.import.header", values: { expected: header.join(",") } }] };
  }
  if (rows.length === 0) return { rows: [], problems: [{ line: 2, message: "validation.import.empty" }] };
  const problems: RowProblem[] = [];
  rows.forEach((r, i) => {
    if (r.length !== header.length) problems.push({ line: i + 2, message: "validation.import.columns", values: { expected: String(header.length) } });
  });
  return { rows, problems };
}

const ZKbliRow = z.object({
  code: ZKbliCode,
  titleId: zText().min(1, "validation.import.titleId").max(500),
  titleEn: zText().min(1, "validation.import.titleEn").max(500),
  section: zText().regex(/^[A-U]$/, "validation.import.section"),
});

export function parseKbliCsv(text: string): { entries: KbliEntry[]; problems: RowProblem[] } {
  const { rows, problems } = readCsv(text, KBLI_HEADER);
  const entries: KbliEntry[] = [];
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const line = i + 2;
    if (r.length !== KBLI_HEADER.length) return;
    const parsed = ZKbliRow.safeParse({ code: r[0], titleId: r[1], titleEn: r[2], section: r[3]?.toUpperCase() });
    if (!parsed.success) return problems.push({ line, message: parsed.error.issues[0]!.message });
    const earlier = seen.get(parsed.data.code);
    if (earlier) return problems.push({ line, message: "validation.import.duplicate", values: { line: String(earlier) } });
    seen.set(parsed.data.code, line);
    entries.push(parsed.data);
  });
  return { entries, problems: problems.sort((x, y) => x.line - y.line) };
}

const list = (v: string | undefined) =>
  (v ?? "")
    .split(/[;|]/)
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);

export function parseRulesCsv(text: string, knownKbli: ReadonlySet<string>): { rules: RiskRule[]; problems: RowProblem[] } {
  const { rows, problems } = readCsv(text, RULE_HEADER);
  const rules: RiskRule[] = [];
  const lines: number[] = [];
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const line = i + 2;
    if (r.length !== RULE_HEADER.length) return;
    const [kbli, scales, parameter, min, max, level, requirements, legalBasis] = r as string[];
    const scaleList = list(scales);
    const requirementList = list(requirements);
    if (scaleList.some((s) => !(BUSINESS_SCALES as readonly string[]).includes(s))) return problems.push({ line, message: "validation.import.scale" });
    if (requirementList.some((s) => !(BASIC_REQUIREMENTS as readonly string[]).includes(s))) return problems.push({ line, message: "validation.import.requirement" });
    if (parameter && !(RULE_PARAMETERS as readonly string[]).includes(parameter)) return problems.push({ line, message: "validation.import.parameter" });
    const number = (v: string | undefined) => (v ? Number(v.replace(",", ".")) : undefined);
    if ([min, max].some((v) => v && !Number.isFinite(Number(v.replace(",", "."))))) return problems.push({ line, message: "validation.import.number" });
    const parsed = ZRiskRule.safeParse({
      kbli,
      ...(scaleList.length ? { scales: scaleList } : {}),
      ...(parameter ? { parameter: { name: parameter, ...(min ? { min: number(min) } : {}), ...(max ? { max: number(max) } : {}) } } : {}),
      level: level?.toUpperCase(),
      ...(requirementList.length ? { requirements: requirementList } : {}),
      legalBasis,
    });
    if (!parsed.success) {
      const message = parsed.error.issues[0]!.message;
      return problems.push({ line, message: /^[a-zA-Z]+(\.[a-zA-Z]+)+$/.test(message) ? message : "validation.import.rule" });
    }
    if (!knownKbli.has(parsed.data.kbli)) return problems.push({ line, message: "validation.import.unknownKbli", values: { code: parsed.data.kbli } });
    const key = JSON.stringify(parsed.data);
    const earlier = seen.get(key);
    if (earlier) return problems.push({ line, message: "validation.import.duplicate", values: { line: String(earlier) } });
    seen.set(key, line);
    rules.push(parsed.data);
    lines.push(line);
  });
  for (const [a, b] of findRuleConflicts(rules)) {
    problems.push({ line: lines[b]!, message: "validation.import.overlap", values: { line: String(lines[a]) } });
  }
  return { rules, problems: problems.sort((x, y) => x.line - y.line) };
}

type ImportedBy = { actorId: string | null; officeId: string | null };

export async function importKbli({ actor, csv }: { actor: Actor; csv: string }): Promise<ImportResult> {
  requirePermission(actor, "manage:catalogue:office");
  const { entries, problems } = parseKbliCsv(csv);
  if (problems.length) return { ok: false, problems };
  await writeKbli(entries, { actorId: actor.id, officeId: actor.officeId });
  return { ok: true, count: entries.length };
}

/** `by`: who imports (null when the installation loads its reference data) and the office they act for. */
export async function writeKbli(entries: KbliEntry[], { actorId, officeId }: ImportedBy) {
  await db().$transaction(
    async (tx) => {
      for (const e of entries) {
        await tx.kbli.upsert({ where: { code: e.code }, update: { titleId: e.titleId, titleEn: e.titleEn, section: e.section }, create: e });
      }
      await recordAudit(tx, { officeId, actorId, action: "kbli.import", entity: "Kbli", data: { count: entries.length } });
    },
    { timeout: 120_000 },
  );
}

export async function importRiskRules({ actor, csv }: { actor: Actor; csv: string }): Promise<ImportResult> {
  requirePermission(actor, "manage:catalogue:office");
  const known = new Set((await db().kbli.findMany({ select: { code: true } })).map((k) => k.code));
  const { rules, problems } = parseRulesCsv(csv, known);
  if (problems.length) return { ok: false, problems };
  await writeRiskRules(rules, { actorId: actor.id, officeId: actor.officeId });
  return { ok: true, count: rules.length };
}

/** Replaces the whole rule table in one transaction. */
export async function writeRiskRules(rules: RiskRule[], { actorId, officeId }: ImportedBy) {
  await db().$transaction(
    async (tx) => {
      await tx.riskRule.deleteMany({});
      await tx.riskRule.createMany({
        data: rules.map((r) => ({
          kbli: r.kbli,
          scales: r.scales ?? [],
          parameterName: r.parameter?.name ?? null,
          parameterMin: r.parameter?.min ?? null,
          parameterMax: r.parameter?.max ?? null,
          level: r.level,
          requirements: r.requirements ?? [],
          legalBasis: r.legalBasis,
        })),
      });
      await recordAudit(tx, { officeId, actorId, action: "riskRules.import", entity: "RiskRule", data: { count: rules.length } });
    },
    { timeout: 120_000 },
  );
}

/** The rule table as the classifier reads it. */
/** The rule table (or the rules of some KBLI codes), read in the caller's transaction when given. */
export async function loadRiskRules({ kbli, tx }: { kbli?: string[]; tx?: Tx } = {}): Promise<RiskRule[]> {
  const rows = await (tx ?? db()).riskRule.findMany({ where: kbli ? { kbli: { in: kbli } } : {}, orderBy: [{ kbli: "asc" }, { id: "asc" }] });
  return rows.map((r) =>
    ZRiskRule.parse({
      kbli: r.kbli,
      ...(r.scales.length ? { scales: r.scales } : {}),
      ...(r.parameterName ? { parameter: { name: r.parameterName, ...(r.parameterMin !== null ? { min: r.parameterMin } : {}), ...(r.parameterMax !== null ? { max: r.parameterMax } : {}) } } : {}),
      level: r.level,
      ...(r.requirements.length ? { requirements: r.requirements } : {}),
      legalBasis: r.legalBasis,
    }),
  );
}

export async function countRiskReference({ actor }: { actor: Actor }) {
  requirePermission(actor, "manage:catalogue:office");
  const [kbli, rules] = await Promise.all([db().kbli.count(), db().riskRule.count()]);
  return { kbli, rules };
}
