// Loading a file for an officer's action, inside the action's transaction: the file must belong to
// the officer's office (and, for technical team members, to their agency); the row stays locked.
import type { Tx } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

/** What an officer's action needs of a file: its version, type and applicant. */
export const OFFICER_FILE_INCLUDE = {
  permitTypeVersion: true,
  permitType: { select: { id: true, agencyId: true, code: true } },
  applicant: { select: { id: true, fullName: true, nik: true, email: true } },
} as const;

export async function loadFileForOfficer(tx: Tx, actor: Actor, applicationId: string) {
  await tx.$queryRaw`SELECT "id" FROM "Application" WHERE "id" = ${applicationId} FOR UPDATE`;
  const app = await tx.application.findUnique({
    where: { id: applicationId },
    include: OFFICER_FILE_INCLUDE,
  });
  if (!app || (actor.officeId && app.officeId !== actor.officeId)) throw new AppError("NOT_FOUND", "errors.notFound");
  if (actor.role === "TECHNICAL" && app.agencyId !== actor.agencyId) throw new AppError("NOT_FOUND", "errors.notFound");
  if (actor.role === "APPLICANT") throw new AppError("NOT_FOUND", "errors.notFound");
  return app;
}
