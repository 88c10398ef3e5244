// The admin's list of accounts, newest first, paged by keyset (createdAt, id).
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { db } from "@/lib/db/client";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { userScope } from "@/lib/auth/access-scopes";
import type { Prisma } from "@/lib/db/generated/client";
import { Role } from "@/lib/db/generated/enums";
import { afterCursor, decodeCursor, pageOf } from "@/lib/db/keyset";

export const PAGE_SIZE = 25;

export const ZFindUsersSchema = z.object({
  q: zText().trim().max(100).optional().catch(undefined),
  role: z.enum(Role).optional().catch(undefined),
  after: zText().max(200).optional().catch(undefined),
});

export type TFindUsers = z.output<typeof ZFindUsersSchema>;

export async function findUsers({ actor, filter }: { actor: Actor; filter: TFindUsers }) {
  requirePermission(actor, "manage:user:office");
  const cursor = decodeCursor(filter.after);
  const conditions: Prisma.UserWhereInput[] = [userScope(actor)];
  if (filter.role) conditions.push({ role: filter.role });
  if (filter.q) {
    conditions.push({
      OR: [{ fullName: { contains: filter.q, mode: "insensitive" } }, { email: { contains: filter.q.toLowerCase() } }],
    });
  }
  if (cursor) {
    conditions.push(afterCursor(cursor));
  }
  const rows = await db().user.findMany({
    where: { AND: conditions },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    select: {
      id: true,
      fullName: true,
      email: true,
      role: true,
      active: true,
      createdAt: true,
      lastLoginAt: true,
      lockedUntil: true,
      agency: { select: { id: true, nameId: true, nameEn: true } },
    },
  });
  const { items, nextCursor } = pageOf(rows, PAGE_SIZE);
  return { users: items, nextCursor };
}
