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
  const confirmError = errorOf("confirm");
  const confirmId = `${kind}-confirm`;
  return (
    <form action={action} noValidate className="max-w-2xl">
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={summary.map((s) => ({ ...s, field: s.field === "reason" ? id : s.field === "confirm" ? confirmId : s.field }))} />
      <input type="hidden" name="_applicationId" value={applicationId} />
      <label htmlFor={id} className="block font-semibold">
        {kind === "reject" ? t("review.rejectReason") : t("review.revokeReason")}
      </label>
      <p className="text-sm text-slate-600">{kind === "reject" ? t("review.rejectReasonHint") : t("review.revokeReasonHint")}</p>
      {error ? <p className="text-sm font-semibold text-danger">{error}</p> : null}
      <textarea id={id} name="reason" rows={3} defaultValue={valueOf("reason")} aria-invalid={error ? true : undefined} className="mt-1 mb-3 w-full rounded border-2 border-slate-700 px-3 py-2" />
      {kind === "revoke" ? (
        // Revoking is final: the head ticks this box, so a stray click cannot revoke (works without JavaScript).
        <div className="mb-4">
          {confirmError ? <p className="text-sm font-semibold text-danger">{confirmError}</p> : null}
          <label htmlFor={confirmId} className="flex items-start gap-3">
            <input
              id={confirmId}
              type="checkbox"
              name="confirm"
              value="yes"
              defaultChecked={valueOf("confirm") === "yes"}
              aria-invalid={confirmError ? true : undefined}
              className="mt-1 h-6 w-6 shrink-0"
            />
            <span>{t("review.revokeConfirm")}</span>
          </label>
        </div>
      ) : null}
      <Button variant="warning" disabled={pending}>
        {kind === "reject" ? t("review.rejectButton") : t("review.revokeButton")}
      </Button>
    </form>
  );
}
