"use client";
// The business page's small forms: submitting the new activities (with the self-declaration when a
// medium-low activity is among them) and the self-declaration of an activity the office classified.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useFormFeedback } from "@/components/ui/use-form-feedback";
import type { FormAction, FormState } from "@/lib/forms";

function Declaration({ statement, error, id }: { statement: string; error?: string; id: string }) {
  const t = useTranslations("business");
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-danger pl-4" : ""}`}>
      <blockquote className="mb-3 border-l-4 border-slate-400 bg-slate-50 p-4 text-base">{statement}</blockquote>
      {error ? (
        <p id={`${id}-error`} className="mb-2 text-sm font-semibold text-danger">
          {error}
        </p>
      ) : null}
      <label className="flex items-start gap-3 text-base font-semibold">
        <input id={id} type="checkbox" name="declaration" className="mt-1 h-6 w-6 shrink-0" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
        <span>{t("declarationAccept")}</span>
      </label>
    </div>
  );
}

export function SubmitActivitiesForm({ submitActivitiesAction, businessId, needsDeclaration, statement, hasNib }: { submitActivitiesAction: FormAction; businessId: string; needsDeclaration: boolean; statement: string; hasNib: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(submitActivitiesAction, {});
  const { t, summary, errorOf } = useFormFeedback(state);
  return (
    <form action={action} noValidate>
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={summary} />
      <input type="hidden" name="_businessId" value={businessId} />
      {needsDeclaration ? (
        <fieldset>
          <legend className="mb-2 text-lg font-bold">{t("business.declarationTitle")}</legend>
          <Declaration statement={statement} error={errorOf("declaration")} id="declaration" />
        </fieldset>
      ) : null}
      <Button disabled={pending}>{t(hasNib ? "business.submitMore" : "business.submitFirst")}</Button>
    </form>
  );
}

export function DeclareForm({ declareActivityAction, activityId, statement, label }: { declareActivityAction: FormAction; activityId: string; statement: string; label: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(declareActivityAction, {});
  const { t, summary, errorOf } = useFormFeedback(state);
  return (
    <form action={action} noValidate className="mt-3">
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={summary} />
      <input type="hidden" name="_activityId" value={activityId} />
      <Declaration statement={statement} error={errorOf("declaration")} id={`declaration-${activityId}`} />
      <Button disabled={pending}>{label}</Button>
    </form>
  );
}
