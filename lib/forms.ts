// The shape every form action returns, and the mapping from zod issues to translated field errors.
import type { z } from "zod";
import { isAppError } from "@/lib/errors";

export interface FormState {
  /** Values to show again (never passwords). */
  values?: Record<string, string>;
  /** Field name -> translation key. */
  fieldErrors?: Record<string, string>;
  /** Translation key of an error about the whole form, and the values it interpolates. */
  formError?: string;
  formErrorValues?: Record<string, string>;
  /** Translation key of a success message. */
  success?: string;
}

/**
 * A form's server action as `useActionState` takes it. Pages hand actions to the form components as
 * props, so that components never import from app/.
 */
export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** The server action of a plain button form (no form state). */
export type PlainAction = (formData: FormData) => Promise<void>;

/** First issue per field; messages are translation keys (see messages/*.json). */
export function fieldErrorsFrom(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    if (out[field]) continue;
    // Schemas give catalogue keys as messages; zod's own English messages fall back to a generic one.
    out[field] = /^[a-zA-Z]+(\.[a-zA-Z]+)+$/.test(issue.message) ? issue.message : "validation.invalid";
  }
  return out;
}

/** Reads the text fields of a submitted form, leaving out the named secret ones. */
export function formValues(formData: FormData, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !omit.includes(key)) values[key] = value;
  }
  return values;
}

/** Maps a domain error to form state; rethrows anything unexpected so the error page logs it. */
export function formStateFromError(error: unknown, values: Record<string, string>): FormState {
  if (isAppError(error)) {
    return { values, fieldErrors: error.fieldErrors, formError: error.fieldErrors ? undefined : error.messageKey };
  }
  throw error;
}
