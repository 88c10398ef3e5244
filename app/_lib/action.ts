// The one way a server action runs: it checks the permission (an anonymous visitor is sent to log in),
// reads the posted form, calls the handler, and turns every domain error into what the person sees:
// the form again with translated errors for a form's action, the 404 or 403 page or a short
// explanation for a plain button. Unexpected errors are left to the error page, which logs them.
import "server-only";
import type { z } from "zod";
import { forbidden, notFound, redirect, unstable_rethrow } from "next/navigation";
import { headers } from "next/headers";
import { getActor, requirePage, safeReturnPath, type SessionUser } from "@/app/_lib/session";
import type { Permission } from "@/lib/auth/permissions";
import { AppError, asAppError } from "@/lib/errors";
import { fieldErrorsFrom, formValues, type FormState } from "@/lib/forms";

export interface ActionInput<A> {
  actor: A;
  formData: FormData;
  /** The posted text fields (leaving out the secret ones), to show again with the errors. */
  values: Record<string, string>;
  /** One posted text field, "" when missing. */
  field: (name: string) => string;
}

/**
 * Parses input with the operation's schema, or stops the action with the field errors (field names
 * can be renamed to the inputs they belong to).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, fieldName: (path: string) => string = (p) => p): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const errors = Object.fromEntries(Object.entries(fieldErrorsFrom(parsed.error)).map(([path, key]) => [fieldName(path), key]));
  throw new AppError("INVALID_INPUT", "validation.invalid", errors);
}

function inputOf<A>(actor: A, formData: FormData, secret: readonly string[]): ActionInput<A> {
  return {
    actor,
    formData,
    values: formValues(formData, secret),
    field: (name) => {
      const value = formData.get(name);
      return typeof value === "string" ? value : "";
    },
  };
}

async function runForm<A>(actor: () => Promise<A>, formData: unknown, handler: (input: ActionInput<A>) => Promise<FormState | void>, secret: readonly string[]): Promise<FormState> {
  if (!(formData instanceof FormData)) return { formError: "errors.malformed" };
  const input = inputOf(await actor(), formData, secret);
  try {
    return (await handler(input)) ?? {};
  } catch (error) {
    unstable_rethrow(error); // redirect(), notFound() and the like are answers, not errors
    const appError = asAppError(error);
    if (!appError) throw error;
    if (appError.code === "UNAUTHENTICATED") redirect("/login");
    return { values: input.values, fieldErrors: appError.fieldErrors, formError: appError.fieldErrors ? undefined : appError.messageKey };
  }
}

/** The action of a form (used with useActionState), for a signed-in person holding `permission`. */
export function formAction(permission: Permission, handler: (input: ActionInput<SessionUser>) => Promise<FormState | void>, { secret = [] as readonly string[] } = {}) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => runForm(() => requirePage(permission), formData, handler, secret);
}

/** The action of a public form (log-in, registration): anyone may post it. */
export function publicFormAction(handler: (input: ActionInput<SessionUser | null>) => Promise<FormState | void>, { secret = [] as readonly string[] } = {}) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => runForm(getActor, formData, handler, secret);
}

/**
 * The action of a plain button form (no form state). A file that is gone or not the person's gives the
 * 404 page, a refused action the 403 page, any other refusal a page that explains it and leads back.
 */
export function plainAction<P extends Permission | null>(permission: P, handler: (input: ActionInput<P extends Permission ? SessionUser : SessionUser | null>) => Promise<void>) {
  return async (formData: FormData): Promise<void> => {
    if (!(formData instanceof FormData)) notFound();
    const actor = permission ? await requirePage(permission) : await getActor();
    try {
      await handler(inputOf(actor as P extends Permission ? SessionUser : SessionUser | null, formData, []));
    } catch (error) {
      unstable_rethrow(error);
      const appError = asAppError(error);
      if (!appError) throw error;
      if (appError.code === "NOT_FOUND" || appError.code === "MALFORMED") notFound();
      if (appError.code === "FORBIDDEN") forbidden();
      if (appError.code === "UNAUTHENTICATED") redirect("/login");
      const referer = (await headers()).get("referer");
      let back: string | null = null;
      try {
        back = referer ? safeReturnPath(new URL(referer).pathname) : null;
      } catch {
        back = null;
      }
      redirect(`/problem?key=${encodeURIComponent(appError.messageKey)}${back ? `&back=${encodeURIComponent(back)}` : ""}`);
    }
  };
}
