// The applicant's own applications, drafts first, most recently changed first.
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { applicationScope } from "@/lib/auth/access-scopes";
import { db } from "@/lib/db/client";

export async function findMyApplications({ actor }: { actor: Actor }) {
  requirePermission(actor, "read:application:own");
  const rows = await db().application.findMany({
    where: applicationScope(actor, "read:application"),
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 100,
    select: {
      id: true,
      status: true,
      registrationNumber: true,
      createdAt: true,
      updatedAt: true,
      submittedAt: true,
      permitTypeVersion: { select: { nameId: true, nameEn: true } },
    },
  });
  return {
    drafts: rows.filter((r) => r.status === "DRAFT"),
    applications: rows.filter((r) => r.status !== "DRAFT"),
  };
}
