// An applicant starts an application for a permit type: a draft on the type's current version, with
// the fields that take the applicant's own data already filled in.
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { fieldsOf } from "@/lib/catalogue/version-data";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { isBusinessPermitCode } from "@/lib/business/permit-codes";

export async function startApplication({ actor, permitTypeId }: { actor: Actor; permitTypeId: string }) {
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
