"use client";
// The final buttons of an application: submit a draft, send a revision, or withdraw. Each shows
// what is still missing in an error summary, and a double click cannot submit twice.
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/forms";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { useFormFeedback } from "@/components/ui/use-form-feedback";

/** `action` submits the draft or sends the revision, as `mode` says. */
export function SubmitApplicationForm({ action: submitAction, applicationId, mode, labels }: { action: FormAction; applicationId: string; mode: "submit" | "resubmit"; labels: Record<string, string> }) {
  const [state, action, pending] = useActionState<FormState, FormData>(submitAction, {});
  const { t, summary } = useFormFeedback(state);
  const errors = summary.map((s) => ({
    field: s.field?.startsWith("document.") ? undefined : s.field,
    message: s.field ? `${labels[s.field] ?? s.field}: ${s.message}` : s.message,
  }));
  return (
    <form action={action}>
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={errors} />
      <input type="hidden" name="_applicationId" value={applicationId} />
      <p className="mb-4 max-w-2xl">{t("application.declaration")}</p>
      <Button disabled={pending} aria-disabled={pending}>
        {mode === "submit" ? t("application.submit") : t("application.resubmit")}
      </Button>
    </form>
  );
}

export function WithdrawApplicationForm({ withdrawApplicationAction, applicationId, isDraft }: { withdrawApplicationAction: FormAction; applicationId: string; isDraft: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(withdrawApplicationAction, {});
  const { t, summary, errorOf } = useFormFeedback(state);
  return (
    <form action={action} className="max-w-xl">
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={summary} />
      <input type="hidden" name="_applicationId" value={applicationId} />
      <p className="mb-3 text-slate-700">{t("application.withdrawConfirm")}</p>
      {isDraft ? null : <TextField name="reason" label={t("application.withdrawReason")} optionalLabel={t("common.optional")} error={errorOf("reason")} maxLength={1000} />}
      <Button variant="warning" disabled={pending}>
        {isDraft ? t("application.withdrawDraft") : t("application.withdraw")}
      </Button>
    </form>
  );
}
