// What the business page shows: the profile and NIB, each activity with its risk level, what it has
// received and what is pending with whom, the commitments, and the current NIB certificate.
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { businessScope } from "@/lib/auth/access-scopes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { WAITING_ON } from "@/lib/workflow/transitions";
import { classifyActivity } from "@/lib/risk/classify";
import { loadRiskRules } from "@/lib/risk/import-csv";
import type { BusinessScale, RuleParameter } from "@/lib/risk/rules";

export async function findMyBusinesses({ actor }: { actor: Actor }) {
  requirePermission(actor, "read:business:own");
  return db().businessActor.findMany({
    where: businessScope(actor, "read:business"),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true, form: true, nib: true, _count: { select: { activities: true } } },
  });
}

/** Where an activity stands, for the applicant: derived from its status and its file's. */
export type ActivityStanding =
  | "draft"
  | "manual_review"
  | "awaiting_declaration"
  | "licensed_by_nib"
  | "certified"
  | "pending_verification"
  | "pending_licence"
  | "verified"
  | "licensed"
  | "rejected"
  | "withdrawn"
  | "revoked"
  | "expired";

export function activityStanding(activity: { status: string; riskLevel: string | null; application: { status: string } | null }): ActivityStanding {
  switch (activity.status) {
    case "DRAFT":
      return "draft";
    case "MANUAL_REVIEW":
      return "manual_review";
    case "AWAITING_DECLARATION":
      return "awaiting_declaration";
  }
  const appStatus = activity.application?.status;
  if (appStatus === "REJECTED") return "rejected";
  if (appStatus === "WITHDRAWN") return "withdrawn";
  if (appStatus === "REVOKED") return "revoked";
  if (appStatus === "EXPIRED") return "expired";
  if (activity.riskLevel === "RENDAH") return "licensed_by_nib";
  if (activity.riskLevel === "MENENGAH_RENDAH") return "certified";
  if (activity.riskLevel === "MENENGAH_TINGGI") return appStatus === "ISSUED" ? "verified" : "pending_verification";
  return appStatus === "ISSUED" ? "licensed" : "pending_licence";
}

export async function getBusiness({ actor, businessId }: { actor: Actor; businessId: string }) {
  const business = await db().businessActor.findFirst({
    where: { id: businessId, ...businessScope(actor, "read:business") },
    include: {
      activities: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: {
          kbliRef: true,
          application: {
            select: {
              id: true,
              status: true,
              registrationNumber: true,
              dueDay: true,
              agency: { select: { nameId: true, nameEn: true } },
              permitType: { select: { code: true } },
              issuedDocuments: { where: { kind: { in: ["PERMIT", "STANDARD_CERTIFICATE"] }, supersededAt: null }, select: { code: true, number: true, kind: true } },
            },
          },
        },
      },
      commitments: { orderBy: [{ dueDay: "asc" }, { id: "asc" }], include: { activity: { select: { kbli: true } } } },
      nibApplication: { select: { id: true, issuedDocuments: { where: { kind: "NIB_CERTIFICATE", supersededAt: null }, select: { code: true } } } },
    },
  });
  if (!business) throw new AppError("NOT_FOUND", "errors.notFound");
  // What each draft will get when submitted, from the same rules the submission uses.
  const drafts = business.activities.filter((a) => a.status === "DRAFT");
  const rules = drafts.length ? await loadRiskRules({ kbli: [...new Set(drafts.map((d) => d.kbli))] }) : [];
  const preview = (a: (typeof business.activities)[number]) => {
    if (a.status !== "DRAFT") return null;
    const c = classifyActivity({ kbli: a.kbli, scale: a.scale as BusinessScale, parameters: a.parameters as Partial<Record<RuleParameter, number>> }, rules);
    return c.outcome === "classified" ? { level: c.level, requirements: c.requirements } : { level: null, requirements: [] };
  };
  return {
    business,
    isOwner: business.ownerId === actor.id,
    certificateCode: business.nibApplication?.issuedDocuments[0]?.code ?? null,
    activities: business.activities.map((a) => ({
      ...a,
      standing: activityStanding(a),
      preview: preview(a),
      waitingOn: a.application ? WAITING_ON[a.application.status] : null,
      document: a.application?.issuedDocuments[0] ?? null,
    })),
  };
}
