// The applicant withdraws an application that has not been decided yet (a draft is discarded the same way).
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import type { Actor } from "@/lib/auth/permissions";
import { loadOwnApplication } from "@/lib/applications/access";
import { db } from "@/lib/db/client";
import { applyTransition } from "@/lib/workflow/apply-transition";

export const ZWithdrawSchema = z.object({
  reason: zText().trim().max(1000, "validation.tooLong").optional(),
});

export async function withdrawApplication({ actor, applicationId, reason }: { actor: Actor; applicationId: string; reason?: string }) {
  await db().$transaction(async (tx) => {
    const app = await loadOwnApplication(tx, actor, applicationId);
    await applyTransition(tx, {
      application: app,
      workflow: app.permitTypeVersion.workflow,
      action: "withdraw",
      by: "APPLICANT",
      actorId: actor.id,
      note: reason || null,
      changes: { decidedAt: new Date() },
    });
    await tx.revisionRequest.updateMany({ where: { applicationId: app.id, resolvedAt: null }, data: { resolvedAt: new Date() } });
  });
}
