// Agencies of the actor's office, for choosing a technical team member's agency.
import { db } from "@/lib/db/client";
import { requirePermission, type Actor } from "@/lib/auth/permissions";

export async function findAgencies({ actor }: { actor: Actor }) {
  requirePermission(actor, "manage:user:any");
  return db().agency.findMany({
    where: actor.officeId ? { officeId: actor.officeId } : {},
    orderBy: { code: "asc" },
    select: { id: true, code: true, nameId: true, nameEn: true },
  });
}
