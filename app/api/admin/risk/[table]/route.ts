// Download of the current KBLI or risk rule table as CSV, for the admin to edit and import back.
import { getActor } from "@/app/_lib/session";
import { can } from "@/lib/auth/permissions";
import { exportKbliCsv, exportRiskRulesCsv } from "@/lib/risk/export-csv";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ table: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  if (!can(actor, "manage:catalogue:any")) return new Response(null, { status: 403 });
  const { table } = await params;
  if (table !== "kbli.csv" && table !== "rules.csv") return new Response(null, { status: 404 });
  const csv = table === "kbli.csv" ? await exportKbliCsv({ actor }) : await exportRiskRulesCsv({ actor });
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${table === "kbli.csv" ? "kbli" : "aturan-risiko"}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
