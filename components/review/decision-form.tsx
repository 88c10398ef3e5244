"use client";
// The back office's decision: validity dates and conditions; the decree number is assigned on save.
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/forms";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField, TextField } from "@/components/ui/field";
import { useFormFeedback } from "@/components/ui/use-form-feedback";

export function DecisionForm({ prepareDecisionAction, applicationId, defaults }: { prepareDecisionAction: FormAction; applicationId: string; defaults: { validFrom: string; validUntil: string; conditions: string } }) {
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
      <TextAreaField
        name="conditions"
        label={t("review.conditions")}
        hint={t("review.conditionsHint")}
        optionalLabel={t("common.optional")}
        error={errorOf("conditions")}
        defaultValue={valueOf("conditions")}
      />
      <Button disabled={pending}>{t("review.sendForApproval")}</Button>
    </form>
  );
}
