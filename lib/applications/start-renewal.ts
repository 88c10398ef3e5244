// Renewing an issued permit: a new draft on the type's current version, filled with the previous
// application's answers (those the current form still asks for). The applicant reviews, uploads the
// documents again and submits it like any application.
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { applicationScope } from "@/lib/auth/access-scopes";
import { fieldsOf } from "@/lib/catalogue/version-data";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { isBusinessPermitCode } from "@/lib/business/permit-codes";

/** Renewal opens this many days before the end of validity (and any time after it). */
export const RENEWAL_WINDOW_DAYS = 90;

export function isRenewable(app: { status: string; validUntil: Date | null }, now = new Date()) {
  if (app.status !== "ISSUED" && app.status !== "EXPIRED") return false;
  if (!app.validUntil) return false;
  return app.validUntil.getTime() - now.getTime() <= RENEWAL_WINDOW_DAYS * 86_400_000;
}

export async function startRenewal({ actor, applicationId, now = new Date() }: { actor: Actor; applicationId: string; now?: Date }) {
  requirePermission(actor, "create:application:own");
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Application" WHERE "id" = ${applicationId} FOR UPDATE`;
    const previous = await tx.application.findFirst({
      where: { id: applicationId, ...applicationScope(actor, "create:application") },
      include: { decision: { select: { validUntil: true } }, permitType: { include: { currentVersion: true } } },
    });
    if (!previous) throw new AppError("NOT_FOUND", "errors.notFound");
    const type = previous.permitType;
    if (!isRenewable({ status: previous.status, validUntil: previous.decision?.validUntil ?? null }, now) || !type.active || !type.currentVersion || isBusinessPermitCode(type.code)) {
      throw new AppError("INVALID_TRANSITION", "errors.renewal.notRenewable");
    }
    // A second click finds the draft the first one made.
    const existing = await tx.application.findFirst({ where: { renewalOfId: previous.id, status: "DRAFT" }, select: { id: true } });
    if (existing) return existing;
    const old = (previous.data ?? {}) as Record<string, unknown>;
    const data = Object.fromEntries(fieldsOf(type.currentVersion).filter((f) => old[f.key] !== undefined).map((f) => [f.key, old[f.key]]));
    const draft = await tx.application.create({
      data: {
        officeId: previous.officeId,
        applicantId: actor.id,
        permitTypeId: type.id,
        permitTypeVersionId: type.currentVersion.id,
        agencyId: type.agencyId,
        renewalOfId: previous.id,
        data: data as Prisma.InputJsonObject,
      },
      select: { id: true },
    });
    await tx.applicationEvent.create({
      data: { applicationId: draft.id, actorId: actor.id, action: "create", toStatus: "DRAFT", data: { renewalOf: previous.registrationNumber } },
    });
    return draft;
  });
}
