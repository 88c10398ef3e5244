"use client";
// Upload of a KBLI or risk rule CSV; a refused file lists every rejected row and why.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { importCsvAction, type ImportState } from "@/app/admin/risk/actions";
import { Banner } from "@/components/ui/banner";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";

export function ImportForm({ kind, header }: { kind: "kbli" | "rules"; header: string }) {
  const [state, action, pending] = useActionState<ImportState, FormData>(importCsvAction, {});
  const t = useTranslations();
  const mine = state.kind === kind;
  const inputId = `csv-${kind}`;
  const errors = mine
    ? [
        ...(state.formError ? [{ field: inputId, message: t(state.formError, { max: 3 }) }] : []),
        ...(state.problems ?? []).map((p) => ({ message: `${t("adminRisk.line", { line: p.line })}: ${t(p.message, p.values ?? {})}` })),
      ]
    : [];
  return (
    <form action={action}>
      {mine && state.count !== undefined ? <Banner title={t("common.successTitle")}>{t("adminRisk.imported", { count: state.count })}</Banner> : null}
      <ErrorSummary title={t("adminRisk.refused")} errors={errors} />
      <input type="hidden" name="kind" value={kind} />
      <label htmlFor={inputId} className="block font-semibold">
        {t("adminRisk.file")}
      </label>
      <p className="text-sm text-slate-600">
        {t("adminRisk.header")} <code className="break-all">{header}</code>
      </p>
      <input id={inputId} name="csv" type="file" accept=".csv,text/csv" className="mt-2 mb-3 block max-w-full text-sm file:mr-3 file:min-h-11 file:rounded file:border-0 file:bg-slate-200 file:px-4 file:font-semibold" />
      <Button variant="secondary" disabled={pending}>
        {t("adminRisk.import")}
      </Button>
    </form>
  );
}
