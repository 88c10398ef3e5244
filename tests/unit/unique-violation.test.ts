import { describe, expect, it } from "vitest";
import { uniqueViolationFields } from "@/lib/db/unique-violation";

const violation = (constraint: object) => ({
  code: "P2002",
  meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation", constraint } } },
});

describe("uniqueViolationFields", () => {
  it("reads the fields reported by the embedded database's adapter", () => {
    expect(uniqueViolationFields(violation({ fields: ["nik"] }))).toEqual(["nik"]);
  });
  it("reads the index name reported by the PostgreSQL adapter", () => {
    expect(uniqueViolationFields(violation({ index: "User_email_key" }))).toEqual(["email"]);
    expect(uniqueViolationFields(violation({ index: "Holiday_officeId_date_kind_key" }))).toEqual(["officeId", "date", "kind"]);
  });
  it("answers null for other errors", () => {
    expect(uniqueViolationFields(new Error("x"))).toBeNull();
    expect(uniqueViolationFields({ code: "P2025" })).toBeNull();
  });
});
