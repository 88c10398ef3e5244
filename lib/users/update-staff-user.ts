// An admin changes a staff member's role or agency, or deactivates and reactivates any account.
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { db } from "@/lib/db/client";
import { recordAudit, type Tx } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { userScope } from "@/lib/auth/access-scopes";
import { AppError } from "@/lib/errors";
import { agencyRefinement, assertAgencyFitsRole } from "@/lib/users/staff-role-rules";
import { ZStaffRole } from "@/lib/users/create-staff-user";

export const ZUpdateStaffUserSchema = z
  .object({
    userId: zText().min(1, "validation.required"),
    role: ZStaffRole,
    agencyId: zText()
      .trim()
      .optional()
      .transform((v) => v || null),
  })
  .superRefine(...agencyRefinement);

export type TUpdateStaffUser = z.output<typeof ZUpdateStaffUserSchema>;

async function findTarget(tx: Tx, actor: Actor, userId: string, { staffOnly }: { staffOnly: boolean }) {
  const user = await tx.user.findFirst({ where: { id: userId, ...userScope(actor) } });
  if (!user) throw new AppError("NOT_FOUND", "errors.notFound");
  if (staffOnly && user.role === "APPLICANT") throw new AppError("INVALID_INPUT", "errors.users.applicantNotStaff");
  return user;
}

export async function updateStaffUser({ actor, input }: { actor: Actor; input: TUpdateStaffUser }) {
  requirePermission(actor, "manage:user:office");
  if (input.userId === actor.id) throw new AppError("INVALID_INPUT", "errors.users.selfChange");
  const agencyId = input.role === "TECHNICAL" ? input.agencyId : null;
  await db().$transaction(async (tx) => {
    const user = await findTarget(tx, actor, input.userId, { staffOnly: true });
    await assertAgencyFitsRole(tx, actor, input.role, agencyId);
    if (user.role === input.role && user.agencyId === agencyId) return;
    await tx.user.update({ where: { id: user.id }, data: { role: input.role, agencyId } });
    await recordAudit(tx, {
      officeId: user.officeId,
      actorId: actor.id,
      action: "user.update",
      entity: "User",
      entityId: user.id,
      data: { from: { role: user.role, agencyId: user.agencyId }, to: { role: input.role, agencyId } },
    });
  });
}

export const ZSetUserActiveSchema = z.object({
  userId: zText().min(1, "validation.required"),
  active: z.enum(["true", "false"], "validation.invalid").transform((v) => v === "true"),
});

export async function setUserActive({ actor, userId, active }: { actor: Actor; userId: string; active: boolean }) {
  requirePermission(actor, "manage:user:office");
  if (userId === actor.id) throw new AppError("INVALID_INPUT", "errors.users.selfChange");
  await db().$transaction(async (tx) => {
    const user = await findTarget(tx, actor, userId, { staffOnly: false });
    if (user.active === active) return;
    await tx.user.update({
      where: { id: user.id },
      // Deactivation also ends every open session for good: reactivating does not revive them.
      data: active ? { active, failedLoginCount: 0, lockedUntil: null } : { active, sessionsValidAfter: new Date() },
    });
    await recordAudit(tx, {
      officeId: user.officeId,
      actorId: actor.id,
      action: active ? "user.reactivate" : "user.deactivate",
      entity: "User",
      entityId: user.id,
    });
  });
}
