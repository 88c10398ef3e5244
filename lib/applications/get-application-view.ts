// What the applicant's page of one application shows: the file, its service clock, what was issued,
// and whether it can be renewed.
import type { Actor } from "@/lib/auth/permissions";
import { getApplication } from "@/lib/applications/get-application";
import { serviceClock } from "@/lib/applications/service-clock";
import { isRenewable } from "@/lib/applications/start-renewal";
import { findIssuedDocuments } from "@/lib/issuance/issued-documents";
import { loadWorkCalendar } from "@/lib/calendar/load-work-calendar";
import { UNDECIDED } from "@/lib/workflow/transitions";

export async function getApplicationView({ actor, applicationId, now = new Date() }: { actor: Actor; applicationId: string; now?: Date }) {
  const view = await getApplication({ actor, applicationId });
  const { app } = view;
  const [calendar, issuedDocuments] = await Promise.all([
    app.status === "DRAFT" ? null : loadWorkCalendar(app.officeId),
    findIssuedDocuments({ actor, applicationId: app.id }),
  ]);
  const validUntil = app.decision?.validUntil ?? null;
  return {
    ...view,
    clock: calendar ? serviceClock({ ...app, slaDays: app.permitTypeVersion.slaDays }, calendar, now) : null,
    issuedDocuments,
    /** Until when the permit is valid, when its holder may renew it now. */
    renewableUntil: view.isOwner && validUntil && isRenewable({ status: app.status, validUntil }, now) ? validUntil : null,
    withdrawable: view.isOwner && UNDECIDED.includes(app.status),
  };
}
