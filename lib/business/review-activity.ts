// Activities no single rule covers (or whose sector has no agency) wait for the back office, which sets
// the risk level with its legal basis, the responsible agency and the basic requirements. Nothing is
// guessed: until then the activity stays in this queue. The business then goes on as if the rule table
// had answered; a medium-low activity waits for the business's self-declaration.
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { can, requirePermission, type Actor } from "@/lib/auth/permissions";
import { activityScope, commitmentScope } from "@/lib/auth/access-scopes";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { localToday } from "@/lib/calendar/office-day";
import { officeTimeZone } from "@/lib/calendar/office-time-zone";
import { BASIC_REQUIREMENTS, RISK_LEVELS } from "@/lib/risk/rules";
import { loadOwnBusiness } from "@/lib/business/activities";
import { issueNibCertificate } from "@/lib/business/business-documents";
import { recordCommitments, routeClassifiedActivity } from "@/lib/business/route-activity";

export const ZClassifyActivitySchema = z
  .object({
    level: z.enum(RISK_LEVELS, "validation.business.level"),
    legalBasis: zText().trim().min(1, "validation.business.legalBasis").max(300, "validation.tooLong"),
    agencyId: zText().trim().optional().default(""),
    requirements: z.array(z.enum(BASIC_REQUIREMENTS, "validation.choice")).default([]),
  })
  .superRefine((v, ctx) => {
    if ((v.level === "MENENGAH_TINGGI" || v.level === "TINGGI") && !v.agencyId) {
      ctx.addIssue({ code: "custom", path: ["agencyId"], message: "validation.business.agencyRequired" });
    }
  });
export type TClassifyActivity = z.output<typeof ZClassifyActivitySchema>;

/** The back office's list of activities waiting for a risk level, oldest first. */
export async function findActivitiesForReview({ actor }: { actor: Actor }) {
  requirePermission(actor, "classify:activity:office");
  return db().businessActivity.findMany({
    where: { status: "MANUAL_REVIEW", ...activityScope(actor, "classify:activity") },
    include: { kbliRef: true, business: { select: { id: true, name: true, nib: true, form: true } } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: 200,
  });
}

export async function getActivityForReview({ actor, activityId }: { actor: Actor; activityId: string }) {
  requirePermission(actor, "classify:activity:office");
  const activity = await db().businessActivity.findFirst({
    where: { id: activityId, ...activityScope(actor, "classify:activity") },
    include: { kbliRef: { include: { rules: true } }, business: true },
  });
  if (!activity) throw new AppError("NOT_FOUND", "errors.notFound");
  const agencies = await db().agency.findMany({ where: { officeId: activity.business.officeId }, orderBy: { nameId: "asc" } });
  return { activity, agencies };
}

export async function classifyActivityManually({
  actor,
  activityId,
  input,
  now = new Date(),
}: {
  actor: Actor;
  activityId: string;
  input: TClassifyActivity;
  now?: Date;
}) {
  requirePermission(actor, "classify:activity:office");
  return db().$transaction(
    async (tx) => {
      const found = await tx.businessActivity.findFirst({ where: { id: activityId, ...activityScope(actor, "classify:activity") }, select: { businessId: true } });
      if (!found) throw new AppError("NOT_FOUND", "errors.notFound");
      await tx.$queryRaw`SELECT "id" FROM "BusinessActor" WHERE "id" = ${found.businessId} FOR UPDATE`;
      const business = await tx.businessActor.findUniqueOrThrow({ where: { id: found.businessId } });
      const activity = await tx.businessActivity.findUniqueOrThrow({ where: { id: activityId }, include: { kbliRef: true } });
      if (activity.status !== "MANUAL_REVIEW") throw new AppError("CONFLICT", "errors.business.alreadyClassified");
      let agencyId: string | null = null;
      if (input.agencyId) {
        const agency = await tx.agency.findFirst({ where: { id: input.agencyId, officeId: business.officeId }, select: { id: true } });
        if (!agency) throw new AppError("INVALID_INPUT", "validation.agency.unknown", { agencyId: "validation.agency.unknown" });
        agencyId = agency.id;
      }
      await recordCommitments(tx, { business, activity, requirements: input.requirements, today: localToday(await officeTimeZone(tx, business.officeId), now) });
      const outcome = await routeClassifiedActivity(tx, {
        business,
        activity,
        level: input.level,
        legalBasis: input.legalBasis,
        agencyId,
        declared: false,
        classifiedById: actor.id,
        now,
      });
      await issueNibCertificate(tx, { businessId: business.id, now });
      await recordAudit(tx, { officeId: business.officeId, actorId: actor.id, action: "business.classifyActivity", entity: "BusinessActivity", entityId: activity.id, data: { level: input.level, legalBasis: input.legalBasis } });
      return { outcome, businessId: business.id };
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}

/** The business accepts the self-declaration for a medium-low activity the office classified. */
export async function declareActivity({ actor, activityId, declaration, now = new Date() }: { actor: Actor; activityId: string; declaration: boolean; now?: Date }) {
  requirePermission(actor, "update:business:own");
  if (!declaration) throw new AppError("INVALID_INPUT", "validation.business.declarationRequired", { declaration: "validation.business.declarationRequired" });
  return db().$transaction(
    async (tx) => {
      const found = await tx.businessActivity.findFirst({ where: { id: activityId, ...activityScope(actor, "update:business") }, select: { businessId: true } });
      if (!found) throw new AppError("NOT_FOUND", "errors.notFound");
      const business = await loadOwnBusiness(tx, actor, found.businessId);
      const activity = await tx.businessActivity.findUniqueOrThrow({ where: { id: activityId }, include: { kbliRef: true } });
      if (activity.status !== "AWAITING_DECLARATION" || activity.riskLevel !== "MENENGAH_RENDAH") throw new AppError("CONFLICT", "errors.business.notAwaitingDeclaration");
      const outcome = await routeClassifiedActivity(tx, {
        business,
        activity,
        level: "MENENGAH_RENDAH",
        legalBasis: activity.legalBasis ?? "",
        agencyId: null,
        declared: true,
        classifiedById: activity.classifiedById,
        now,
      });
      await recordAudit(tx, { officeId: business.officeId, actorId: actor.id, action: "business.declare", entity: "BusinessActivity", entityId: activity.id });
      return { outcome, businessId: business.id };
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}

/** How many activities wait for a risk level and commitment proofs wait for a check, for the back office's home. */
export async function countBusinessWork({ actor }: { actor: Actor }) {
  requirePermission(actor, "classify:activity:office");
  const [activities, commitments] = await Promise.all([
    db().businessActivity.count({ where: { status: "MANUAL_REVIEW", ...activityScope(actor, "classify:activity") } }),
    can(actor, "check:commitment:office")
      ? db().commitment.count({ where: { proofSubmittedAt: { not: null }, fulfilledAt: null, ...commitmentScope(actor, "check:commitment") } })
      : 0,
  ]);
  return activities + commitments;
}
