// A business actor submits its new activities. In one transaction: the NIB is issued on the first
// submission, each activity is classified by the rule table (or sent to the back office when no rule
// or more than one applies), routed by its level, and the NIB certificate is (re)issued listing them.
import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { localToday } from "@/lib/calendar/office-day";
import { officeTimeZone } from "@/lib/calendar/office-time-zone";
import { classifyActivity } from "@/lib/risk/classify";
import { loadRiskRules } from "@/lib/risk/import-csv";
import type { BusinessScale, RuleParameter } from "@/lib/risk/rules";
import { loadOwnBusiness } from "@/lib/business/activities";
import { issueNibCertificate } from "@/lib/business/business-documents";
import { allocateNib } from "@/lib/business/nib";
import { agencyForSection, recordCommitments, routeClassifiedActivity, type RouteOutcome } from "@/lib/business/route-activity";

export const ZSubmitActivitiesSchema = z.object({
  /** The self-declaration checkbox: needed when an activity is medium-low risk. */
  declaration: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});

export interface SubmitActivitiesResult {
  nib: string;
  firstNib: boolean;
  outcomes: { activityId: string; kbli: string; outcome: RouteOutcome }[];
}

export async function submitActivities({
  actor,
  businessId,
  declaration,
  now = new Date(),
}: {
  actor: Actor;
  businessId: string;
  declaration: boolean;
  now?: Date;
}): Promise<SubmitActivitiesResult> {
  requirePermission(actor, "update:business:own");
  return db().$transaction(
    async (tx) => {
      let business = await loadOwnBusiness(tx, actor, businessId);
      const drafts = await tx.businessActivity.findMany({ where: { businessId, status: "DRAFT" }, include: { kbliRef: true }, orderBy: { createdAt: "asc" } });
      if (drafts.length === 0) throw new AppError("INVALID_INPUT", "errors.business.nothingToSubmit");
      const rules = await loadRiskRules({ kbli: [...new Set(drafts.map((d) => d.kbli))], tx });
      const agencies = await tx.agency.findMany({ where: { officeId: business.officeId }, select: { id: true, kbliSections: true } });
      const plans = drafts.map((activity) => ({
        activity,
        classification: classifyActivity(
          { kbli: activity.kbli, scale: activity.scale as BusinessScale, parameters: activity.parameters as Partial<Record<RuleParameter, number>> },
          rules,
        ),
      }));
      const needsDeclaration = plans.some((p) => p.classification.outcome === "classified" && p.classification.level === "MENENGAH_RENDAH");
      if (needsDeclaration && !declaration) {
        throw new AppError("INVALID_INPUT", "validation.business.declarationRequired", { declaration: "validation.business.declarationRequired" });
      }

      const firstNib = !business.nib;
      if (firstNib) {
        business = await tx.businessActor.update({ where: { id: business.id }, data: { nib: await allocateNib(tx), nibIssuedAt: now, lockVersion: { increment: 1 } } });
      }
      const today = localToday(await officeTimeZone(tx, business.officeId), now);
      const outcomes: SubmitActivitiesResult["outcomes"] = [];
      for (const { activity, classification } of plans) {
        const submitted = { ...activity, submittedAt: now };
        if (classification.outcome === "manual_review") {
          await tx.businessActivity.update({ where: { id: activity.id }, data: { status: "MANUAL_REVIEW", reviewReason: classification.reason, submittedAt: now } });
          outcomes.push({ activityId: activity.id, kbli: activity.kbli, outcome: "manual_review" });
          continue;
        }
        await recordCommitments(tx, { business, activity, requirements: classification.requirements, today });
        const outcome = await routeClassifiedActivity(tx, {
          business,
          activity: submitted,
          level: classification.level,
          legalBasis: classification.rule.legalBasis,
          agencyId: agencyForSection(agencies, activity.kbliRef.section),
          declared: declaration,
          classifiedById: null,
          now,
        });
        outcomes.push({ activityId: activity.id, kbli: activity.kbli, outcome });
      }
      await issueNibCertificate(tx, { businessId: business.id, now });
      await recordAudit(tx, { officeId: business.officeId, actorId: actor.id, action: "business.submitActivities", entity: "BusinessActor", entityId: business.id, data: { nib: business.nib, count: plans.length } });
      return { nib: business.nib!, firstNib, outcomes };
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}
