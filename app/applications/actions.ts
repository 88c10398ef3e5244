"use server";
// Server actions of the applicant's journey. Each parses the input, calls one domain operation and
// redirects or returns translated errors, through the shared action adapter.
import { redirect } from "next/navigation";
import { formAction, parseInput, plainAction } from "@/app/_lib/action";
import { startApplication } from "@/lib/applications/start-application";
import { startRenewal } from "@/lib/applications/start-renewal";
import { saveDraft } from "@/lib/applications/save-draft";
import { submitApplication } from "@/lib/applications/submit-application";
import { resubmitApplication } from "@/lib/applications/resubmit-application";
import { withdrawApplication, ZWithdrawSchema } from "@/lib/applications/withdraw-application";
import type { FormIssue } from "@/lib/applications/form-schema";
import type { FormState } from "@/lib/forms";

function issuesToState(issues: FormIssue[], values: Record<string, string>): FormState {
  return { values, fieldErrors: Object.fromEntries(issues.map((i) => [i.field, i.message])) };
}

export const startApplicationAction = plainAction("create:application:own", async ({ actor, field }) => {
  // Without an explicit request for another application, the latest draft of the type is resumed.
  const app = await startApplication({ actor, permitTypeId: field("permitTypeId"), resume: field("another") !== "1" });
  redirect(`/applications/${app.id}/edit`);
});

export const saveDraftAction = formAction("update:application:own", async ({ actor, formData, values, field }) => {
  const applicationId = field("_applicationId");
  const result = await saveDraft({ actor, applicationId, entries: formData.entries() });
  if (!result.ok) return issuesToState(result.issues, values);
  if (field("_next") === "documents") {
    // The step is not left with required fields empty: the draft is kept, and each empty field is named.
    if (result.missing.length > 0) return { ...issuesToState(result.missing, values), formError: "application.stepIncomplete" };
    redirect(`/applications/${applicationId}/documents`);
  }
  return { values, success: "application.saved" };
});

export const submitApplicationAction = formAction("update:application:own", async ({ actor, field }) => {
  const applicationId = field("_applicationId");
  const result = await submitApplication({ actor, applicationId });
  if (!result.ok) return { ...issuesToState(result.issues, {}), formError: "application.incomplete" };
  redirect(`/applications/${applicationId}/receipt`);
});

export const resubmitApplicationAction = formAction("update:application:own", async ({ actor, field }) => {
  const applicationId = field("_applicationId");
  const result = await resubmitApplication({ actor, applicationId });
  if (!result.ok) return { ...issuesToState(result.issues, {}), formError: "application.incomplete" };
  redirect(`/applications/${applicationId}?resubmitted=1`);
});

export const withdrawApplicationAction = formAction("update:application:own", async ({ actor, formData, field }) => {
  const applicationId = field("_applicationId");
  const { reason } = parseInput(ZWithdrawSchema, { reason: formData.get("reason") ?? undefined });
  await withdrawApplication({ actor, applicationId, reason });
  redirect(`/applications/${applicationId}?withdrawn=1`);
});

export const startRenewalAction = plainAction("create:application:own", async ({ actor, field }) => {
  const draft = await startRenewal({ actor, applicationId: field("_applicationId") });
  redirect(`/applications/${draft.id}/edit`);
});
