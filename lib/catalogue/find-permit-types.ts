// The public catalogue: active permit types with their current version, searchable and filterable.
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { CATEGORIES } from "@/lib/catalogue/definition";
import { getDefaultOfficeId } from "@/lib/catalogue/default-office";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { BUSINESS_PERMIT_CODES, isBusinessPermitCode } from "@/lib/business/permit-codes";

export const ZCatalogueFilter = z.object({
  q: zText().trim().max(100).optional().catch(undefined),
  category: z.enum(CATEGORIES).optional().catch(undefined),
});

export async function findPermitTypes(filter: z.output<typeof ZCatalogueFilter>) {
  const officeId = await getDefaultOfficeId();
  const versionWhere: Prisma.PermitTypeVersionWhereInput | undefined = filter.q
    ? {
        OR: [
          { nameId: { contains: filter.q, mode: "insensitive" } },
          { nameEn: { contains: filter.q, mode: "insensitive" } },
          { descriptionId: { contains: filter.q, mode: "insensitive" } },
          { descriptionEn: { contains: filter.q, mode: "insensitive" } },
        ],
      }
    : undefined;
  return db().permitType.findMany({
    where: {
      officeId,
      active: true,
      currentVersionId: { not: null },
      // Business licences are obtained by registering activities on the business page.
      code: { notIn: Object.values(BUSINESS_PERMIT_CODES) },
      ...(filter.category ? { category: filter.category } : {}),
      ...(filter.q
        ? { OR: [{ code: { contains: filter.q.toUpperCase() } }, { currentVersion: versionWhere }] }
        : {}),
    },
    orderBy: [{ category: "asc" }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      category: true,
      agency: { select: { nameId: true, nameEn: true } },
      currentVersion: {
        select: { nameId: true, nameEn: true, descriptionId: true, descriptionEn: true, slaDays: true, feeRupiah: true, workflow: true },
      },
    },
  });
}

/** One permit type's service standard (current version), by code; null when unknown or inactive. */
export async function getPermitTypeByCode(code: string) {
  // Codes are letters, digits and dashes; anything else (a NUL byte the database refuses) names none.
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(code)) return null;
  const officeId = await getDefaultOfficeId();
  const permitType = await db().permitType.findUnique({
    where: { officeId_code: { officeId, code: code.toUpperCase() } },
    include: { currentVersion: true, agency: true },
  });
  if (!permitType || !permitType.active || !permitType.currentVersion || isBusinessPermitCode(permitType.code)) return null;
  return { ...permitType, currentVersion: permitType.currentVersion };
}

/** The office's active permit types with their current names, for filters. */
export async function findActivePermitTypes(officeId: string | null) {
  const rows = await db().permitType.findMany({
    where: { ...(officeId ? { officeId } : {}), active: true, currentVersionId: { not: null } },
    orderBy: { code: "asc" },
    select: { id: true, currentVersion: { select: { nameId: true, nameEn: true } } },
  });
  return rows.map((r) => ({ id: r.id, nameId: r.currentVersion!.nameId, nameEn: r.currentVersion!.nameEn }));
}
