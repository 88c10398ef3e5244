// One account, for the admin's edit page.
import { db } from "@/lib/db/client";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { userScope } from "@/lib/auth/access-scopes";
import { AppError } from "@/lib/errors";

export async function getUser({ actor, userId }: { actor: Actor; userId: string }) {
  requirePermission(actor, "manage:user:office");
  const user = await db().user.findFirst({
    where: { id: userId, ...userScope(actor) },
    select: {
      id: true,
      fullName: true,
      email: true,
      nik: true,
      phone: true,
      role: true,
      active: true,
      agencyId: true,
      officeId: true,
      createdAt: true,
      lastLoginAt: true,
      lockedUntil: true,
    },
  });
  if (!user) throw new AppError("NOT_FOUND", "errors.notFound");
  return user;
}
