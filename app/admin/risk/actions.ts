"use server";
import { revalidatePath } from "next/cache";
import { requirePage } from "@/app/_lib/session";
import { importKbli, importRiskRules, type RowProblem } from "@/lib/risk/import-csv";

export interface ImportState {
  kind?: "kbli" | "rules";
  count?: number;
  problems?: RowProblem[];
  formError?: string;
}

const MAX_BYTES = 3 * 1024 * 1024;

export async function importCsvAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const actor = await requirePage("manage:catalogue:office");
  const kind = formData.get("kind") === "rules" ? "rules" : "kbli";
  const file = formData.get("csv");
  if (!(file instanceof File) || file.size === 0) return { kind, formError: "validation.import.noFile" };
  if (file.size > MAX_BYTES) return { kind, formError: "validation.import.tooLarge" };
  const csv = await file.text();
  const result = kind === "kbli" ? await importKbli({ actor, csv }) : await importRiskRules({ actor, csv });
  if (!result.ok) return { kind, problems: result.problems.slice(0, 200) };
  revalidatePath("/admin/risk");
  return { kind, count: result.count };
}
