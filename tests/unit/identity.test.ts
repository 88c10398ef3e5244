import { describe, expect, it } from "vitest";
import { nikProblem, normalizePhone, passwordProblem } from "@/lib/users/identity";

describe("nikProblem", () => {
  it("accepts a valid NIK of a man and of a woman (day + 40)", () => {
    expect(nikProblem("3273011501900001")).toBeNull();
    expect(nikProblem("3273015501900001")).toBeNull();
  });
  it("requires exactly 16 digits", () => {
    expect(nikProblem("327301150190000")).toBe("validation.nik.format");
    expect(nikProblem("32730115019000011")).toBe("validation.nik.format");
    expect(nikProblem("32730115019000a1")).toBe("validation.nik.format");
    expect(nikProblem("")).toBe("validation.nik.format");
  });
  it("rejects unknown province codes and empty regency or district codes", () => {
    expect(nikProblem("9973011501900001")).toBe("validation.nik.region");
    expect(nikProblem("2073011501900001")).toBe("validation.nik.region");
    expect(nikProblem("3200011501900001")).toBe("validation.nik.region");
    expect(nikProblem("3273001501900001")).toBe("validation.nik.region");
  });
  it("accepts the new Papua provinces", () => {
    expect(nikProblem("9601011501900001")).toBeNull();
  });
  it("rejects impossible birth dates", () => {
    expect(nikProblem("3273013201900001")).toBe("validation.nik.birthDate"); // day 32
    expect(nikProblem("3273010001900001")).toBe("validation.nik.birthDate"); // day 0
    expect(nikProblem("3273014001900001")).toBe("validation.nik.birthDate"); // day 40 = woman day 0
    expect(nikProblem("3273017201900001")).toBe("validation.nik.birthDate"); // woman day 32
    expect(nikProblem("3273011513900001")).toBe("validation.nik.birthDate"); // month 13
    expect(nikProblem("3273013002900001")).toBe("validation.nik.birthDate"); // 30 February
    expect(nikProblem("3273013104900001")).toBe("validation.nik.birthDate"); // 31 April
  });
  it("accepts 29 February (the century is unknown)", () => {
    expect(nikProblem("3273012902000001")).toBeNull();
  });
  it("rejects serial number 0000", () => {
    expect(nikProblem("3273011501900000")).toBe("validation.nik.serial");
  });
});

describe("normalizePhone", () => {
  it.each([
    ["081234567890", "+6281234567890"],
    ["0812-3456-7890", "+6281234567890"],
    ["+62 812 3456 7890", "+6281234567890"],
    ["6281234567890", "+6281234567890"],
    ["0811234567", "+62811234567"],
  ])("normalises %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });
  it.each(["0212345678", "12345", "08123", "+1 202 555 0100", "0812345678901234", "abc"])("rejects %s", (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});

describe("passwordProblem", () => {
  it("accepts a long mixed password", () => {
    expect(passwordProblem("Perizinan2026")).toBeNull();
  });
  it("needs at least 10 characters and at most 128", () => {
    expect(passwordProblem("Abc123def")).toBe("validation.password.short");
    expect(passwordProblem(`a1${"x".repeat(127)}`)).toBe("validation.password.long");
  });
  it("needs letters and digits", () => {
    expect(passwordProblem("abcdefghijk")).toBe("validation.password.mix");
    expect(passwordProblem("12345678901")).toBe("validation.password.mix");
  });
  it("refuses passwords of few distinct characters", () => {
    expect(passwordProblem("aaaa1111aaaa")).toBe("validation.password.weak");
  });
  it("refuses a password containing the e-mail's name", () => {
    expect(passwordProblem("rina.marlina99", { email: "rina.marlina@contoh.id" })).toBe("validation.password.personal");
  });
});
