// An applicant starts an application for a permit type: a draft on the type's current version, with
// the fields that take the applicant's own data already filled in. Asked to resume, it returns the
// applicant's latest draft of that type instead, so that pressing "apply" twice (or in two tabs at once)
// does not leave a trail of empty drafts; a second application of the same type is asked for explicitly.
import { applicationScope } from "@/lib/auth/access-scopes";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { fieldsOf } from "@/lib/catalogue/version-data";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { isBusinessPermitCode } from "@/lib/business/permit-codes";

/** The applicant's latest draft of a permit type on its current version, to resume; null when there is none. */
export async function findOwnDraft({ actor, permitTypeId }: { actor: Actor; permitTypeId: string }) {
  requirePermission(actor, "update:application:own");
  const permitType = await db().permitType.findUnique({ where: { id: permitTypeId }, select: { currentVersionId: true } });
  if (!permitType?.currentVersionId) return null;
  return db().application.findFirst({
    where: { ...applicationScope(actor, "update:application"), permitTypeId, permitTypeVersionId: permitType.currentVersionId, status: "DRAFT" },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    select: { id: true, createdAt: true, updatedAt: true },
  });
}

export async function startApplication({ actor, permitTypeId, resume = false }: { actor: Actor; permitTypeId: string; resume?: boolean }) {
  requirePermission(actor, "create:application:own");
  const permitType = await db().permitType.findUnique({ where: { id: permitTypeId }, include: { currentVersion: true } });
  if (!permitType || !permitType.active || !permitType.currentVersion || isBusinessPermitCode(permitType.code)) throw new AppError("NOT_FOUND", "errors.notFound");
  const user = await db().user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { fullName: true, nik: true, email: true, phone: true },
  });
  const data: Record<string, string> = {};
  for (const field of fieldsOf(permitType.currentVersion)) {
    const source = "prefill" in field ? field.prefill : undefined;
    const value = source ? user[source] : null;
    if (value) data[field.key] = source === "phone" ? value.replace(/^\+62/, "0") : value;
  }
  return db().$transaction(async (tx) => {
    if (resume) {
      // One applicant starting the same type twice at once: the second waits, then finds the first's draft.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`start-application:${actor.id}:${permitType.id}`}))`;
      const draft = await tx.application.findFirst({
        where: { ...applicationScope(actor, "update:application"), permitTypeId: permitType.id, permitTypeVersionId: permitType.currentVersion!.id, status: "DRAFT" },
        orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      });
      if (draft) return draft;
    }
    const application = await tx.application.create({
      data: {
        officeId: permitType.officeId,
        applicantId: actor.id,
        permitTypeId: permitType.id,
        permitTypeVersionId: permitType.currentVersion!.id,
        agencyId: permitType.agencyId,
        data: data as Prisma.InputJsonObject,
      },
    });
    await tx.applicationEvent.create({
      data: { applicationId: application.id, actorId: actor.id, action: "create", toStatus: "DRAFT" },
    });
    return application;
  });
}
