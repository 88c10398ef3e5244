"use client";
// The details of a new business activity once its KBLI code is chosen: location, capital (which
// decides the scale), workers, and the parameters the risk rules of that code look at.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField, TextField } from "@/components/ui/field";
import { useFormFeedback } from "@/components/ui/use-form-feedback";
import type { FormAction, FormState } from "@/lib/forms";

export function ActivityForm({ addActivityAction, businessId, kbli, defaults, parameters }: { addActivityAction: FormAction; businessId: string; kbli: string; defaults: Record<string, string>; parameters: string[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(addActivityAction, { values: defaults });
  const { t, summary, errorOf, valueOf } = useFormFeedback(state, "business.activityFields");
  const field = (name: string) => ({ name, label: t(`business.activityFields.${name}`), error: errorOf(name), defaultValue: valueOf(name) });
  return (
    <form action={action} noValidate className="max-w-2xl">
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={summary} />
      <input type="hidden" name="_businessId" value={businessId} />
      <input type="hidden" name="kbli" value={kbli} />
      {errorOf("kbli") ? <p className="mb-6 font-semibold text-danger">{errorOf("kbli")}</p> : null}
      <TextAreaField {...field("location")} rows={3} hint={t("business.activityHints.location")} />
      <TextField {...field("capital")} hint={t("business.activityHints.capital")} inputMode="numeric" className="max-w-sm" />
      <TextField {...field("workers")} optionalLabel={t("common.optional")} inputMode="numeric" className="max-w-xs" />
      {parameters.map((p) => (
        <TextField key={p} {...field(p)} hint={t(`business.activityHints.${p}`)} inputMode="decimal" className="max-w-xs" />
      ))}
      <Button disabled={pending}>{t("business.addActivitySubmit")}</Button>
    </form>
  );
}
