// A technical team member belongs to exactly one agency of the admin's office; other staff to none.
import type { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/access-scopes";
import type { Tx } from "@/lib/audit/record-audit";
import type { Role } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";

export async function assertAgencyFitsRole(tx: Tx, actor: Actor, role: Role, agencyId: string | null) {
  if (role !== "TECHNICAL") return;
  if (!agencyId) throw new AppError("INVALID_INPUT", "validation.agency.required", { agencyId: "validation.agency.required" });
  const agency = await tx.agency.findFirst({
    where: { id: agencyId, office: officeScope(actor, "manage:user") },
    select: { id: true },
  });
  if (!agency) throw new AppError("INVALID_INPUT", "validation.agency.unknown", { agencyId: "validation.agency.unknown" });
}

/** Form check: a technical team member needs an agency (runs even when other fields failed). */
export const agencyRefinement = [
  (v: { role?: string; agencyId?: string | null }, ctx: z.RefinementCtx) => {
    if (v.role === "TECHNICAL" && !v.agencyId)
      ctx.addIssue({ code: "custom", path: ["agencyId"], message: "validation.agency.required" });
  },
  { when: (payload: { value: unknown }) => (payload.value as { role?: unknown } | undefined)?.role === "TECHNICAL" },
] as const;
