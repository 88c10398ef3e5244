"use client";
// The business actor's profile form. The fields of a legal entity (deed, NPWP) and of a person (NIK)
// are shown for the chosen form; without JavaScript all are shown with hints saying which apply.
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useFormFeedback } from "@/components/ui/use-form-feedback";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { FormAction, FormState } from "@/lib/forms";

const FORMS = ["PERORANGAN", "PT", "CV", "KOPERASI", "YAYASAN", "FIRMA"] as const;

export function BusinessForm({ saveBusinessAction, businessId, defaults, identityFixed }: { saveBusinessAction: FormAction; businessId?: string; defaults: Record<string, string>; identityFixed: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveBusinessAction, { values: defaults });
  const { t, summary, errorOf, valueOf } = useFormFeedback(state, "business.fields");
  const [form, setForm] = useState(valueOf("form") || "PERORANGAN");
  // Until the page is interactive every field shows, so that the form works without JavaScript.
  const hydrated = useHydrated();
  const person = form === "PERORANGAN";
  const show = (forPerson: boolean) => !hydrated || person === forPerson;
  const field = (name: string) => ({ name, label: t(`business.fields.${name}`), error: errorOf(name), defaultValue: valueOf(name), readOnly: identityFixed && ["name", "nik", "deedNumber", "deedDate", "npwp"].includes(name) });
  return (
    <form action={action} noValidate className="max-w-2xl">
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={summary} />
      {businessId ? <input type="hidden" name="_businessId" value={businessId} /> : null}
      {identityFixed ? (
        <>
          <input type="hidden" name="form" value={form} />
          <p className="mb-6 border-l-4 border-brand-700 pl-4">{t("business.identityFixedNote")}</p>
        </>
      ) : (
        <SelectField
          name="form"
          label={t("business.fields.form")}
          hint={t("business.hints.form")}
          error={errorOf("form")}
          defaultValue={form}
          onChange={(e) => setForm(e.target.value)}
          options={FORMS.map((f) => ({ value: f, label: t(`business.forms.${f}`) }))}
        />
      )}
      <TextField {...field("name")} hint={t(person ? "business.hints.namePerson" : "business.hints.nameEntity")} />
      {show(true) ? (
        <TextField {...field("nik")} hint={t("business.hints.nik")} inputMode="numeric" maxLength={16} autoComplete="off" className="max-w-xs font-mono tracking-wider" />
      ) : null}
      {show(false) ? (
        <fieldset className="mb-2">
          <legend className="sr-only">{t("business.entityDetails")}</legend>
          <TextField {...field("deedNumber")} hint={t("business.hints.deedNumber")} className="max-w-xs" />
          <TextField {...field("deedDate")} type="date" className="max-w-xs" />
        </fieldset>
      ) : null}
      <TextField {...field("npwp")} hint={t("business.hints.npwp")} optionalLabel={person ? t("common.optional") : undefined} inputMode="numeric" className="max-w-sm font-mono" />
      <TextAreaField {...field("address")} rows={3} hint={t("business.hints.address")} />
      <TextField {...field("phone")} type="tel" autoComplete="tel" className="max-w-xs" />
      <TextField {...field("email")} type="email" autoComplete="email" spellCheck={false} />
      <TextField {...field("paidUpCapital")} hint={t("business.hints.paidUpCapital")} inputMode="numeric" className="max-w-sm" />
      <TextField {...field("totalInvestment")} hint={t("business.hints.totalInvestment")} inputMode="numeric" className="max-w-sm" />
      <Button disabled={pending}>{t(businessId ? "business.saveProfile" : "business.create")}</Button>
    </form>
  );
}
