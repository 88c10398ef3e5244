// The admin's view of the audit log, newest first, paged by keyset (createdAt, id).
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { db } from "@/lib/db/client";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { auditScope } from "@/lib/auth/access-scopes";
import { afterCursor, decodeCursor, pageOf } from "@/lib/db/keyset";

const PAGE_SIZE = 50;

export const ZFindAuditLogSchema = z.object({
  after: zText().max(200).optional().catch(undefined),
});

export async function findAuditLog({ actor, after }: { actor: Actor; after?: string }) {
  requirePermission(actor, "read:audit:office");
  const cursor = decodeCursor(after);
  const rows = await db().auditLog.findMany({
    where: { AND: [auditScope(actor), cursor ? afterCursor(cursor) : {}] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    include: { actor: { select: { fullName: true, email: true } } },
  });
  const { items, nextCursor } = pageOf(rows, PAGE_SIZE);
  return { entries: items, nextCursor };
}
