// Agencies of the actor's office, for choosing a technical team member's agency.
import { db } from "@/lib/db/client";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/access-scopes";

export async function findAgencies({ actor }: { actor: Actor }) {
  requirePermission(actor, "manage:user:office");
  return db().agency.findMany({
    where: { office: officeScope(actor, "manage:user") },
    orderBy: { code: "asc" },
    select: { id: true, code: true, nameId: true, nameEn: true },
  });
}
