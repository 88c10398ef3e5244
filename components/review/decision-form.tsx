"use client";
// The back office's decision: validity dates and conditions; the decree number is assigned on save.
import { useActionState } from "react";
import { prepareDecisionAction } from "@/app/office/actions";
import type { FormState } from "@/lib/forms";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { useFormFeedback } from "@/components/ui/use-form-feedback";

export function DecisionForm({ applicationId, defaults }: { applicationId: string; defaults: { validFrom: string; validUntil: string; conditions: string } }) {
  const [state, action, pending] = useActionState<FormState, FormData>(prepareDecisionAction, { values: defaults });
  const { t, summary, errorOf, valueOf } = useFormFeedback(state);
  return (
    <form action={action} noValidate className="max-w-2xl">
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={summary} />
      <input type="hidden" name="_applicationId" value={applicationId} />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <TextField name="validFrom" type="date" label={t("review.validFrom")} error={errorOf("validFrom")} defaultValue={valueOf("validFrom")} required />
        <TextField name="validUntil" type="date" label={t("review.validUntil")} hint={t("review.validUntilHint")} error={errorOf("validUntil")} defaultValue={valueOf("validUntil")} />
      </div>
      <div className="mb-6">
        <label htmlFor="conditions" className="block font-semibold">
          {t("review.conditions")} <span className="font-normal text-slate-600">{t("common.optional")}</span>
        </label>
        <p id="conditions-hint" className="text-sm text-slate-600">
          {t("review.conditionsHint")}
        </p>
        {errorOf("conditions") ? <p className="text-sm font-semibold text-danger">{errorOf("conditions")}</p> : null}
        <textarea id="conditions" name="conditions" rows={4} aria-describedby="conditions-hint" defaultValue={valueOf("conditions")} className="mt-1 w-full rounded border-2 border-slate-700 px-3 py-2" />
      </div>
      <Button disabled={pending}>{t("review.sendForApproval")}</Button>
    </form>
  );
}
