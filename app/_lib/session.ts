// The signed-in person of the current request, read from the session and checked against the
// database on every request, so that a deactivated account or a changed role takes effect at once.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getAuthOptions } from "@/lib/auth/auth-options";
import { can, type Actor, type Permission, type ScopedResource } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Locale, Role } from "@/lib/db/generated/enums";

export interface SessionUser extends Actor {
  email: string;
  fullName: string;
  role: Role;
  locale: Locale;
  agency: { nameId: string; nameEn: string } | null;
}

export const getActor = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(getAuthOptions())) as { userId?: string; issuedAt?: number } | null;
  if (!session?.userId) return null;
  const user = await db().user.findUnique({
    where: { id: session.userId },
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
  if (user.sessionsValidAfter && (session.issuedAt ?? 0) * 1000 < user.sessionsValidAfter.getTime()) return null;
  const { active: _active, sessionsValidAfter: _validAfter, ...actor } = user;
  return actor;
});

/** Only paths on this site are followed after login; anything else goes to the role's home. */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  return value;
}

/**
 * Guards a page: an anonymous visitor is sent to log in and brought back; a signed-in user without
 * the permission gets the 403 page.
 */
export async function requirePage(permission: Permission, resource?: ScopedResource): Promise<SessionUser> {
  const actor = await getActor();
  if (!actor) {
    const returnTo = safeReturnPath((await headers()).get("x-return-to"));
    redirect(returnTo ? `/login?returnTo=${encodeURIComponent(returnTo)}` : "/login");
  }
  if (!can(actor, permission, resource)) forbidden();
  return actor;
}
