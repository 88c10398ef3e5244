// Loading an application for what the actor is about to do with it. The access scopes decide which
// files the actor reaches; anything else is "not found", so ids cannot be probed.
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { applicationScope } from "@/lib/auth/access-scopes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/audit/record-audit";

/** Loads an application the actor may read. */
export async function loadReadableApplication(actor: Actor, id: string) {
  const app = await db().application.findFirst({ where: { id, ...applicationScope(actor) } });
  if (!app) throw new AppError("NOT_FOUND", "errors.notFound");
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
  const app = await tx.application.findFirst({
    where: { id, ...applicationScope(actor, "update:application") },
    include: { permitTypeVersion: true, permitType: { select: { agencyId: true, code: true } }, office: { select: { timeZone: true } } },
  });
  if (!app) throw new AppError("NOT_FOUND", "errors.notFound");
  return app;
}
