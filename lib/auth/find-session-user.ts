// The person behind a session, read from the database on every request, so that a deactivated
// account or a changed role takes effect at once.
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Locale, Role } from "@/lib/db/generated/enums";

export interface SessionUser extends Actor {
  email: string;
  fullName: string;
  role: Role;
  locale: Locale;
  agency: { nameId: string; nameEn: string } | null;
}

/** `issuedAt`: when the session's token was issued (seconds since the epoch). */
export async function findSessionUser({ userId, issuedAt }: { userId: string; issuedAt: number }): Promise<SessionUser | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      fullName: true,
      role: true,
      locale: true,
      active: true,
      sessionsValidAfter: true,
      agencyId: true,
      officeId: true,
      agency: { select: { nameId: true, nameEn: true } },
    },
  });
  if (!user || !user.active) return null;
  // A session older than the account's last deactivation stays dead after a reactivation.
  if (user.sessionsValidAfter && issuedAt * 1000 < user.sessionsValidAfter.getTime()) return null;
  const { active: _active, sessionsValidAfter: _validAfter, ...actor } = user;
  return actor;
}
