"use client";
// The head's approval button, and the reason forms for rejecting or revoking a file.
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/forms";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useFormFeedback } from "@/components/ui/use-form-feedback";

export function ApproveForm({ approveAction, applicationId }: { approveAction: FormAction; applicationId: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(approveAction, {});
  const { t, summary } = useFormFeedback(state);
  return (
    <form action={action}>
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={summary} />
      <input type="hidden" name="_applicationId" value={applicationId} />
      <Button disabled={pending}>{t("review.approve")}</Button>
    </form>
  );
}

/** `action` rejects or revokes the file, as `kind` says. */
export function ReasonForm({ action: reasonAction, applicationId, kind }: { action: FormAction; applicationId: string; kind: "reject" | "revoke" }) {
  const [state, action, pending] = useActionState<FormState, FormData>(reasonAction, {});
  const { t, summary, errorOf, valueOf } = useFormFeedback(state);
  const id = `${kind}-reason`;
  const error = errorOf("reason");
  return (
    <form action={action} noValidate className="max-w-2xl">
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={summary.map((s) => ({ ...s, field: s.field === "reason" ? id : s.field }))} />
      <input type="hidden" name="_applicationId" value={applicationId} />
      <label htmlFor={id} className="block font-semibold">
        {kind === "reject" ? t("review.rejectReason") : t("review.revokeReason")}
      </label>
      {kind === "reject" ? <p className="text-sm text-slate-600">{t("review.rejectReasonHint")}</p> : null}
      {error ? <p className="text-sm font-semibold text-danger">{error}</p> : null}
      <textarea id={id} name="reason" rows={3} defaultValue={valueOf("reason")} aria-invalid={error ? true : undefined} className="mt-1 mb-3 w-full rounded border-2 border-slate-700 px-3 py-2" />
      <Button variant="warning" disabled={pending}>
        {kind === "reject" ? t("review.rejectButton") : t("review.revokeButton")}
      </Button>
    </form>
  );
}
