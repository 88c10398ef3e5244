// Checks an e-mail and password. Repeated failures lock the account for a while; deactivated
// accounts never get in. The answer never says whether the e-mail exists.
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { ZEmail } from "@/lib/users/fields";
import { dummyPasswordHash, verifyPassword } from "@/lib/users/password-hash";
import type { Role, Locale } from "@/lib/db/generated/enums";

export const ZAuthenticateSchema = z.object({
  email: ZEmail,
  password: zText().min(1, "validation.required").max(256, "validation.invalid"),
});

export type AuthenticateResult =
  | { ok: true; user: { id: string; email: string; fullName: string; role: Role; locale: Locale; officeId: string | null; agencyId: string | null } }
  | { ok: false; reason: "invalid" | "inactive" }
  | { ok: false; reason: "locked"; lockedUntil: Date };

export async function authenticate(
  input: z.output<typeof ZAuthenticateSchema>,
  options: { now?: Date } = {},
): Promise<AuthenticateResult> {
  const now = options.now ?? new Date();
  const { LOGIN_MAX_ATTEMPTS, LOGIN_LOCK_MINUTES } = getEnv();
  const user = await db().user.findUnique({ where: { email: input.email } });
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > now) return { ok: false, reason: "locked", lockedUntil: user.lockedUntil };

  const valid = await verifyPassword(user.passwordHash, input.password);
  if (!valid) {
    // Counted in the database so that parallel attempts cannot slip past the limit.
    const updated = await db().user.update({
      where: { id: user.id },
      data: { failedLoginCount: { increment: 1 } },
      select: { failedLoginCount: true },
    });
    if (updated.failedLoginCount >= LOGIN_MAX_ATTEMPTS) {
      const lockedUntil = new Date(now.getTime() + LOGIN_LOCK_MINUTES * 60_000);
      await db().user.update({ where: { id: user.id }, data: { lockedUntil, failedLoginCount: 0 } });
      return { ok: false, reason: "locked", lockedUntil };
    }
    return { ok: false, reason: "invalid" };
  }
  if (!user.active) return { ok: false, reason: "inactive" };
  await db().user.update({
    where: { id: user.id },
    data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
  });
  return {
    ok: true,
    user: { id: user.id, email: user.email, fullName: user.fullName, role: user.role, locale: user.locale, officeId: user.officeId, agencyId: user.agencyId },
  };
}
