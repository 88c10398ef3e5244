// Who may read and change an application: its applicant, office staff, and the technical team of
// the responsible agency. Every read and write of an application goes through these checks.
import { can, requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/audit/record-audit";

export function canReadApplication(actor: Actor, app: { applicantId: string; officeId: string; agencyId: string }) {
  if (actor.officeId && actor.role !== "APPLICANT" && actor.officeId !== app.officeId) return false;
  return (
    can(actor, "read:application:own", { ownerId: app.applicantId }) ||
    can(actor, "read:application:agency", { agencyId: app.agencyId })
  );
}

/** Loads an application the actor may read; anything else is "not found", so ids cannot be probed. */
export async function loadReadableApplication(actor: Actor, id: string) {
  const app = await db().application.findUnique({ where: { id } });
  if (!app || !canReadApplication(actor, app)) throw new AppError("NOT_FOUND", "errors.notFound");
  return app;
}

/**
 * Loads, inside a transaction, an application the actor owns and may change as its applicant. The row
 * stays locked until the transaction ends, so two changes of one file (a double click on "submit",
 * two tabs) run one after the other and the second sees what the first did.
 */
export async function loadOwnApplication(tx: Tx, actor: Actor, id: string) {
  requirePermission(actor, "update:application:own");
  await tx.$queryRaw`SELECT "id" FROM "Application" WHERE "id" = ${id} FOR UPDATE`;
  const app = await tx.application.findUnique({
    where: { id },
    include: { permitTypeVersion: true, permitType: { select: { agencyId: true, code: true } } },
  });
  if (!app || app.applicantId !== actor.id) throw new AppError("NOT_FOUND", "errors.notFound");
  return app;
}
