"use client";
// The back office's verdict on a commitment's proof: accept it, or refuse it saying why (the business
// reads the reason and may send another proof).
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { useFormFeedback } from "@/components/ui/use-form-feedback";
import type { FormAction, FormState } from "@/lib/forms";

export function CheckCommitmentForm({ checkCommitmentAction, commitmentId }: { checkCommitmentAction: FormAction; commitmentId: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(checkCommitmentAction, {});
  const { t, summary, errorOf, valueOf } = useFormFeedback(state);
  return (
    <form action={action} noValidate className="max-w-2xl">
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={summary} />
      <input type="hidden" name="_commitmentId" value={commitmentId} />
      <TextField
        name="reason"
        label={t("businessReview.refuseReason")}
        hint={t("businessReview.refuseReasonHint")}
        error={errorOf("reason")}
        defaultValue={valueOf("reason")}
      />
      <div className="flex flex-wrap gap-3">
        <Button name="outcome" value="accept" disabled={pending}>
          {t("businessReview.acceptProof")}
        </Button>
        <Button name="outcome" value="refuse" variant="warning" disabled={pending}>
          {t("businessReview.refuseProof")}
        </Button>
      </div>
    </form>
  );
}
