// Download of the current KBLI or risk rule table as CSV, for the admin to edit and import back.
import { route } from "@/app/_lib/route";
import { getActor } from "@/app/_lib/session";
import { AppError } from "@/lib/errors";
import { exportKbliCsv, exportRiskRulesCsv } from "@/lib/risk/export-csv";

export const dynamic = "force-dynamic";

const TABLES = {
  "kbli.csv": { exportCsv: exportKbliCsv, filename: "kbli.csv" },
  "rules.csv": { exportCsv: exportRiskRulesCsv, filename: "aturan-risiko.csv" },
} as const;

export const GET = route<{ table: string }>(async (_request, { table }) => {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
  const target = TABLES[table as keyof typeof TABLES];
  if (!Object.hasOwn(TABLES, table) || !target) throw new AppError("NOT_FOUND", "errors.notFound");
  const csv = await target.exportCsv({ actor });
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${target.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
