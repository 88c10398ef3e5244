// Creates a permit type or, for an existing one, a new version of it. Versions are never changed:
// applications already started keep the version they were started with.
import type { Actor } from "@/lib/auth/permissions";
import { officeOf } from "@/lib/auth/access-scopes";
import { recordAudit, type Tx } from "@/lib/audit/record-audit";
import { ZPermitTypeDefinition, type PermitTypeDefinition } from "@/lib/catalogue/definition";
import { versionData } from "@/lib/catalogue/version-data";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Writes the definition inside a transaction; returns the permit type id and the new version number. */
export async function writePermitType(
  tx: Tx,
  { officeId, definition, actorId }: { officeId: string; definition: PermitTypeDefinition; actorId: string | null },
) {
  const agency = await tx.agency.findUnique({
    where: { officeId_code: { officeId, code: definition.agencyCode } },
    select: { id: true },
  });
  if (!agency) throw new AppError("INVALID_INPUT", "admin.catalogue.unknownAgency", { agencyCode: "admin.catalogue.unknownAgency" });
  const existing = await tx.permitType.findUnique({
    where: { officeId_code: { officeId, code: definition.code } },
    include: { versions: { orderBy: { version: "desc" }, take: 1, select: { version: true } } },
  });
  const permitType =
    existing ??
    (await tx.permitType.create({
      data: { officeId, code: definition.code, category: definition.category, agencyId: agency.id },
      include: { versions: { select: { version: true } } },
    }));
  const version = (existing?.versions[0]?.version ?? 0) + 1;
  const created = await tx.permitTypeVersion.create({
    data: { permitTypeId: permitType.id, version, createdById: actorId, ...versionData(definition) },
  });
  await tx.permitType.update({
    where: { id: permitType.id },
    data: { currentVersionId: created.id, category: definition.category, agencyId: agency.id },
  });
  return { permitTypeId: permitType.id, version };
}

export async function savePermitType({ actor, definition }: { actor: Actor; definition: unknown }) {
  const officeId = officeOf(actor, "manage:catalogue:office");
  const parsed = ZPermitTypeDefinition.parse(definition);
  return db().$transaction(async (tx) => {
    const result = await writePermitType(tx, { officeId, definition: parsed, actorId: actor.id });
    await recordAudit(tx, {
      officeId,
      actorId: actor.id,
      action: result.version === 1 ? "permitType.create" : "permitType.version",
      entity: "PermitType",
      entityId: result.permitTypeId,
      data: { code: parsed.code, version: result.version },
    });
    return result;
  });
}
