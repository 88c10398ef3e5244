import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { registerApplicant, ZRegisterApplicantSchema } from "@/lib/users/register-applicant";
import { createUser, TEST_PASSWORD } from "../support/factories";

const input = (overrides: Record<string, string> = {}) =>
  ZRegisterApplicantSchema.parse({
    fullName: "Rina Marlina",
    nik: "3273015501900001",
    email: "rina@contoh.id",
    phone: "081234567890",
    password: "Perizinan2026",
    passwordConfirm: "Perizinan2026",
    ...overrides,
  });

describe("applicant registration", () => {
  it("creates an applicant with a hashed password and records it in the audit log", async () => {
    const user = await registerApplicant(input());
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.role).toBe("APPLICANT");
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.phone).toBe("+6281234567890");
    const audit = await db().auditLog.findFirst({ where: { entityId: user.id, action: "user.register" } });
    expect(audit?.actorId).toBe(user.id);
  });

  it("refuses an e-mail or NIK that is already registered as a field error, changing nothing", async () => {
    const before = await db().user.count();
    await expect(registerApplicant(input({ nik: "3273015501900002" }))).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: "validation.email.taken" },
    });
    await expect(registerApplicant(input({ email: "lain@contoh.id" }))).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { nik: "validation.nik.taken" },
    });
    expect(await db().user.count()).toBe(before);
  });

  it("lets exactly one of several racing registrations of the same e-mail succeed", async () => {
    const attempts = await Promise.allSettled(
      [1, 2, 3, 4, 5].map((i) => registerApplicant(input({ email: "balapan@contoh.id", nik: `327301150190010${i}` }))),
    );
    const ok = attempts.filter((a) => a.status === "fulfilled");
    const failed = attempts.filter((a) => a.status === "rejected") as PromiseRejectedResult[];
    expect(ok).toHaveLength(1);
    for (const f of failed) {
      expect(f.reason).toBeInstanceOf(AppError);
      expect(f.reason.fieldErrors).toEqual({ email: "validation.email.taken" });
    }
    expect(await db().user.count({ where: { email: "balapan@contoh.id" } })).toBe(1);
  });

  it("lets exactly one of several racing registrations of the same NIK succeed", async () => {
    const attempts = await Promise.allSettled(
      [1, 2, 3].map((i) => registerApplicant(input({ email: `nik${i}@contoh.id`, nik: "3273011501900200" }))),
    );
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    for (const a of attempts.filter((x) => x.status === "rejected") as PromiseRejectedResult[]) {
      expect(a.reason.fieldErrors).toEqual({ nik: "validation.nik.taken" });
    }
  });
});

describe("authentication", () => {
  it("accepts the right password and records the login", async () => {
    const user = await createUser({ email: "benar@contoh.id" });
    const result = await authenticate({ email: "benar@contoh.id", password: TEST_PASSWORD });
    expect(result).toMatchObject({ ok: true, user: { id: user.id, role: "APPLICANT" } });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
  });

  it("gives the same answer for an unknown e-mail and a wrong password", async () => {
    await createUser({ email: "ada@contoh.id" });
    expect(await authenticate({ email: "tidak-ada@contoh.id", password: TEST_PASSWORD })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ email: "ada@contoh.id", password: "salah-sekali-1" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an account after five failures, refuses even the right password while locked, and opens again later", async () => {
    await createUser({ email: "kunci@contoh.id" });
    const now = new Date("2026-11-23T03:00:00Z");
    for (let i = 0; i < 4; i++) {
      expect(await authenticate({ email: "kunci@contoh.id", password: "salah-salah-1" }, { now })).toMatchObject({ reason: "invalid" });
    }
    const fifth = await authenticate({ email: "kunci@contoh.id", password: "salah-salah-1" }, { now });
    expect(fifth).toMatchObject({ ok: false, reason: "locked" });
    const locked = await authenticate({ email: "kunci@contoh.id", password: TEST_PASSWORD }, { now: new Date(now.getTime() + 60_000) });
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    const later = await authenticate({ email: "kunci@contoh.id", password: TEST_PASSWORD }, { now: new Date(now.getTime() + 16 * 60_000) });
    expect(later.ok).toBe(true);
  });

  it("counts concurrent failures without losing any", async () => {
    const user = await createUser({ email: "paralel@contoh.id" });
    await Promise.all([1, 2, 3].map(() => authenticate({ email: "paralel@contoh.id", password: "salah-salah-1" })));
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(3);
  });

  it("never lets a deactivated account in", async () => {
    await createUser({ email: "nonaktif@contoh.id", active: false });
    expect(await authenticate({ email: "nonaktif@contoh.id", password: TEST_PASSWORD })).toEqual({ ok: false, reason: "inactive" });
  });
});
