// A technical team member belongs to exactly one agency of the admin's office; other staff to none.
import type { Actor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/audit/record-audit";
import type { Role } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";

export async function assertAgencyFitsRole(tx: Tx, actor: Actor, role: Role, agencyId: string | null) {
  if (role !== "TECHNICAL") return;
  if (!agencyId) throw new AppError("INVALID_INPUT", "validation.agency.required", { agencyId: "validation.agency.required" });
  const agency = await tx.agency.findFirst({
    where: { id: agencyId, ...(actor.officeId ? { officeId: actor.officeId } : {}) },
    select: { id: true },
  });
  if (!agency) throw new AppError("INVALID_INPUT", "validation.agency.unknown", { agencyId: "validation.agency.unknown" });
}
