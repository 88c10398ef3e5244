"use client";
// Turns a form action's state (translation keys) into what a form shows: the error summary entries,
// each field's inline error, and the values to put back.
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms";

export function useFormFeedback(state: FormState) {
  const t = useTranslations();
  const fieldErrors = state.fieldErrors ?? {};
  const summary: { field?: string; message: string }[] = [
    ...(state.formError ? [{ message: t(state.formError, state.formErrorValues) }] : []),
    ...Object.entries(fieldErrors).map(([field, key]) => ({ field, message: t(key) })),
  ];
  return {
    t,
    summary,
    errorOf: (name: string) => (fieldErrors[name] ? t(fieldErrors[name]) : undefined),
    valueOf: (name: string) => state.values?.[name] ?? "",
  };
}
