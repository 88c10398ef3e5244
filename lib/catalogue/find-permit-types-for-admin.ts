// What the catalogue editor reads: every permit type of the admin's office (active or not) with its
// current version, one type's current definition with its version history, and the office's agencies.
import { officeOf } from "@/lib/auth/access-scopes";
import type { Actor } from "@/lib/auth/permissions";
import { definitionOf } from "@/lib/catalogue/version-data";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** All permit types of the office, by code. Not paged: an office's catalogue has tens of entries, not thousands. */
export async function findPermitTypesForAdmin({ actor }: { actor: Actor }) {
  const officeId = officeOf(actor, "manage:catalogue:office");
  return db().permitType.findMany({
    where: { officeId },
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      category: true,
      active: true,
      agency: { select: { code: true, nameId: true, nameEn: true } },
      currentVersion: { select: { version: true, nameId: true, nameEn: true, workflow: true, slaDays: true, createdAt: true } },
    },
  });
}

/** One permit type for the editor: its current definition and every version, newest first. */
export async function getPermitTypeForAdmin({ actor, code }: { actor: Actor; code: string }) {
  const officeId = officeOf(actor, "manage:catalogue:office");
  const permitType = await db().permitType.findUnique({
    where: { officeId_code: { officeId, code: code.toUpperCase() } },
    include: {
      agency: { select: { code: true } },
      currentVersion: true,
      versions: { orderBy: { version: "desc" }, select: { id: true, version: true, createdAt: true, createdById: true } },
    },
  });
  if (!permitType?.currentVersion) throw new AppError("NOT_FOUND", "errors.notFound");
  const authorIds = [...new Set(permitType.versions.map((v) => v.createdById).filter((id): id is string => id !== null))];
  const authors = new Map(
    (await db().user.findMany({ where: { id: { in: authorIds } }, select: { id: true, fullName: true } })).map((u) => [u.id, u.fullName]),
  );
  return {
    id: permitType.id,
    code: permitType.code,
    active: permitType.active,
    currentVersion: permitType.currentVersion.version,
    definition: definitionOf(permitType.currentVersion, permitType, permitType.agency.code),
    versions: permitType.versions.map((v) => ({
      version: v.version,
      createdAt: v.createdAt,
      /** null when the version came from the seed data rather than a person. */
      createdBy: v.createdById ? (authors.get(v.createdById) ?? null) : null,
      current: v.id === permitType.currentVersionId,
    })),
  };
}

/** Whether the office already has a permit type with this code (the create form refuses it). */
export async function permitTypeCodeExists({ actor, code }: { actor: Actor; code: string }) {
  const officeId = officeOf(actor, "manage:catalogue:office");
  const found = await db().permitType.findUnique({ where: { officeId_code: { officeId, code } }, select: { id: true } });
  return found !== null;
}

/** The office's agencies (OPD), the choices for a permit type's responsible agency. */
export async function findAgenciesForCatalogue({ actor }: { actor: Actor }) {
  const officeId = officeOf(actor, "manage:catalogue:office");
  return db().agency.findMany({ where: { officeId }, orderBy: { code: "asc" }, select: { id: true, code: true, nameId: true, nameEn: true } });
}
