// Loading a file for an officer's action, inside the action's transaction: the file must be within the
// actor's reach for that action (their office; for technical teams, their agency's share of it), and
// the row stays locked until the transaction ends.
import type { Tx } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { applicationScope } from "@/lib/auth/access-scopes";
import { AppError } from "@/lib/errors";

/** What an officer's action needs of a file: its version, type, applicant and its office's time zone. */
export const OFFICER_FILE_INCLUDE = {
  permitTypeVersion: true,
  permitType: { select: { id: true, agencyId: true, code: true } },
  applicant: { select: { id: true, fullName: true, nik: true, email: true } },
  office: { select: { timeZone: true } },
} as const;

/** `action` is the permission the operation exercises on the file, e.g. "verify:application". */
export async function loadFileForOfficer(tx: Tx, actor: Actor, applicationId: string, action: `${string}:${string}`) {
  await tx.$queryRaw`SELECT "id" FROM "Application" WHERE "id" = ${applicationId} FOR UPDATE`;
  const app = await tx.application.findFirst({
    where: { id: applicationId, ...applicationScope(actor, action) },
    include: OFFICER_FILE_INCLUDE,
  });
  if (!app) throw new AppError("NOT_FOUND", "errors.notFound");
  return app;
}
