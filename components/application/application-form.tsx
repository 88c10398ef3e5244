"use client";
// The application form generated from the permit type's fields. The browser checks it with the same
// rules as the server before sending; the server checks again and decides. Works without JavaScript.
import { useActionState, useState, type FormEvent } from "react";
import { useLocale } from "next-intl";
import { checkFormData, rawFromFormEntries, ADDRESS_PARTS } from "@/lib/applications/form-schema";
import type { FieldDefinition } from "@/lib/catalogue/definition";
import { PROVINCES } from "@/lib/catalogue/regions";
import { inLocale } from "@/lib/catalogue/version-data";
import type { FormAction, FormState } from "@/lib/forms";
import { Banner } from "@/components/ui/banner";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useFormFeedback } from "@/components/ui/use-form-feedback";

export function ApplicationForm({
  saveDraftAction,
  applicationId,
  fields,
  initialValues,
  editable,
  timeZone,
}: {
  saveDraftAction: FormAction;
  applicationId: string;
  fields: FieldDefinition[];
  initialValues: Record<string, string>;
  /** null: every field; otherwise the keys that may change (a returned file). */
  editable: string[] | null;
  /** The office's time zone, in which "today" is judged for date fields. */
  timeZone: string;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveDraftAction, { values: initialValues });
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const shown: FormState = clientErrors ? { ...state, fieldErrors: clientErrors, success: undefined } : state;
  const { t, summary, errorOf, valueOf } = useFormFeedback(shown);
  const locale = useLocale();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const formData = new FormData(event.currentTarget);
    const raw = rawFromFormEntries(fields, formData.entries());
    const { issues } = checkFormData(fields, raw, { mode: "draft", timeZone });
    if (issues.length > 0) {
      event.preventDefault();
      setClientErrors(Object.fromEntries(issues.map((i) => [i.field, i.message])));
    } else {
      setClientErrors(null);
    }
  }

  const isEditable = (key: string) => editable === null || editable.includes(key);
  const optional = t("common.optional");

  return (
    <form action={action} onSubmit={onSubmit} noValidate className="max-w-2xl">
      {shown.success ? <Banner title={t("common.successTitle")}>{t(shown.success)}</Banner> : null}
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={summary.map((s) => ({ ...s, message: s.field ? `${labelOf(fields, s.field, locale)}: ${s.message}` : s.message }))} />
      <input type="hidden" name="_applicationId" value={applicationId} />
      {fields.map((field) => {
        const common = {
          name: field.key,
          label: inLocale(field.label, locale),
          hint: field.hint ? inLocale(field.hint, locale) : undefined,
          error: errorOf(field.key),
          optionalLabel: field.required ? undefined : optional,
          disabled: !isEditable(field.key),
        };
        switch (field.type) {
          case "choice":
            return (
              <SelectField
                key={field.key}
                {...common}
                defaultValue={valueOf(field.key)}
                options={[{ value: "", label: t("application.chooseOption") }, ...field.options.map((o) => ({ value: o.value, label: inLocale(o.label, locale) }))]}
              />
            );
          case "address":
            return (
              <fieldset key={field.key} className="mb-6" disabled={common.disabled}>
                <legend className="mb-2 text-lg font-bold">
                  {common.label} {common.optionalLabel ? <span className="font-normal text-slate-600">{optional}</span> : null}
                </legend>
                {common.hint ? <p className="mb-2 text-sm text-slate-600">{common.hint}</p> : null}
                {ADDRESS_PARTS.map((part) => {
                  const name = `${field.key}.${part}`;
                  const label = t(`application.address.${part}`);
                  return part === "province" ? (
                    <SelectField
                      key={part}
                      name={name}
                      label={label}
                      error={errorOf(name)}
                      defaultValue={valueOf(name)}
                      options={[{ value: "", label: t("application.address.choose") }, ...PROVINCES.map((p) => ({ value: p.code, label: p.name }))]}
                    />
                  ) : (
                    <TextField key={part} name={name} label={label} error={errorOf(name)} defaultValue={valueOf(name)} autoComplete={part === "street" ? "street-address" : "off"} />
                  );
                })}
              </fieldset>
            );
          case "text":
            return field.multiline ? (
              <TextAreaField key={field.key} {...common} defaultValue={valueOf(field.key)} maxLength={field.maxLength ?? 2000} />
            ) : (
              <TextField key={field.key} {...common} defaultValue={valueOf(field.key)} maxLength={field.maxLength ?? 200} />
            );
          case "number":
            return (
              <TextField
                key={field.key}
                {...common}
                defaultValue={valueOf(field.key)}
                inputMode={field.integer ? "numeric" : "decimal"}
                className="max-w-xs"
                hint={[common.hint, field.unit ? inLocale(field.unit, locale) : null].filter(Boolean).join(" · ") || undefined}
              />
            );
          case "date":
            return <TextField key={field.key} {...common} type="date" defaultValue={valueOf(field.key)} className="max-w-xs" />;
          case "nik":
            return <TextField key={field.key} {...common} defaultValue={valueOf(field.key)} inputMode="numeric" maxLength={16} className="max-w-xs font-mono" />;
          case "phone":
            return <TextField key={field.key} {...common} type="tel" autoComplete="tel" defaultValue={valueOf(field.key)} className="max-w-xs" />;
          case "email":
            return <TextField key={field.key} {...common} type="email" autoComplete="email" spellCheck={false} defaultValue={valueOf(field.key)} />;
        }
      })}
      <div className="flex flex-wrap gap-3">
        <Button name="_next" value="documents" disabled={pending}>
          {t("application.saveAndContinue")}
        </Button>
        <Button variant="secondary" name="_next" value="stay" disabled={pending}>
          {t("application.saveDraft")}
        </Button>
      </div>
    </form>
  );
}

function labelOf(fields: FieldDefinition[], path: string, locale: string) {
  const field = fields.find((f) => f.key === path.split(".")[0]);
  return field ? inLocale(field.label, locale) : path;
}
