// An admin creates a staff account with a role and, for technical team members, an agency.
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, STAFF_ROLES, type Actor } from "@/lib/auth/permissions";
import { uniqueViolationFields } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/users/password-hash";
import { passwordRefinement, ZEmail, ZPersonName } from "@/lib/users/fields";
import { agencyRefinement, assertAgencyFitsRole } from "@/lib/users/staff-role-rules";

export const ZStaffRole = z.enum(STAFF_ROLES, "validation.role");

export const ZCreateStaffUserSchema = z
  .object({
    fullName: ZPersonName,
    email: ZEmail,
    role: ZStaffRole,
    agencyId: zText()
      .trim()
      .optional()
      .transform((v) => v || null),
    password: zText().min(1, "validation.required"),
  })
  .superRefine(...agencyRefinement)
  .superRefine(...passwordRefinement);

export type TCreateStaffUser = z.output<typeof ZCreateStaffUserSchema>;

export async function createStaffUser({ actor, input }: { actor: Actor; input: TCreateStaffUser }) {
  requirePermission(actor, "manage:user:office");
  const passwordHash = await hashPassword(input.password);
  const agencyId = input.role === "TECHNICAL" ? input.agencyId : null;
  try {
    return await db().$transaction(async (tx) => {
      await assertAgencyFitsRole(tx, actor, input.role, agencyId);
      const user = await tx.user.create({
        data: {
          officeId: actor.officeId,
          fullName: input.fullName,
          email: input.email,
          role: input.role,
          agencyId,
          passwordHash,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        officeId: actor.officeId,
        actorId: actor.id,
        action: "user.create",
        entity: "User",
        entityId: user.id,
        data: { email: input.email, role: input.role, agencyId },
      });
      return user;
    });
  } catch (error) {
    if (uniqueViolationFields(error)) {
      throw new AppError("CONFLICT", "validation.email.taken", { email: "validation.email.taken" });
    }
    throw error;
  }
}
