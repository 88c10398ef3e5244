// Test data with sensible defaults; pass overrides for what a test cares about.
import crypto from "node:crypto";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/users/password-hash";

export const TEST_PASSWORD = "Rahasia12345";
let passwordHash: Promise<string> | undefined;

export async function createOffice(overrides: Partial<{ code: string; name: string }> = {}) {
  const suffix = crypto.randomBytes(3).toString("hex");
  return db().office.create({
    data: { code: overrides.code ?? `OFFICE-${suffix}`, name: overrides.name ?? `DPMPTSP ${suffix}`, city: "Kota Uji" },
  });
}

export async function createAgency(officeId: string, overrides: Partial<{ code: string; nameId: string }> = {}) {
  const code = overrides.code ?? `OPD${crypto.randomBytes(2).toString("hex")}`;
  return db().agency.create({
    data: { officeId, code, nameId: overrides.nameId ?? `Dinas ${code}`, nameEn: `${code} Office` },
  });
}

export async function createUser(
  overrides: Partial<{ role: Role; officeId: string | null; agencyId: string | null; email: string; active: boolean; fullName: string }> = {},
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const suffix = crypto.randomBytes(4).toString("hex");
  return db().user.create({
    data: {
      email: overrides.email ?? `user-${suffix}@contoh.id`,
      fullName: overrides.fullName ?? `Pengguna ${suffix}`,
      role: overrides.role ?? "APPLICANT",
      officeId: overrides.officeId ?? null,
      agencyId: overrides.agencyId ?? null,
      active: overrides.active ?? true,
      passwordHash: await passwordHash,
    },
  });
}

export function actorOf(user: { id: string; role: Role; agencyId: string | null; officeId: string | null }): Actor {
  return { id: user.id, role: user.role, agencyId: user.agencyId, officeId: user.officeId };
}
