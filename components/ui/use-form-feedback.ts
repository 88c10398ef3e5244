"use client";
// Turns a form action's state (translation keys) into what a form shows: the error summary entries,
// each naming its field ("Nama lengkap: Wajib diisi."), each field's inline error, and the values to
// put back. `labels` is the namespace of the form's field labels, or a function for the odd ones.
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms";

export function useFormFeedback(state: FormState, labels?: string | ((field: string) => string | undefined)) {
  const t = useTranslations();
  const fieldErrors = state.fieldErrors ?? {};
  const labelOf = (field: string) =>
    typeof labels === "function" ? labels(field) : labels && t.has(`${labels}.${field}`) ? t(`${labels}.${field}`) : undefined;
  const summary: { field?: string; message: string }[] = [
    ...(state.formError ? [{ message: t(state.formError, state.formErrorValues) }] : []),
    ...Object.entries(fieldErrors).map(([field, key]) => {
      const label = labelOf(field);
      return { field, message: label ? `${label}: ${t(key)}` : t(key) };
    }),
  ];
  return {
    t,
    summary,
    errorOf: (name: string) => (fieldErrors[name] ? t(fieldErrors[name]) : undefined),
    valueOf: (name: string) => state.values?.[name] ?? "",
  };
}
