"use server";
// Server actions of the office staff's work on a file, through the shared action adapter.
import { redirect } from "next/navigation";
import { formAction, parseInput, plainAction } from "@/app/_lib/action";
import { verifyApplication, ZVerifyApplicationSchema } from "@/lib/review/verify-application";
import { prepareDecision, ZPrepareDecisionSchema } from "@/lib/review/prepare-decision";
import { approveApplication, approveMany } from "@/lib/issuance/issue-permit";
import { rejectApplication, ZRejectSchema } from "@/lib/issuance/reject-application";
import { revokePermit, ZRevokeSchema } from "@/lib/issuance/revoke-permit";
import { recordInspection, scheduleSurvey, ZRecordInspectionSchema, ZScheduleSurveySchema } from "@/lib/review/technical-review";

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

export const verifyApplicationAction = formAction("verify:application:office", async ({ actor, formData, field }) => {
  const applicationId = field("_applicationId");
  const checks = checksFrom(formData);
  const input = parseInput(
    ZVerifyApplicationSchema,
    { outcome: formData.get("outcome"), checks, note: field("note") || undefined, allInOrder: field("allInOrder") === "1" },
    // checks.3.reason -> reason.<kind>.<key> of the fourth check, so the error sits next to its input.
    (path) => {
      const m = /^checks\.(\d+)\.reason$/.exec(path);
      const c = m ? checks[Number(m[1])] : undefined;
      return c ? `reason.${c.kind}.${c.key}` : path;
    },
  );
  await verifyApplication({ actor, applicationId, input });
  redirect(`/office/files/${applicationId}?done=${input.outcome}`);
});

export const prepareDecisionAction = formAction("process:application:office", async ({ actor, values, field }) => {
  const applicationId = field("_applicationId");
  const input = parseInput(ZPrepareDecisionSchema, values);
  const { decreeNumber } = await prepareDecision({ actor, applicationId, input });
  redirect(`/office/files/${applicationId}?done=decision&number=${encodeURIComponent(decreeNumber)}`);
});

export const approveAction = formAction("approve:application:office", async ({ actor, field }) => {
  const applicationId = field("_applicationId");
  const { number } = await approveApplication({ actor, applicationId });
  redirect(`/office/files/${applicationId}?done=approve&number=${encodeURIComponent(number)}`);
});

/** The head's approval of the files ticked in the approval queue (a plain form post). */
export const approveSelectedAction = plainAction("approve:application:office", async ({ actor, formData }) => {
  const ids = formData.getAll("applicationId").filter((v): v is string => typeof v === "string" && v !== "");
  if (ids.length === 0) redirect("/head?none=1");
  const results = await approveMany({ actor, applicationIds: ids });
  const ok = results.filter((r) => r.ok).length;
  redirect(`/head?approved=${ok}&failed=${results.length - ok}`);
});

export const rejectAction = formAction("reject:application:agency", async ({ actor, field }) => {
  const applicationId = field("_applicationId");
  const { reason } = parseInput(ZRejectSchema, { reason: field("reason") });
  await rejectApplication({ actor, applicationId, reason });
  redirect(`/office/files/${applicationId}?done=reject`);
});

export const revokeAction = formAction("revoke:permit:office", async ({ actor, field }) => {
  const applicationId = field("_applicationId");
  const { reason } = parseInput(ZRevokeSchema, { reason: field("reason"), confirm: field("confirm") });
  await revokePermit({ actor, applicationId, reason });
  redirect(`/office/files/${applicationId}?done=revoke`);
});

export const scheduleSurveyAction = formAction("record:inspection:agency", async ({ actor, formData, field }) => {
  const applicationId = field("_applicationId");
  const input = parseInput(ZScheduleSurveySchema, { scheduledFor: field("scheduledFor"), place: field("place"), members: formData.getAll("member").map(String), reason: field("reason") || undefined });
  await scheduleSurvey({ actor, applicationId, input });
  redirect(`/office/files/${applicationId}?done=schedule`);
});

export const recordInspectionAction = formAction("record:inspection:agency", async ({ actor, formData, values, field }) => {
  const applicationId = field("_applicationId");
  const count = Math.min(Math.max(Number(field("_items")) || 0, 0), 200);
  const input = parseInput(
    ZRecordInspectionSchema,
    {
      results: Array.from({ length: count }, (_, i) => ({ result: field(`result.${i}`), note: field(`note.${i}`) || undefined })),
      findings: values.findings ?? "",
      recommendation: values.recommendation ?? "",
      conditions: values.conditions,
      visitedAt: field("visitedAt"),
      signers: formData.getAll("signer").map(Number),
    },
    // results.3.result -> result.3, the radio group of the fourth item.
    (path) => path.replace(/^results\.(\d+)\.(result|note)$/, "$2.$1"),
  );
  const { number } = await recordInspection({ actor, applicationId, input });
  redirect(`/office/files/${applicationId}?done=inspection&number=${encodeURIComponent(number)}`);
});
