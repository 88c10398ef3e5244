// The signed-in person of the current request, read from the session and checked against the
// database on every request, so that a deactivated account or a changed role takes effect at once.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getAuthOptions } from "@/lib/auth/auth-options";
import { findSessionUser, type SessionUser } from "@/lib/auth/find-session-user";
import { can, type Permission } from "@/lib/auth/permissions";

export type { SessionUser };

export const getActor = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(getAuthOptions())) as { userId?: string; issuedAt?: number } | null;
  if (!session?.userId) return null;
  return findSessionUser({ userId: session.userId, issuedAt: session.issuedAt ?? 0 });
});

const MAX_RETURN_PATH = 2048;

/** Only paths on this site are followed after login; anything else goes to the role's home. */
export function safeReturnPath(value: unknown): string | null {
  // A query parameter given twice arrives as a list: not an address.
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  // Longer than any address of the portal: not worth coming back to, and it would swell the redirect's
  // Location header past what browsers and proxies take.
  if (value.length > MAX_RETURN_PATH) return null;
  return value;
}

/**
 * Guards a page: an anonymous visitor is sent to log in and brought back; a signed-in user without
 * the permission gets the 403 page.
 */
export async function requirePage(permission: Permission): Promise<SessionUser> {
  const actor = await getActor();
  if (!actor) {
    const returnTo = safeReturnPath((await headers()).get("x-return-to"));
    redirect(returnTo ? `/login?returnTo=${encodeURIComponent(returnTo)}` : "/login");
  }
  if (!can(actor, permission)) forbidden();
  return actor;
}
