"use server";
// Server actions of business licensing: the profile, activities, submission, self-declaration, and the
// back office's risk level for activities no rule covers. Each parses, calls one domain operation,
// and redirects or returns translated errors.
import { redirect } from "next/navigation";
import { requirePage } from "@/app/_lib/session";
import { addActivity, removeActivity, ZAddActivitySchema } from "@/lib/business/activities";
import { createBusiness, updateBusiness, ZSaveBusinessSchema } from "@/lib/business/save-business";
import { submitActivities } from "@/lib/business/submit-activities";
import { classifyActivityManually, declareActivity, ZClassifyActivitySchema } from "@/lib/business/review-activity";
import { RULE_PARAMETERS } from "@/lib/risk/rules";
import { checkCommitment, ZCheckCommitmentSchema } from "@/lib/business/commitments";
import { getEnv } from "@/lib/env";
import { fieldErrorsFrom, formStateFromError, formValues, type FormState } from "@/lib/forms";

const id = (formData: FormData, key: string) => String(formData.get(key) ?? "");

export async function saveBusinessAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const businessId = id(formData, "_businessId");
  const actor = await requirePage(businessId ? "update:business:own" : "create:business:own");
  const values = formValues(formData);
  const parsed = ZSaveBusinessSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsFrom(parsed.error) };
  let target = businessId;
  try {
    if (businessId) await updateBusiness({ actor, businessId, input: parsed.data });
    else target = (await createBusiness({ actor, input: parsed.data })).id;
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(`/business/${target}?saved=${businessId ? "profile" : "created"}`);
}

export async function addActivityAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePage("update:business:own");
  const businessId = id(formData, "_businessId");
  const values = formValues(formData);
  const parsed = ZAddActivitySchema.safeParse({
    kbli: values.kbli ?? "",
    location: values.location ?? "",
    capital: values.capital ?? "",
    workers: values.workers ?? "",
    parameters: Object.fromEntries(RULE_PARAMETERS.map((p) => [p, values[p] ?? ""])),
  });
  if (!parsed.success) {
    // Parameter errors are reported on their own inputs.
    const errors = Object.fromEntries(Object.entries(fieldErrorsFrom(parsed.error)).map(([k, v]) => [k.replace(/^parameters\./, ""), v]));
    return { values, fieldErrors: errors };
  }
  try {
    await addActivity({ actor, businessId, input: parsed.data });
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(`/business/${businessId}?saved=activity#activities`);
}

export async function removeActivityAction(formData: FormData) {
  const actor = await requirePage("update:business:own");
  const { businessId } = await removeActivity({ actor, activityId: id(formData, "_activityId") });
  redirect(`/business/${businessId}?saved=removed#activities`);
}

export async function submitActivitiesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePage("update:business:own");
  const businessId = id(formData, "_businessId");
  let first = false;
  try {
    const result = await submitActivities({ actor, businessId, declaration: formData.get("declaration") === "on", timeZone: getEnv().APP_TIME_ZONE });
    first = result.firstNib;
  } catch (error) {
    return formStateFromError(error, {});
  }
  redirect(`/business/${businessId}?saved=${first ? "nib" : "submitted"}`);
}

export async function declareActivityAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePage("update:business:own");
  let businessId: string;
  try {
    ({ businessId } = await declareActivity({ actor, activityId: id(formData, "_activityId"), declaration: formData.get("declaration") === "on", timeZone: getEnv().APP_TIME_ZONE }));
  } catch (error) {
    return formStateFromError(error, {});
  }
  redirect(`/business/${businessId}?saved=declared#activities`);
}

export async function classifyActivityAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePage("classify:activity:any");
  const values = formValues(formData);
  const parsed = ZClassifyActivitySchema.safeParse({ ...values, requirements: formData.getAll("requirements").map(String) });
  if (!parsed.success) return { values, fieldErrors: fieldErrorsFrom(parsed.error) };
  try {
    await classifyActivityManually({ actor, activityId: id(formData, "_activityId"), input: parsed.data, timeZone: getEnv().APP_TIME_ZONE });
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect("/back-office/activities?saved=1");
}

export async function checkCommitmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePage("classify:activity:any");
  const values = formValues(formData);
  const parsed = ZCheckCommitmentSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsFrom(parsed.error) };
  try {
    await checkCommitment({ actor, commitmentId: id(formData, "_commitmentId"), input: parsed.data });
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect("/back-office/activities?checked=1");
}
