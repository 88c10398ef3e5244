"use client";
// The front office's completeness check: each field and document in order or not (with a reason), or
// only the exceptions marked and "everything else in order" ticked; then accept, return or reject. On a
// re-check the items sent back for fixing are marked. A plain form, so it works without JavaScript too.
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/forms";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useFormFeedback } from "@/components/ui/use-form-feedback";
import { Tag } from "@/components/ui/tag";

export interface CheckItem {
  kind: "field" | "document";
  key: string;
  label: string;
  value: React.ReactNode;
  previous?: { accepted: boolean; reason: string | null };
}

export function VerificationForm({ verifyApplicationAction, applicationId, items }: { verifyApplicationAction: FormAction; applicationId: string; items: CheckItem[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(verifyApplicationAction, {});
  const { t, summary, errorOf, valueOf } = useFormFeedback(state);
  const labelOf = (field?: string) => items.find((i) => `reason.${i.kind}.${i.key}` === field)?.label;
  return (
    <form action={action} noValidate>
      <ErrorSummary
        title={t("common.errorSummaryTitle")}
        errors={summary.map((s) => ({ ...s, message: labelOf(s.field) ? `${labelOf(s.field)}: ${s.message}` : s.message }))}
      />
      <input type="hidden" name="_applicationId" value={applicationId} />
      {(["field", "document"] as const).map((kind) => (
        <fieldset key={kind} className="mb-8">
          <legend className="mb-3 text-xl font-bold">{kind === "field" ? t("review.fieldsTitle") : t("review.documentsTitle")}</legend>
          <ul className="divide-y divide-slate-200 border-y border-slate-200">
            {items
              .filter((i) => i.kind === kind)
              .map((i) => {
                const name = `check.${i.kind}.${i.key}`;
                const reasonName = `reason.${i.kind}.${i.key}`;
                const current = valueOf(name) || (i.previous ? (i.previous.accepted ? "ok" : "fix") : "");
                const error = errorOf(reasonName);
                return (
                  <li key={name} className={`grid gap-2 py-3 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] ${error ? "border-l-4 border-danger pl-3" : ""}`}>
                    <div>
                      <p className="font-semibold">
                        {i.label}
                        {/* On a re-check, the items the applicant was asked to fix (the only ones they could change). */}
                        {i.previous && !i.previous.accepted ? (
                          <span className="ml-2">
                            <Tag tone="yellow">{t("review.fixedByApplicant")}</Tag>
                          </span>
                        ) : null}
                      </p>
                      <div className="break-words text-slate-800">{i.value}</div>
                    </div>
                    <div>
                      <div role="radiogroup" aria-label={i.label} className="flex flex-wrap gap-4">
                        <label className="flex min-h-11 items-center gap-2">
                          <input type="radio" name={name} value="ok" defaultChecked={current === "ok"} className="h-6 w-6" />
                          {t("review.inOrder")}
                        </label>
                        <label className="flex min-h-11 items-center gap-2">
                          <input type="radio" name={name} value="fix" defaultChecked={current === "fix"} className="h-6 w-6" />
                          {t("review.needsFix")}
                        </label>
                      </div>
                      <label htmlFor={reasonName} className="sr-only">
                        {t("review.reasonFor", { item: i.label })}
                      </label>
                      {error ? (
                        <p id={`${reasonName}-error`} className="text-sm font-semibold text-danger">
                          {error}
                        </p>
                      ) : null}
                      <input
                        id={reasonName}
                        name={reasonName}
                        placeholder={t("review.reason")}
                        defaultValue={valueOf(reasonName) || i.previous?.reason || ""}
                        aria-describedby={error ? `${reasonName}-error` : undefined}
                        className="mt-1 min-h-11 w-full rounded border-2 border-slate-500 px-3"
                      />
                    </div>
                  </li>
                );
              })}
          </ul>
        </fieldset>
      ))}
      <div className="mb-6 max-w-2xl">
        <label htmlFor="note" className="block font-semibold">
          {t("review.note")}
        </label>
        {errorOf("note") ? <p className="text-sm font-semibold text-danger">{errorOf("note")}</p> : null}
        <textarea id="note" name="note" rows={3} defaultValue={valueOf("note")} className="mt-1 w-full rounded border-2 border-slate-700 px-3 py-2" />
      </div>
      <div className="mb-6 max-w-2xl">
        <label className="flex min-h-11 items-start gap-3">
          <input type="checkbox" name="allInOrder" value="1" defaultChecked={valueOf("allInOrder") === "1"} className="mt-1 h-6 w-6 shrink-0" />
          <span>
            <span className="block font-semibold">{t("review.allInOrder")}</span>
            <span className="block text-sm text-slate-700">{t("review.allInOrderHint")}</span>
          </span>
        </label>
      </div>
      <fieldset>
        <legend className="mb-3 font-semibold">{t("review.outcome")}</legend>
        <div className="flex flex-wrap gap-3">
          <Button name="outcome" value="accept" disabled={pending}>
            {t("review.accept")}
          </Button>
          <Button name="outcome" value="return" variant="secondary" disabled={pending}>
            {t("review.return")}
          </Button>
          <Button name="outcome" value="reject" variant="warning" disabled={pending}>
            {t("review.reject")}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
