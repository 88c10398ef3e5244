// The KBLI table and the risk rule table as CSV files in the import format, so that an admin edits
// the current table in a spreadsheet and imports it back whole.
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { KBLI_HEADER, loadRiskRules, RULE_HEADER } from "@/lib/risk/import-csv";

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
function field(value: string | number | undefined) {
  const text = value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (values: (string | number | undefined)[]) => values.map(field).join(",");

export async function exportKbliCsv({ actor }: { actor: Actor }) {
  requirePermission(actor, "manage:catalogue:office");
  const rows = await db().kbli.findMany({ orderBy: { code: "asc" } });
  return [line([...KBLI_HEADER]), ...rows.map((k) => line([k.code, k.titleId, k.titleEn, k.section]))].join("\r\n") + "\r\n";
}

export async function exportRiskRulesCsv({ actor }: { actor: Actor }) {
  requirePermission(actor, "manage:catalogue:office");
  const rules = await loadRiskRules();
  return (
    [
      line([...RULE_HEADER]),
      ...rules.map((r) =>
        line([r.kbli, (r.scales ?? []).join(";"), r.parameter?.name, r.parameter?.min, r.parameter?.max, r.level, (r.requirements ?? []).join(";"), r.legalBasis]),
      ),
    ].join("\r\n") + "\r\n"
  );
}
