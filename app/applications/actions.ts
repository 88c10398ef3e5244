"use server";
// Server actions of the applicant's journey. Each reads the session, parses the input, calls one
// domain operation and redirects or returns translated errors.
import { redirect } from "next/navigation";
import { requirePage } from "@/app/_lib/session";
import { startApplication } from "@/lib/applications/start-application";
import { startRenewal } from "@/lib/applications/start-renewal";
import { saveDraft } from "@/lib/applications/save-draft";
import { submitApplication } from "@/lib/applications/submit-application";
import { resubmitApplication } from "@/lib/applications/resubmit-application";
import { withdrawApplication, ZWithdrawSchema } from "@/lib/applications/withdraw-application";
import { rawFromFormEntries } from "@/lib/applications/form-schema";
import { fieldsOf } from "@/lib/catalogue/version-data";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { formStateFromError, type FormState } from "@/lib/forms";

export async function startApplicationAction(formData: FormData) {
  const actor = await requirePage("create:application:own");
  const app = await startApplication({ actor, permitTypeId: String(formData.get("permitTypeId") ?? "") });
  redirect(`/applications/${app.id}/edit`);
}

function issuesToState(issues: { field: string; message: string }[], values: Record<string, string>): FormState {
  return { values, fieldErrors: Object.fromEntries(issues.map((i) => [i.field, i.message])) };
}

function postedValues(formData: FormData) {
  const values: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !k.startsWith("$") && !k.startsWith("_")) values[k] = v;
  return values;
}

export async function saveDraftAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePage("update:application:own");
  const applicationId = String(formData.get("_applicationId") ?? "");
  const values = postedValues(formData);
  const app = await db().application.findFirst({
    where: { id: applicationId, applicantId: actor.id },
    select: { permitTypeVersion: { select: { fields: true } } },
  });
  if (!app) return { formError: "errors.notFound" };
  const raw = rawFromFormEntries(fieldsOf(app.permitTypeVersion), formData.entries());
  try {
    const result = await saveDraft({ actor, applicationId, raw, timeZone: getEnv().APP_TIME_ZONE });
    if (!result.ok) return issuesToState(result.issues, values);
  } catch (error) {
    return formStateFromError(error, values);
  }
  if (formData.get("_next") === "documents") redirect(`/applications/${applicationId}/documents`);
  return { values, success: "application.saved" };
}

export async function submitApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePage("update:application:own");
  const applicationId = String(formData.get("_applicationId") ?? "");
  let result;
  try {
    result = await submitApplication({ actor, applicationId, timeZone: getEnv().APP_TIME_ZONE });
  } catch (error) {
    return formStateFromError(error, {});
  }
  if (!result.ok) return { ...issuesToState(result.issues, {}), formError: "application.incomplete" };
  redirect(`/applications/${applicationId}/receipt`);
}

export async function resubmitApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePage("update:application:own");
  const applicationId = String(formData.get("_applicationId") ?? "");
  let result;
  try {
    result = await resubmitApplication({ actor, applicationId, timeZone: getEnv().APP_TIME_ZONE });
  } catch (error) {
    return formStateFromError(error, {});
  }
  if (!result.ok) return { ...issuesToState(result.issues, {}), formError: "application.incomplete" };
  redirect(`/applications/${applicationId}?resubmitted=1`);
}

export async function withdrawApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePage("update:application:own");
  const applicationId = String(formData.get("_applicationId") ?? "");
  const parsed = ZWithdrawSchema.safeParse({ reason: formData.get("reason") ?? undefined });
  if (!parsed.success) return { fieldErrors: { reason: "validation.tooLong" } };
  try {
    await withdrawApplication({ actor, applicationId, reason: parsed.data.reason });
  } catch (error) {
    return formStateFromError(error, {});
  }
  redirect(`/applications/${applicationId}?withdrawn=1`);
}

export async function startRenewalAction(formData: FormData) {
  const actor = await requirePage("create:application:own");
  const draft = await startRenewal({ actor, applicationId: String(formData.get("_applicationId") ?? "") });
  redirect(`/applications/${draft.id}/edit`);
}
