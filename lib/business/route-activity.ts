// What happens to one business activity once its risk level is known (DESIGN.md section 4): low risk
// is done with the NIB; medium-low gets its Sertifikat Standar on the business's self-declaration;
// medium-high and high open a file for the agency in charge of the KBLI's sector. The basic
// requirements the rule names become commitments with due days.
import type { Tx } from "@/lib/audit/record-audit";
import type { Agency, BusinessActivity, BusinessActor, Kbli } from "@/lib/db/generated/client";
import type { RiskLevel } from "@/lib/db/generated/enums";
import { dayToDate } from "@/lib/calendar/office-day";
import type { BasicRequirement } from "@/lib/risk/rules";
import { activityData, issueSelfDeclaredCertificate, openBusinessApplication } from "@/lib/business/business-documents";

/** Days a business has to fulfil a basic requirement after registering the activity (office policy). */
export const COMMITMENT_DUE_DAYS = 90;

/** The agency whose sector covers the KBLI section, or null when no agency is set up for it. */
export function agencyForSection(agencies: Pick<Agency, "id" | "kbliSections">[], section: string) {
  return agencies.find((a) => a.kbliSections.includes(section))?.id ?? null;
}

export function commitmentDueDay(today: string) {
  const due = dayToDate(today);
  due.setUTCDate(due.getUTCDate() + COMMITMENT_DUE_DAYS);
  return due;
}

export async function recordCommitments(tx: Tx, { business, activity, requirements, today }: { business: BusinessActor; activity: BusinessActivity; requirements: BasicRequirement[]; today: string }) {
  if (!requirements.length) return;
  await tx.commitment.createMany({
    data: requirements.map((requirement) => ({ businessId: business.id, activityId: activity.id, requirement, dueDay: commitmentDueDay(today) })),
    skipDuplicates: true,
  });
}

export type RouteOutcome = "active" | "certified" | "awaiting_declaration" | "in_process" | "manual_review";

/**
 * Moves a classified activity on. `declared` says whether the business has accepted the
 * self-declaration (needed for medium-low); without it the activity waits for it.
 */
export async function routeClassifiedActivity(
  tx: Tx,
  {
    business,
    activity,
    level,
    legalBasis,
    agencyId,
    declared,
    classifiedById,
    now,
  }: {
    business: BusinessActor;
    activity: BusinessActivity & { kbliRef: Kbli };
    level: RiskLevel;
    legalBasis: string;
    agencyId: string | null;
    declared: boolean;
    classifiedById: string | null;
    now: Date;
  },
): Promise<RouteOutcome> {
  const base = { riskLevel: level, legalBasis, classifiedById, reviewReason: null, submittedAt: activity.submittedAt ?? now };
  if (level === "RENDAH") {
    await tx.businessActivity.update({ where: { id: activity.id }, data: { ...base, status: "ACTIVE" } });
    return "active";
  }
  if (level === "MENENGAH_RENDAH") {
    if (!declared) {
      await tx.businessActivity.update({ where: { id: activity.id }, data: { ...base, status: "AWAITING_DECLARATION" } });
      return "awaiting_declaration";
    }
    const issued = await issueSelfDeclaredCertificate(tx, { business, activity, now });
    await tx.businessActivity.update({ where: { id: activity.id }, data: { ...base, status: "ACTIVE", applicationId: issued.applicationId } });
    return "certified";
  }
  if (!agencyId) {
    // Nobody is set up to verify this sector: the back office decides, the level is kept for it.
    await tx.businessActivity.update({ where: { id: activity.id }, data: { ...base, status: "MANUAL_REVIEW", reviewReason: "no_agency" } });
    return "manual_review";
  }
  const opened = await openBusinessApplication(tx, {
    business,
    kind: level === "TINGGI" ? "licence" : "verified",
    agencyId,
    data: activityData(business, activity, level),
    now,
  });
  await tx.businessActivity.update({ where: { id: activity.id }, data: { ...base, status: "IN_PROCESS", applicationId: opened.id } });
  return "in_process";
}
