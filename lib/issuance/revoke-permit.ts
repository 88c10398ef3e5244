// The head revokes an issued permit with a reason; the holder is told (in the portal and by e-mail) with
// the reason and the day, and verification then shows it revoked.
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { loadFileForOfficer } from "@/lib/review/staff-access";
import { applyTransition } from "@/lib/workflow/apply-transition";
import { zText } from "@/lib/validation/text";

/** The revocation form: a reason the holder reads, and an explicit confirmation (the step is final). */
export const ZRevokeSchema = z.object({
  reason: zText().trim().min(1, "validation.review.revokeReason").max(2000, "validation.tooLong"),
  confirm: z.literal("yes", { error: "validation.review.revokeConfirm" }),
});
export type TRevoke = z.infer<typeof ZRevokeSchema>;

export async function revokePermit({ actor, applicationId, reason, now = new Date() }: { actor: Actor; applicationId: string; reason: string; now?: Date }) {
  requirePermission(actor, "revoke:permit:office");
  await db().$transaction(async (tx) => {
    const app = await loadFileForOfficer(tx, actor, applicationId, "revoke:permit");
    await applyTransition(tx, { application: app, workflow: app.permitTypeVersion.workflow, action: "revoke", by: actor.role, actorId: actor.id, note: reason, now });
    await tx.issuedDocument.updateMany({ where: { applicationId: app.id, kind: "PERMIT", revokedAt: null }, data: { revokedAt: now, revokeReason: reason } });
    await recordAudit(tx, { officeId: app.officeId, actorId: actor.id, action: "decision.revoke", entity: "Application", entityId: app.id, data: { reason } });
  });
}
