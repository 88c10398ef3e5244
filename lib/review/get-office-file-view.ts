// Everything the office file page shows an officer: the file as the applicant filled it in, the service
// clock, the front office's earlier checks, the survey and its report, the prepared decision, the
// issued documents, and which actions the officer may take now.
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { inspectionScope } from "@/lib/auth/access-scopes";
import { getApplication } from "@/lib/applications/get-application";
import { serviceClock } from "@/lib/applications/service-clock";
import { checklistOf } from "@/lib/catalogue/version-data";
import { db } from "@/lib/db/client";
import { findIssuedDocuments } from "@/lib/issuance/issued-documents";
import { officeFileActions } from "@/lib/review/office-file-actions";
import { defaultValidity } from "@/lib/review/prepare-decision";
import { localToday } from "@/lib/calendar/office-day";
import { loadWorkCalendar } from "@/lib/calendar/load-work-calendar";
import { surveyStaff, type SurveyTeamMember } from "@/lib/review/technical-review";

export type SurveyMember = SurveyTeamMember;

export async function getOfficeFileView({ actor, applicationId, now = new Date() }: { actor: Actor; applicationId: string; now?: Date }) {
  requirePermission(actor, "read:application:agency");
  const view = await getApplication({ actor, applicationId });
  const { app } = view;
  const [calendar, checks, inspections, decision, issuedDocuments] = await Promise.all([
    loadWorkCalendar(app.officeId),
    db().requirementCheck.findMany({ where: { applicationId: app.id } }),
    db().inspection.findMany({ where: { applicationId: app.id, ...inspectionScope(actor) }, orderBy: { scheduledAt: "desc" } }),
    db().decision.findUnique({ where: { applicationId: app.id } }),
    findIssuedDocuments({ actor, applicationId: app.id, withReports: true }),
  ]);
  const openInspection = inspections.find((i) => !i.recordedAt) ?? null;
  const lastReport = inspections.find((i) => i.recordedAt) ?? null;
  const previousCheck = (kind: string, key: string) => {
    const c = checks.find((x) => x.kind === kind && x.key === key);
    return c ? { accepted: c.accepted, reason: c.reason } : undefined;
  };
  const actions = officeFileActions(actor, { status: app.status, workflow: app.permitTypeVersion.workflow });
  return {
    ...view,
    actions,
    /** Whom the survey team is chosen from (the agency's active technical staff), for those who schedule it. */
    surveyStaff: actions.inspect ? await surveyStaff(db(), actor, app.agencyId) : [],
    clock: serviceClock({ ...app, slaDays: app.permitTypeVersion.slaDays }, calendar, now),
    timeZone: calendar.timeZone,
    previousCheck,
    issuedDocuments,
    decision: decision ? { ...decision, conditions: (decision.conditions as string[]) ?? [] } : null,
    openInspection: openInspection ? { ...openInspection, members: (openInspection.members as unknown as SurveyMember[]) ?? [], photoCount: ((openInspection.photoIds as string[]) ?? []).length } : null,
    lastReport: lastReport ? { recommendation: lastReport.recommendation, conditions: (lastReport.conditions as string[]) ?? [] } : null,
    checklist: checklistOf(app.permitTypeVersion),
    /** What the back office's decision form starts with: validity from today, conditions from the BAP. */
    validity: defaultValidity(localToday(calendar.timeZone, now), app.permitTypeVersion.validityMonths),
  };
}

export type OfficeFileView = Awaited<ReturnType<typeof getOfficeFileView>>;
