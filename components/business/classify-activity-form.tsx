"use client";
// The back office sets the risk level of an activity no rule covers, with its legal basis, the agency
// that verifies it (medium-high and high) and the basic requirements that become commitments.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { useFormFeedback } from "@/components/ui/use-form-feedback";
import type { FormAction, FormState } from "@/lib/forms";

const LEVELS = ["RENDAH", "MENENGAH_RENDAH", "MENENGAH_TINGGI", "TINGGI"] as const;
const REQUIREMENTS = ["KKPR", "PERSETUJUAN_LINGKUNGAN", "PBG"] as const;

export function ClassifyActivityForm({ classifyActivityAction, activityId, agencies, defaults }: { classifyActivityAction: FormAction; activityId: string; agencies: { value: string; label: string }[]; defaults: Record<string, string> }) {
  const [state, action, pending] = useActionState<FormState, FormData>(classifyActivityAction, { values: defaults });
  const { t, summary, errorOf, valueOf } = useFormFeedback(state);
  return (
    <form action={action} noValidate className="max-w-2xl">
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={summary} />
      <input type="hidden" name="_activityId" value={activityId} />
      <fieldset className={`mb-6 ${errorOf("level") ? "border-l-4 border-danger pl-4" : ""}`}>
        <legend className="text-base font-semibold">{t("businessReview.level")}</legend>
        {errorOf("level") ? <p className="mt-1 text-sm font-semibold text-danger">{errorOf("level")}</p> : null}
        <div className="mt-2 space-y-2">
          {LEVELS.map((l) => (
            <label key={l} className="flex items-center gap-3">
              <input type="radio" name="level" value={l} defaultChecked={valueOf("level") === l} className="h-6 w-6" />
              {t(`business.levels.${l}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField name="legalBasis" label={t("businessReview.legalBasis")} hint={t("businessReview.legalBasisHint")} error={errorOf("legalBasis")} defaultValue={valueOf("legalBasis")} />
      <SelectField
        name="agencyId"
        label={t("businessReview.agency")}
        hint={t("businessReview.agencyHint")}
        error={errorOf("agencyId")}
        defaultValue={valueOf("agencyId")}
        options={[{ value: "", label: t("businessReview.noAgency") }, ...agencies]}
      />
      <fieldset className="mb-6">
        <legend className="text-base font-semibold">{t("businessReview.requirements")}</legend>
        <p className="mt-1 text-sm text-slate-600">{t("businessReview.requirementsHint")}</p>
        <div className="mt-2 space-y-2">
          {REQUIREMENTS.map((r) => (
            <label key={r} className="flex items-center gap-3">
              <input type="checkbox" name="requirements" value={r} className="h-6 w-6" />
              {t(`business.requirements.${r}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Button disabled={pending}>{t("businessReview.submit")}</Button>
    </form>
  );
}
