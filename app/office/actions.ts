"use server";
// Server actions of the office staff's work on a file.
import { redirect } from "next/navigation";
import { requirePage } from "@/app/_lib/session";
import { verifyApplication, ZVerifyApplicationSchema } from "@/lib/review/verify-application";
import { getEnv } from "@/lib/env";
import { prepareDecision, ZPrepareDecisionSchema } from "@/lib/review/prepare-decision";
import { approveApplication, approveMany } from "@/lib/issuance/issue-permit";
import { rejectApplication, ZRejectSchema } from "@/lib/issuance/reject-application";
import { revokePermit } from "@/lib/issuance/revoke-permit";
import { recordInspection, scheduleSurvey, ZRecordInspectionSchema, ZScheduleSurveySchema } from "@/lib/review/technical-review";
import { fieldErrorsFrom, formStateFromError, type FormState } from "@/lib/forms";

/** Reads `check.<kind>.<key>` = ok|fix and `reason.<kind>.<key>` from the verification form. */
function checksFrom(formData: FormData) {
  const checks: { kind: string; key: string; accepted: boolean; reason?: string }[] = [];
  for (const [name, value] of formData.entries()) {
    const match = /^check\.(field|document)\.(.+)$/.exec(name);
    if (!match || typeof value !== "string") continue;
    const reason = formData.get(`reason.${match[1]}.${match[2]}`);
    checks.push({ kind: match[1]!, key: match[2]!, accepted: value === "ok", reason: typeof reason === "string" && reason.trim() ? reason : undefined });
  }
  return checks;
}

export async function verifyApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePage("verify:application:any");
  const applicationId = String(formData.get("_applicationId") ?? "");
  const values: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !k.startsWith("$")) values[k] = v;
  const parsed = ZVerifyApplicationSchema.safeParse({
    outcome: formData.get("outcome"),
    checks: checksFrom(formData),
    note: (formData.get("note") as string) || undefined,
  });
  if (!parsed.success) {
    const errors = fieldErrorsFrom(parsed.error);
    // checks.3.reason -> reason.<kind>.<key> of the fourth check, so the error sits next to its input.
    const checks = checksFrom(formData);
    const mapped = Object.fromEntries(
      Object.entries(errors).map(([path, key]) => {
        const m = /^checks\.(\d+)\.reason$/.exec(path);
        const c = m ? checks[Number(m[1])] : undefined;
        return [c ? `reason.${c.kind}.${c.key}` : path, key];
      }),
    );
    return { values, fieldErrors: mapped };
  }
  try {
    await verifyApplication({ actor, applicationId, input: parsed.data, timeZone: getEnv().APP_TIME_ZONE });
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(`/office/files/${applicationId}?done=${parsed.data.outcome}`);
}

export async function prepareDecisionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePage("process:application:any");
  const applicationId = String(formData.get("_applicationId") ?? "");
  const values = Object.fromEntries([...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$"))) as Record<string, string>;
  const parsed = ZPrepareDecisionSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsFrom(parsed.error) };
  let number: string;
  try {
    number = (await prepareDecision({ actor, applicationId, input: parsed.data, timeZone: getEnv().APP_TIME_ZONE })).decreeNumber;
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(`/office/files/${applicationId}?done=decision&number=${encodeURIComponent(number)}`);
}

export async function approveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePage("approve:application:any");
  const applicationId = String(formData.get("_applicationId") ?? "");
  let number: string;
  try {
    number = (await approveApplication({ actor, applicationId, timeZone: getEnv().APP_TIME_ZONE })).number;
  } catch (error) {
    return formStateFromError(error, {});
  }
  redirect(`/office/files/${applicationId}?done=approve&number=${encodeURIComponent(number)}`);
}

/** The head's approval of the files ticked in the approval queue (a plain form post). */
export async function approveSelectedAction(formData: FormData) {
  const actor = await requirePage("approve:application:any");
  const ids = formData.getAll("applicationId").map(String).filter(Boolean);
  if (ids.length === 0) redirect("/head?none=1");
  const results = await approveMany({ actor, applicationIds: ids, timeZone: getEnv().APP_TIME_ZONE });
  const ok = results.filter((r) => r.ok).length;
  redirect(`/head?approved=${ok}&failed=${results.length - ok}`);
}

export async function rejectAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePage("read:application:agency");
  const applicationId = String(formData.get("_applicationId") ?? "");
  const values = { reason: String(formData.get("reason") ?? "") };
  const parsed = ZRejectSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsFrom(parsed.error) };
  try {
    await rejectApplication({ actor, applicationId, reason: parsed.data.reason, timeZone: getEnv().APP_TIME_ZONE });
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(`/office/files/${applicationId}?done=reject`);
}

export async function revokeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePage("approve:application:any");
  const applicationId = String(formData.get("_applicationId") ?? "");
  const values = { reason: String(formData.get("reason") ?? "") };
  const parsed = ZRejectSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsFrom(parsed.error) };
  try {
    await revokePermit({ actor, applicationId, reason: parsed.data.reason });
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(`/office/files/${applicationId}?done=revoke`);
}

export async function scheduleSurveyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePage("record:inspection:agency");
  const applicationId = String(formData.get("_applicationId") ?? "");
  const values = { scheduledFor: String(formData.get("scheduledFor") ?? ""), place: String(formData.get("place") ?? ""), members: String(formData.get("members") ?? "") };
  const parsed = ZScheduleSurveySchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsFrom(parsed.error) };
  try {
    await scheduleSurvey({ actor, applicationId, input: parsed.data, timeZone: getEnv().APP_TIME_ZONE });
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(`/office/files/${applicationId}?done=schedule`);
}

export async function recordInspectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePage("record:inspection:agency");
  const applicationId = String(formData.get("_applicationId") ?? "");
  const values = Object.fromEntries([...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$"))) as Record<string, string>;
  const count = Number(formData.get("_items") ?? 0);
  const parsed = ZRecordInspectionSchema.safeParse({
    results: Array.from({ length: count }, (_, i) => ({ result: formData.get(`result.${i}`) ?? "", note: (formData.get(`note.${i}`) as string) || undefined })),
    findings: values.findings ?? "",
    recommendation: values.recommendation ?? "",
    conditions: values.conditions,
    signers: formData.getAll("signer").map(Number),
  });
  if (!parsed.success) {
    const errors = fieldErrorsFrom(parsed.error);
    // results.3.result -> result.3, the radio group of the fourth item.
    return { values, fieldErrors: Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(/^results\.(\d+)\.(result|note)$/, "$2.$1"), v])) };
  }
  let number: string;
  try {
    number = (await recordInspection({ actor, applicationId, input: parsed.data, timeZone: getEnv().APP_TIME_ZONE })).number;
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(`/office/files/${applicationId}?done=inspection&number=${encodeURIComponent(number)}`);
}
