// The front office returns a file to the applicant, naming each field or document to fix and why.
// The service-level clock pauses while the file is with the applicant.
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { ZRevisionItem, type RevisionItem } from "@/lib/applications/revision";
import { documentsOf, fieldsOf } from "@/lib/catalogue/version-data";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/audit/record-audit";
import type { Workflow } from "@/lib/catalogue/definition";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { applyTransition } from "@/lib/workflow/apply-transition";
import { loadFileForOfficer } from "@/lib/review/staff-access";

export const ZReturnForRevisionSchema = z.object({
  items: z.array(ZRevisionItem).min(1, "validation.revision.itemsRequired").max(100),
  note: zText().trim().max(2000, "validation.tooLong").optional(),
});

export async function returnForRevision({
  actor,
  applicationId,
  items,
  note,
}: {
  actor: Actor;
  applicationId: string;
  items: RevisionItem[];
  note?: string;
}) {
  requirePermission(actor, "verify:application:office");
  return db().$transaction(async (tx) => {
    const app = await loadFileForOfficer(tx, actor, applicationId, "verify:application");
    const fieldKeys = new Set(fieldsOf(app.permitTypeVersion).map((f) => f.key));
    const documentKeys = new Set(documentsOf(app.permitTypeVersion).map((d) => d.key));
    for (const item of items) {
      const known = item.kind === "field" ? fieldKeys.has(item.key) : documentKeys.has(item.key);
      if (!known) throw new AppError("INVALID_INPUT", "validation.revision.unknownItem");
    }
    await recordReturn(tx, { app, actor, items, note });
  });
}

/** Writes a return inside the caller's transaction: the transition, its event and the revision request. */
export async function recordReturn(
  tx: Tx,
  {
    app,
    actor,
    items,
    note,
  }: {
    app: { id: string; status: ApplicationStatus; lockVersion: number; data: Prisma.JsonValue; permitTypeVersion: { workflow: Workflow } };
    actor: Actor;
    items: RevisionItem[];
    note?: string | null;
  },
) {
  await applyTransition(tx, {
    application: app,
    workflow: app.permitTypeVersion.workflow,
    action: "returnForRevision",
    by: actor.role,
    actorId: actor.id,
    note: note ?? null,
    eventData: { items } as unknown as Prisma.InputJsonValue,
  });
  await tx.revisionRequest.create({
    data: {
      applicationId: app.id,
      requestedById: actor.id,
      items: items as unknown as Prisma.InputJsonValue,
      dataBefore: (app.data ?? {}) as Prisma.InputJsonValue,
    },
  });
}
