"use server";
// Server actions of business licensing: the profile, activities, submission, self-declaration, and the
// back office's risk level for activities no rule covers. Each parses, calls one domain operation,
// and redirects or returns translated errors, through the shared action adapter.
import { redirect } from "next/navigation";
import { formAction, parseInput, plainAction } from "@/app/_lib/action";
import { addActivity, removeActivity, ZAddActivitySchema } from "@/lib/business/activities";
import { createBusiness, updateBusiness, ZSaveBusinessSchema } from "@/lib/business/save-business";
import { submitActivities } from "@/lib/business/submit-activities";
import { classifyActivityManually, declareActivity, ZClassifyActivitySchema } from "@/lib/business/review-activity";
import { RULE_PARAMETERS } from "@/lib/risk/rules";
import { checkCommitment, ZCheckCommitmentSchema } from "@/lib/business/commitments";

// One form creates a business or changes one (updateBusiness checks the owner's right to change it).
export const saveBusinessAction = formAction("create:business:own", async ({ actor, values, field }) => {
  const businessId = field("_businessId");
  const input = parseInput(ZSaveBusinessSchema, values);
  if (businessId) await updateBusiness({ actor, businessId, input });
  const target = businessId || (await createBusiness({ actor, input })).id;
  redirect(`/business/${target}?saved=${businessId ? "profile" : "created"}`);
});

export const addActivityAction = formAction("update:business:own", async ({ actor, values, field }) => {
  const businessId = field("_businessId");
  const input = parseInput(
    ZAddActivitySchema,
    {
      kbli: values.kbli ?? "",
      location: values.location ?? "",
      capital: values.capital ?? "",
      workers: values.workers ?? "",
      parameters: Object.fromEntries(RULE_PARAMETERS.map((p) => [p, values[p] ?? ""])),
    },
    // Parameter errors are reported on their own inputs.
    (path) => path.replace(/^parameters\./, ""),
  );
  await addActivity({ actor, businessId, input });
  redirect(`/business/${businessId}?saved=activity#activities`);
});

export const removeActivityAction = plainAction("update:business:own", async ({ actor, field }) => {
  const { businessId } = await removeActivity({ actor, activityId: field("_activityId") });
  redirect(`/business/${businessId}?saved=removed#activities`);
});

export const submitActivitiesAction = formAction("update:business:own", async ({ actor, field }) => {
  const businessId = field("_businessId");
  const result = await submitActivities({ actor, businessId, declaration: field("declaration") === "on" });
  redirect(`/business/${businessId}?saved=${result.firstNib ? "nib" : "submitted"}`);
});

export const declareActivityAction = formAction("update:business:own", async ({ actor, field }) => {
  const { businessId } = await declareActivity({ actor, activityId: field("_activityId"), declaration: field("declaration") === "on" });
  redirect(`/business/${businessId}?saved=declared#activities`);
});

export const classifyActivityAction = formAction("classify:activity:office", async ({ actor, formData, values, field }) => {
  const requirements = formData.getAll("requirements").filter((v) => typeof v === "string");
  const input = parseInput(ZClassifyActivitySchema, { ...values, requirements });
  await classifyActivityManually({ actor, activityId: field("_activityId"), input });
  redirect("/back-office/activities?saved=1");
});

export const checkCommitmentAction = formAction("check:commitment:office", async ({ actor, values, field }) => {
  await checkCommitment({ actor, commitmentId: field("_commitmentId"), input: parseInput(ZCheckCommitmentSchema, values) });
  redirect("/back-office/activities?checked=1");
});
