// The applicant sends a returned file back after fixing what was asked. Every flagged field must have
// changed and every flagged document must have been replaced; the event keeps both versions.
import type { Actor } from "@/lib/auth/permissions";
import { loadOwnApplication } from "@/lib/applications/access";
import { completenessIssues } from "@/lib/applications/requirements-check";
import { findOpenRevision } from "@/lib/applications/revision";
import { documentsOf, fieldsOf } from "@/lib/catalogue/version-data";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { applyTransition } from "@/lib/workflow/apply-transition";
import type { FormIssue } from "@/lib/applications/form-schema";

export type ResubmitResult = { ok: true } | { ok: false; issues: FormIssue[] };

export async function resubmitApplication({
  actor,
  applicationId,
}: {
  actor: Actor;
  applicationId: string;
}): Promise<ResubmitResult> {
  return db().$transaction(async (tx) => {
    const app = await loadOwnApplication(tx, actor, applicationId);
    if (app.status !== "RETURNED") throw new AppError("INVALID_TRANSITION", "errors.applications.notReturned");
    const revision = await findOpenRevision(tx, app.id);
    if (!revision) throw new AppError("INVALID_TRANSITION", "errors.applications.notReturned");
    const data = (app.data ?? {}) as Record<string, unknown>;
    const before = (revision.dataBefore ?? {}) as Record<string, unknown>;
    const current = await tx.applicationDocument.findMany({ where: { applicationId: app.id, supersededAt: null } });

    const issues: FormIssue[] = [];
    const changes: { field: string; before: unknown; after: unknown }[] = [];
    const replaced: { document: string; fileId: string }[] = [];
    for (const item of revision.items) {
      if (item.kind === "field") {
        if (JSON.stringify(data[item.key] ?? null) === JSON.stringify(before[item.key] ?? null)) {
          issues.push({ field: item.key, message: "validation.revision.unchanged" });
        } else {
          changes.push({ field: item.key, before: before[item.key] ?? null, after: data[item.key] ?? null });
        }
      } else {
        const doc = current.find((d) => d.requirementKey === item.key);
        if (!doc || doc.createdAt <= revision.createdAt) issues.push({ field: `document.${item.key}`, message: "validation.revision.documentNotReplaced" });
        else replaced.push({ document: item.key, fileId: doc.fileId });
      }
    }
    issues.push(
      ...completenessIssues(
        fieldsOf(app.permitTypeVersion),
        documentsOf(app.permitTypeVersion),
        data,
        new Set(current.map((d) => d.requirementKey)),
        app.office.timeZone,
      ).filter((i) => !issues.some((j) => j.field === i.field)),
    );
    if (issues.length > 0) return { ok: false as const, issues };

    await applyTransition(tx, {
      application: app,
      workflow: app.permitTypeVersion.workflow,
      action: "resubmit",
      by: "APPLICANT",
      actorId: actor.id,
      eventData: { changes, replaced } as unknown as Prisma.InputJsonValue,
    });
    await tx.revisionRequest.update({ where: { id: revision.id }, data: { resolvedAt: new Date() } });
    return { ok: true as const };
  });
}
