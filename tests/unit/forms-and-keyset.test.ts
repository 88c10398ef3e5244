import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsFrom, formStateFromError, formValues } from "@/lib/forms";
import { AppError } from "@/lib/errors";
import { decodeCursor, encodeCursor, pageOf } from "@/lib/db/keyset";
import { ZRegisterApplicantSchema } from "@/lib/users/register-applicant";

describe("form helpers", () => {
  it("keeps the first translation key per field and replaces zod's own messages", () => {
    const schema = z.object({ a: z.string().min(1, "validation.required").min(3, "validation.name.short"), b: z.number() });
    const result = schema.safeParse({ a: "", b: "x" });
    expect(result.success).toBe(false);
    expect(fieldErrorsFrom(result.error!)).toEqual({ a: "validation.required", b: "validation.invalid" });
  });
  it("never echoes secret fields back", () => {
    const data = new FormData();
    data.set("email", "a@b.id");
    data.set("password", "secret");
    data.set("$ACTION_ID_x", "internal");
    expect(formValues(data, ["password"])).toEqual({ email: "a@b.id" });
  });
  it("maps domain errors to form state and rethrows the unexpected", () => {
    const conflict = new AppError("CONFLICT", "validation.email.taken", { email: "validation.email.taken" });
    expect(formStateFromError(conflict, { email: "x" })).toEqual({
      values: { email: "x" },
      fieldErrors: { email: "validation.email.taken" },
      formError: undefined,
    });
    expect(() => formStateFromError(new Error("boom"), {})).toThrow("boom");
  });
});

describe("registration schema", () => {
  const valid = {
    fullName: "Rina Marlina",
    nik: "3273015501900001",
    email: " Rina@Contoh.ID ",
    phone: "0812-3456-7890",
    password: "Perizinan2026",
    passwordConfirm: "Perizinan2026",
  };
  it("normalises e-mail and phone", () => {
    const parsed = ZRegisterApplicantSchema.parse(valid);
    expect(parsed.email).toBe("rina@contoh.id");
    expect(parsed.phone).toBe("+6281234567890");
  });
  it("reports each problem on its field", () => {
    const result = ZRegisterApplicantSchema.safeParse({ ...valid, fullName: "", nik: "123", email: "x", phone: "123", passwordConfirm: "other2026x" });
    expect(fieldErrorsFrom(result.error!)).toEqual({
      fullName: "validation.required",
      nik: "validation.nik.format",
      email: "validation.email.format",
      phone: "validation.phone",
      passwordConfirm: "validation.password.mismatch",
    });
  });
});

describe("keyset cursors", () => {
  it("round-trips and rejects garbage", () => {
    const row = { createdAt: new Date("2026-11-23T01:02:03.004Z"), id: "abc" };
    expect(decodeCursor(encodeCursor(row))).toEqual(row);
    expect(decodeCursor("not-a-cursor")).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });
  it("pages rows and gives the next cursor only when there is more", () => {
    const rows = [1, 2, 3].map((i) => ({ createdAt: new Date(2026, 0, i), id: String(i) }));
    expect(pageOf(rows, 3).nextCursor).toBeNull();
    const page = pageOf(rows, 2);
    expect(page.items).toHaveLength(2);
    expect(decodeCursor(page.nextCursor)).toEqual(rows[1]);
  });
});
