// Submits a complete draft: it gets the next registration number of the year and a tracking token,
// in the same transaction as its state change. An instant permit type is issued at once.
import type { Actor } from "@/lib/auth/permissions";
import { loadOwnApplication } from "@/lib/applications/access";
import { allocateRegistrationNumber } from "@/lib/applications/allocate-registration-number";
import { newTrackingToken } from "@/lib/applications/numbering";
import { completenessIssues } from "@/lib/applications/requirements-check";
import { documentsOf, fieldsOf } from "@/lib/catalogue/version-data";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { issueInstantPermitInTx } from "@/lib/issuance/issue-permit";
import { applyTransition } from "@/lib/workflow/apply-transition";
import { localToday } from "@/lib/calendar/office-day";
import type { FormIssue } from "@/lib/applications/form-schema";
import type { Tx } from "@/lib/audit/record-audit";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import type { Workflow } from "@/lib/catalogue/definition";

export type SubmitResult =
  | { ok: true; registrationNumber: string; trackingToken: string; alreadySubmitted: boolean }
  | { ok: false; issues: FormIssue[] };


export async function submitApplication({
  actor,
  applicationId,
  now = new Date(),
}: {
  actor: Actor;
  applicationId: string;
  now?: Date;
}): Promise<SubmitResult> {
  return db().$transaction(async (tx) => {
    const app = await loadOwnApplication(tx, actor, applicationId);
    // A second click on "submit" finds the file submitted: answer with the same receipt.
    if (app.status !== "DRAFT") {
      if (app.registrationNumber && app.trackingToken) {
        return { ok: true as const, registrationNumber: app.registrationNumber, trackingToken: app.trackingToken, alreadySubmitted: true };
      }
      throw new AppError("INVALID_TRANSITION", "errors.applications.notEditable");
    }
    const version = app.permitTypeVersion;
    const uploaded = await tx.applicationDocument.findMany({
      where: { applicationId: app.id, supersededAt: null },
      select: { requirementKey: true },
    });
    const issues = completenessIssues(
      fieldsOf(version),
      documentsOf(version),
      (app.data ?? {}) as Record<string, unknown>,
      new Set(uploaded.map((d) => d.requirementKey)),
      app.office.timeZone,
    );
    if (issues.length > 0) return { ok: false as const, issues };

    const submitted = await recordSubmission(tx, { app, workflow: version.workflow, actorId: actor.id, now, issueDocument: true });
    return { ok: true as const, ...submitted, alreadySubmitted: false };
  });
}

/**
 * Submits a draft inside the caller's transaction: the next registration number of the office's year,
 * a tracking token and the state change; an instant permit type is issued in the same step.
 */
export async function recordSubmission(
  tx: Tx,
  {
    app,
    workflow,
    actorId,
    now,
    issueDocument = false,
  }: {
    app: { id: string; officeId: string; status: ApplicationStatus; lockVersion: number; office: { timeZone: string } };
    workflow: Workflow;
    actorId: string;
    now: Date;
    /** An instant type gets its permit document here (business files get theirs from the business documents). */
    issueDocument?: boolean;
  },
) {
  const number = await allocateRegistrationNumber(tx, app.officeId, Number(localToday(app.office.timeZone, now).slice(0, 4)));
  const trackingToken = newTrackingToken();
  const status = await applyTransition(tx, {
    application: app,
    workflow,
    action: "submit",
    by: "APPLICANT",
    actorId,
    eventData: { registrationNumber: number.number },
    changes: { registrationNumber: number.number, registrationYear: number.year, registrationSeq: number.seq, trackingToken, submittedAt: now },
  });
  if (workflow === "instant" && issueDocument) {
    // Issued as every permit is: a signed PDF with its verification QR.
    await issueInstantPermitInTx(tx, { applicationId: app.id, now });
  } else if (workflow === "instant") {
    // A business licence file of an instant type gets its certificate from the business documents.
    await applyTransition(tx, {
      application: { id: app.id, status, lockVersion: app.lockVersion + 1 },
      workflow,
      action: "issueInstant",
      by: "SYSTEM",
      actorId: null,
      changes: { decidedAt: now },
    });
  }
  return { registrationNumber: number.number, trackingToken };
}

