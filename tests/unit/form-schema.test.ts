import { afterEach, describe, expect, it, vi } from "vitest";
import { checkFormData, rawFromFormEntries, storedAsRaw, ADDRESS_PARTS } from "@/lib/applications/form-schema";
import type { FieldDefinition, PermitTypeDefinition } from "@/lib/catalogue/definition";
import { PERMIT_TYPES } from "@/prisma/seed/permit-types";

/** The office's zone the forms are checked in (Office.timeZone of the seeded office). */
const ZONE = "Asia/Jakarta";

function byCode(code: string): PermitTypeDefinition {
  const found = PERMIT_TYPES.find((p) => p.code === code);
  if (!found) throw new Error(`permit type ${code} is missing from the seed`);
  return found;
}

function fieldOf(fields: FieldDefinition[], key: string): FieldDefinition {
  const found = fields.find((f) => f.key === key);
  if (!found) throw new Error(`field ${key} is missing`);
  return found;
}

const label = { id: "Isian", en: "Field" };

// The midwife's practice permit: text, nik, email, phone, past and future dates, address and choice fields.
const BIDAN = byCode("SIP-BIDAN").fields;
// The billboard permit: decimal and integer number fields with bounds.
const REKLAME = byCode("IZIN-REKLAME").fields;

const homeAddress = {
  street: "Jl. Merdeka No. 10, RT 02/RW 05",
  province: "32",
  city: "Kota Bandung",
  district: "Sumur Bandung",
};

/** A complete, valid SIP-BIDAN form as the applicant would type it. */
function bidanRaw(): Record<string, unknown> {
  return {
    fullName: "Siti Aminah, A.Md.Keb.",
    nik: "3273015508900002",
    email: "Siti.Aminah@Example.COM",
    phone: "0812-3456-7890",
    birthPlace: "Bandung",
    birthDate: "1990-08-15",
    homeAddress: { ...homeAddress },
    qualification: "professional",
    strNumber: "IB00001234567890",
    strValidUntil: "2999-12-31",
    sipOrder: "first",
    practiceSetting: "independent",
    practicePlaceName: "Tempat Praktik Mandiri Bidan Siti Aminah",
    practiceAddress: { street: "Jl. Sukajadi No. 5", province: "32", city: "Kota Bandung", district: "Sukajadi" },
    practiceSchedule: "Senin–Jumat 16.00–20.00 WIB",
  };
}

/** Checks one field's value alone (a draft, so that other fields may be missing). */
function checkOne(fields: FieldDefinition[], key: string, value: unknown) {
  return checkFormData([fieldOf(fields, key)], { [key]: value }, { mode: "draft", timeZone: ZONE });
}

describe("the seeded fields used here", () => {
  it("have the shape these tests rely on", () => {
    expect(fieldOf(BIDAN, "fullName")).toMatchObject({ type: "text", maxLength: 150, required: true });
    expect(fieldOf(BIDAN, "practiceSchedule")).toMatchObject({ type: "text", multiline: true, maxLength: 500 });
    expect(fieldOf(BIDAN, "birthDate")).toMatchObject({ type: "date", range: "past", required: true });
    expect(fieldOf(BIDAN, "strValidUntil")).toMatchObject({ type: "date", range: "future", required: false });
    expect(fieldOf(BIDAN, "qualification")).toMatchObject({ type: "choice" });
    expect(fieldOf(BIDAN, "homeAddress")).toMatchObject({ type: "address", required: true });
    expect(fieldOf(REKLAME, "sizeM2")).toMatchObject({ type: "number", min: 0.1, max: 500 });
    expect(fieldOf(REKLAME, "faceCount")).toMatchObject({ type: "number", min: 1, max: 4, integer: true });
    expect(fieldOf(REKLAME, "heightM")).toMatchObject({ type: "number", min: 0, max: 50 });
  });
});

describe("checkFormData on a complete midwife practice permit form", () => {
  it("accepts it in submit mode and returns normalised values", () => {
    const { values, issues } = checkFormData(BIDAN, bidanRaw(), { mode: "submit", timeZone: ZONE });
    expect(issues).toEqual([]);
    expect(values).toEqual({
      ...bidanRaw(),
      email: "siti.aminah@example.com",
      phone: "+6281234567890",
    });
  });

  it("accepts it in draft mode too", () => {
    expect(checkFormData(BIDAN, bidanRaw(), { mode: "draft", timeZone: ZONE }).issues).toEqual([]);
  });

  it("reports every bad field at once, in field order", () => {
    const raw = { ...bidanRaw(), nik: "123", email: "siti@", birthDate: "2999-01-01", qualification: "doctor" };
    const { values, issues } = checkFormData(BIDAN, raw, { mode: "submit", timeZone: ZONE });
    expect(issues).toEqual([
      { field: "nik", message: "validation.nik.format" },
      { field: "email", message: "validation.email.format" },
      { field: "birthDate", message: "validation.datePast" },
      { field: "qualification", message: "validation.choice" },
    ]);
    // Good fields are still returned; bad ones are not.
    expect(values).not.toHaveProperty("nik");
    expect(values).not.toHaveProperty("email");
    expect(values).not.toHaveProperty("birthDate");
    expect(values).not.toHaveProperty("qualification");
    expect(values.fullName).toBe("Siti Aminah, A.Md.Keb.");
  });
});

describe("checkFormData: text", () => {
  it("trims the value", () => {
    expect(checkOne(BIDAN, "birthPlace", "  Bandung \n").values).toEqual({ birthPlace: "Bandung" });
  });

  it("enforces maxLength after trimming", () => {
    expect(checkOne(BIDAN, "fullName", "a".repeat(150)).issues).toEqual([]);
    expect(checkOne(BIDAN, "fullName", `  ${"a".repeat(150)}  `).issues).toEqual([]);
    expect(checkOne(BIDAN, "fullName", "a".repeat(151))).toEqual({
      values: {},
      issues: [{ field: "fullName", message: "validation.tooLong" }],
    });
    expect(checkOne(BIDAN, "practiceSchedule", "a".repeat(500)).issues).toEqual([]);
    expect(checkOne(BIDAN, "practiceSchedule", "a".repeat(501)).issues).toEqual([{ field: "practiceSchedule", message: "validation.tooLong" }]);
  });

  it("defaults to 200 characters on one line and 2000 on several", () => {
    const line: FieldDefinition = { key: "note", type: "text", label, required: false };
    const lines: FieldDefinition = { key: "note", type: "text", label, required: false, multiline: true };
    expect(checkFormData([line], { note: "a".repeat(200) }, { mode: "draft", timeZone: ZONE }).issues).toEqual([]);
    expect(checkFormData([line], { note: "a".repeat(201) }, { mode: "draft", timeZone: ZONE }).issues).toEqual([{ field: "note", message: "validation.tooLong" }]);
    expect(checkFormData([lines], { note: "a".repeat(2000) }, { mode: "draft", timeZone: ZONE }).issues).toEqual([]);
    expect(checkFormData([lines], { note: "a".repeat(2001) }, { mode: "draft", timeZone: ZONE }).issues).toEqual([{ field: "note", message: "validation.tooLong" }]);
  });

  it("keeps line breaks inside a multiline value", () => {
    expect(checkOne(BIDAN, "practiceSchedule", "Senin 08.00–12.00\nRabu 16.00–20.00").values).toEqual({
      practiceSchedule: "Senin 08.00–12.00\nRabu 16.00–20.00",
    });
  });

  it("refuses a value that is not a string with a generic message", () => {
    expect(checkOne(BIDAN, "birthPlace", 42).issues).toEqual([{ field: "birthPlace", message: "validation.invalid" }]);
    expect(checkOne(BIDAN, "birthPlace", ["Bandung"]).issues).toEqual([{ field: "birthPlace", message: "validation.invalid" }]);
  });
});

describe("checkFormData: number", () => {
  it("reads whole numbers and decimals with a point or a comma", () => {
    expect(checkOne(REKLAME, "sizeM2", "12").values).toEqual({ sizeM2: 12 });
    expect(checkOne(REKLAME, "sizeM2", "12.5").values).toEqual({ sizeM2: 12.5 });
    expect(checkOne(REKLAME, "sizeM2", "12,5").values).toEqual({ sizeM2: 12.5 });
    expect(checkOne(REKLAME, "sizeM2", " 0,75 ").values).toEqual({ sizeM2: 0.75 });
    expect(checkOne(REKLAME, "heightM", "0").values).toEqual({ heightM: 0 });
  });

  it("refuses what is not a plain number", () => {
    for (const bad of ["abc", "12abc", "1e3", "1.000,5", "1,000.5", "12,", ",5", ".5", "1 000", "--1", "+5", "Infinity", "0x10", "9".repeat(400)]) {
      expect(checkOne(REKLAME, "sizeM2", bad).issues, bad).toEqual([{ field: "sizeM2", message: "validation.number" }]);
    }
  });

  it("applies min and max inclusively", () => {
    expect(checkOne(REKLAME, "sizeM2", "0,1").issues).toEqual([]);
    expect(checkOne(REKLAME, "sizeM2", "0,09").issues).toEqual([{ field: "sizeM2", message: "validation.min" }]);
    expect(checkOne(REKLAME, "sizeM2", "500").issues).toEqual([]);
    expect(checkOne(REKLAME, "sizeM2", "500,01").issues).toEqual([{ field: "sizeM2", message: "validation.max" }]);
    expect(checkOne(REKLAME, "heightM", "-1").issues).toEqual([{ field: "heightM", message: "validation.min" }]);
    expect(checkOne(REKLAME, "heightM", "-0,5").issues).toEqual([{ field: "heightM", message: "validation.min" }]);
    expect(checkOne(REKLAME, "heightM", "50").issues).toEqual([]);
    expect(checkOne(REKLAME, "heightM", "51").values).toEqual({});
  });

  it("requires a whole number for integer fields", () => {
    expect(checkOne(REKLAME, "faceCount", "2").values).toEqual({ faceCount: 2 });
    expect(checkOne(REKLAME, "faceCount", "2,0").values).toEqual({ faceCount: 2 });
    expect(checkOne(REKLAME, "faceCount", "2,5")).toEqual({ values: {}, issues: [{ field: "faceCount", message: "validation.integer" }] });
    expect(checkOne(REKLAME, "faceCount", "5").issues).toEqual([{ field: "faceCount", message: "validation.max" }]);
    expect(checkOne(REKLAME, "faceCount", "0").issues).toEqual([{ field: "faceCount", message: "validation.min" }]);
  });

  it("reports one issue per field even when several rules fail", () => {
    // 0.5 is neither whole nor at least 1.
    const { issues } = checkOne(REKLAME, "faceCount", "0,5");
    expect(issues).toHaveLength(1);
    expect(issues[0]!.field).toBe("faceCount");
    expect(["validation.integer", "validation.min"]).toContain(issues[0]!.message);
  });

  it("accepts any finite number when there are no bounds", () => {
    const free: FieldDefinition = { key: "amount", type: "number", label, required: false };
    expect(checkFormData([free], { amount: "-1234567,25" }, { mode: "draft", timeZone: ZONE }).values).toEqual({ amount: -1234567.25 });
  });
});

describe("checkFormData: date", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("accepts an ISO date, trimmed", () => {
    expect(checkOne(BIDAN, "birthDate", " 1990-08-15 ").values).toEqual({ birthDate: "1990-08-15" });
  });

  it("refuses other formats and impossible dates", () => {
    for (const bad of ["15/08/1990", "15-08-1990", "1990-8-15", "1990-08-15T00:00:00Z", "1990-02-30", "1990-13-01", "1990-02-29", "kemarin"]) {
      expect(checkOne(BIDAN, "birthDate", bad).issues, bad).toEqual([{ field: "birthDate", message: "validation.date" }]);
    }
    expect(checkOne(BIDAN, "birthDate", "1992-02-29").issues).toEqual([]); // a leap year
  });

  it('"past" refuses dates after today', () => {
    expect(checkOne(BIDAN, "birthDate", "1950-01-01").issues).toEqual([]);
    expect(checkOne(BIDAN, "birthDate", "2999-01-01").issues).toEqual([{ field: "birthDate", message: "validation.datePast" }]);
  });

  it('"future" refuses dates before today', () => {
    expect(checkOne(BIDAN, "strValidUntil", "2999-12-31").issues).toEqual([]);
    expect(checkOne(BIDAN, "strValidUntil", "2000-01-01").issues).toEqual([{ field: "strValidUntil", message: "validation.dateFuture" }]);
  });

  it("accepts any date without a range", () => {
    const any: FieldDefinition = { key: "day", type: "date", label, required: false };
    const anyRange: FieldDefinition = { key: "day", type: "date", label, required: false, range: "any" };
    for (const field of [any, anyRange]) {
      for (const day of ["1900-01-01", "2999-12-31"]) {
        expect(checkFormData([field], { day }, { mode: "draft", timeZone: ZONE }).issues, day).toEqual([]);
      }
    }
  });

  it("counts today as both past and future, in the office's time zone", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    // 20:00 UTC on 1 March is already 03:00 on 2 March in Jakarta (UTC+7).
    vi.setSystemTime(new Date("2026-03-01T20:00:00Z"));
    const past = fieldOf(BIDAN, "birthDate");
    const future = fieldOf(BIDAN, "strValidUntil");
    const check = (field: FieldDefinition, day: string, timeZone = ZONE) =>
      checkFormData([field], { [field.key]: day }, { mode: "draft", timeZone }).issues.map((i) => i.message);

    // The office in Jakarta, where today is already 2 March.
    expect(check(past, "2026-03-02")).toEqual([]);
    expect(check(past, "2026-03-03")).toEqual(["validation.datePast"]);
    expect(check(future, "2026-03-02")).toEqual([]);
    expect(check(future, "2026-03-01")).toEqual(["validation.dateFuture"]);
    // In UTC today is still 1 March.
    expect(check(past, "2026-03-02", "UTC")).toEqual(["validation.datePast"]);
    expect(check(future, "2026-03-01", "UTC")).toEqual([]);
  });
});

describe("checkFormData: choice", () => {
  it("accepts only the option values, exactly", () => {
    expect(checkOne(BIDAN, "qualification", "vocational").values).toEqual({ qualification: "vocational" });
    expect(checkOne(BIDAN, "qualification", "professional").values).toEqual({ qualification: "professional" });
    for (const bad of ["doctor", "Vocational", "VOCATIONAL", "vocational ", "first"]) {
      expect(checkOne(BIDAN, "qualification", bad).issues, bad).toEqual([{ field: "qualification", message: "validation.choice" }]);
    }
  });
});

describe("checkFormData: nik", () => {
  it("accepts a valid NIK, trimmed", () => {
    expect(checkOne(BIDAN, "nik", " 3273015508900002 ").values).toEqual({ nik: "3273015508900002" });
    expect(checkOne(BIDAN, "nik", "3273011508900001").values).toEqual({ nik: "3273011508900001" });
  });

  it("reports the NIK's problem", () => {
    expect(checkOne(BIDAN, "nik", "327301550890000").issues).toEqual([{ field: "nik", message: "validation.nik.format" }]);
    expect(checkOne(BIDAN, "nik", "3273 0155 0890 0002").issues).toEqual([{ field: "nik", message: "validation.nik.format" }]);
    expect(checkOne(BIDAN, "nik", "9973015508900002").issues).toEqual([{ field: "nik", message: "validation.nik.region" }]);
    expect(checkOne(BIDAN, "nik", "3273013208900002").issues).toEqual([{ field: "nik", message: "validation.nik.birthDate" }]);
    expect(checkOne(BIDAN, "nik", "3273015508900000").issues).toEqual([{ field: "nik", message: "validation.nik.serial" }]);
  });
});

describe("checkFormData: phone", () => {
  it("normalises Indonesian mobile numbers to +62 form", () => {
    for (const typed of ["081234567890", "0812-3456-7890", "0812 3456 7890", "+62 812-3456-7890", "6281234567890", "(0812) 3456.7890"]) {
      expect(checkOne(BIDAN, "phone", typed).values, typed).toEqual({ phone: "+6281234567890" });
    }
  });

  it("refuses landlines and garbage", () => {
    for (const bad of ["022-4201234", "12345", "0812", "+1 415 555 0100", "nomor saya"]) {
      expect(checkOne(BIDAN, "phone", bad).issues, bad).toEqual([{ field: "phone", message: "validation.phone" }]);
    }
  });
});

describe("checkFormData: email", () => {
  it("lower-cases and trims", () => {
    expect(checkOne(BIDAN, "email", "  Siti.Aminah@Example.COM ").values).toEqual({ email: "siti.aminah@example.com" });
  });

  it("refuses malformed addresses", () => {
    for (const bad of ["siti", "siti@", "@example.com", "siti@@example.com", "siti aminah@example.com"]) {
      expect(checkOne(BIDAN, "email", bad).issues, bad).toEqual([{ field: "email", message: "validation.email.format" }]);
    }
  });
});

describe("checkFormData: address", () => {
  it("accepts the four parts, trimmed, and drops unknown parts", () => {
    const raw = { street: `  ${homeAddress.street} `, province: "32", city: " Kota Bandung", district: "Sumur Bandung ", zip: "40111" };
    expect(checkOne(BIDAN, "homeAddress", raw).values).toEqual({ homeAddress });
  });

  it("accepts every province code of the 38 provinces and refuses others", () => {
    for (const province of ["11", "31", "32", "51", "65", "76", "91", "92", "93", "94", "95", "96"]) {
      expect(checkOne(BIDAN, "homeAddress", { ...homeAddress, province }).issues, province).toEqual([]);
    }
    for (const province of ["99", "00", "3", "320", "Jawa Barat", " 32"]) {
      expect(checkOne(BIDAN, "homeAddress", { ...homeAddress, province }).issues, province).toEqual([
        { field: "homeAddress.province", message: "validation.address.province" },
      ]);
    }
  });

  it("reports each missing part under key.part", () => {
    const raw = { homeAddress: { street: "Jl. Merdeka No. 10", province: "", city: " ", district: "" } };
    const { values, issues } = checkFormData([fieldOf(BIDAN, "homeAddress")], raw, { mode: "submit", timeZone: ZONE });
    expect(values).toEqual({});
    expect(issues).toEqual([
      { field: "homeAddress.province", message: "validation.address.province" },
      { field: "homeAddress.city", message: "validation.address.city" },
      { field: "homeAddress.district", message: "validation.address.district" },
    ]);
    const noStreet = { homeAddress: { ...homeAddress, street: "" } };
    expect(checkFormData([fieldOf(BIDAN, "homeAddress")], noStreet, { mode: "submit", timeZone: ZONE }).issues).toEqual([
      { field: "homeAddress.street", message: "validation.address.street" },
    ]);
  });

  it("limits the length of each part", () => {
    const check = (part: string, length: number) => checkOne(BIDAN, "homeAddress", { ...homeAddress, [part]: "a".repeat(length) }).issues;
    expect(check("street", 200)).toEqual([]);
    expect(check("street", 201)).toEqual([{ field: "homeAddress.street", message: "validation.tooLong" }]);
    expect(check("city", 100)).toEqual([]);
    expect(check("city", 101)).toEqual([{ field: "homeAddress.city", message: "validation.tooLong" }]);
    expect(check("district", 100)).toEqual([]);
    expect(check("district", 101)).toEqual([{ field: "homeAddress.district", message: "validation.tooLong" }]);
  });

  it("refuses a malformed part in draft mode too", () => {
    const raw = { ...bidanRaw(), practiceAddress: { street: "Jl. Sukajadi No. 5", province: "99", city: "Kota Bandung", district: "Sukajadi" } };
    expect(checkFormData(BIDAN, raw, { mode: "draft", timeZone: ZONE }).issues).toEqual([{ field: "practiceAddress.province", message: "validation.address.province" }]);
  });

  it("treats an address with every part blank as blank", () => {
    const blankAddress = { street: " ", province: "", city: "", district: "" };
    const field = fieldOf(BIDAN, "homeAddress");
    expect(checkFormData([field], { homeAddress: blankAddress }, { mode: "draft", timeZone: ZONE })).toEqual({ values: {}, issues: [] });
    expect(checkFormData([field], { homeAddress: blankAddress }, { mode: "submit", timeZone: ZONE })).toEqual({
      values: {},
      issues: [{ field: "homeAddress", message: "validation.required" }],
    });
  });
});

describe("checkFormData: draft and submit modes", () => {
  const blanks: [string, unknown][] = [
    ["missing", undefined],
    ["null", null],
    ["empty", ""],
    ["spaces", "   "],
  ];

  it.each(blanks)("a %s value is skipped in a draft and required on submit", (_name, value) => {
    const field = fieldOf(BIDAN, "birthPlace");
    const raw = value === undefined ? {} : { birthPlace: value };
    expect(checkFormData([field], raw, { mode: "draft", timeZone: ZONE })).toEqual({ values: {}, issues: [] });
    expect(checkFormData([field], raw, { mode: "submit", timeZone: ZONE })).toEqual({
      values: {},
      issues: [{ field: "birthPlace", message: "validation.required" }],
    });
  });

  it("never requires an optional field, and never stores a blank one", () => {
    const field = fieldOf(BIDAN, "strValidUntil");
    for (const mode of ["draft", "submit"] as const) {
      expect(checkFormData([field], { strValidUntil: "" }, { mode, timeZone: ZONE })).toEqual({ values: {}, issues: [] });
    }
  });

  it("refuses malformed values in a draft as on submit", () => {
    for (const mode of ["draft", "submit"] as const) {
      const { issues } = checkFormData(BIDAN, { phone: "12345", birthDate: "kemarin" }, { mode, timeZone: ZONE });
      expect(issues).toContainEqual({ field: "phone", message: "validation.phone" });
      expect(issues).toContainEqual({ field: "birthDate", message: "validation.date" });
    }
  });

  it("keeps what is valid in a partial draft", () => {
    const raw = { fullName: "Siti Aminah", birthPlace: "", qualification: "vocational" };
    expect(checkFormData(BIDAN, raw, { mode: "draft", timeZone: ZONE })).toEqual({
      values: { fullName: "Siti Aminah", qualification: "vocational" },
      issues: [],
    });
  });
});

describe("checkFormData: unknown keys", () => {
  it("reports keys the permit type does not have and never returns them", () => {
    const raw = { ...bidanRaw(), isAdmin: "true", "homeAddress.zip": "40111", status: "ISSUED" };
    for (const mode of ["draft", "submit"] as const) {
      const { values, issues } = checkFormData(BIDAN, raw, { mode, timeZone: ZONE });
      expect(issues).toEqual([
        { field: "isAdmin", message: "validation.unknownField" },
        { field: "homeAddress.zip", message: "validation.unknownField" },
        { field: "status", message: "validation.unknownField" },
      ]);
      expect(Object.keys(values).sort()).toEqual(BIDAN.map((f) => f.key).sort());
    }
  });

  it("reports an unknown key even when its value is blank", () => {
    expect(checkFormData(BIDAN, { nickname: "" }, { mode: "draft", timeZone: ZONE }).issues).toEqual([{ field: "nickname", message: "validation.unknownField" }]);
  });
});

/** What the browser posts for an untouched form: every input present and empty. */
function blankEntries(fields: FieldDefinition[]): [string, string][] {
  return fields.flatMap((f): [string, string][] =>
    f.type === "address" ? ADDRESS_PARTS.map((p): [string, string] => [`${f.key}.${p}`, ""]) : [[f.key, ""]],
  );
}

describe("every seeded permit type's fields", () => {
  it.each(PERMIT_TYPES.map((p) => [p.code, p] as const))("%s: an empty draft passes draft mode and fails submit exactly on the required fields", (_code, p) => {
    const required = p.fields.filter((f) => f.required).map((f) => ({ field: f.key, message: "validation.required" }));
    expect(required.length).toBeGreaterThan(0);
    const posted = rawFromFormEntries(p.fields, [["$ACTION_ID_abc", ""], ["_applicationId", "app-1"], ...blankEntries(p.fields)]);

    for (const raw of [{}, posted]) {
      expect(checkFormData(p.fields, raw, { mode: "draft", timeZone: ZONE })).toEqual({ values: {}, issues: [] });
      expect(checkFormData(p.fields, raw, { mode: "submit", timeZone: ZONE })).toEqual({ values: {}, issues: required });
    }
  });
});

describe("rawFromFormEntries", () => {
  it("gathers address parts under the field's key and keeps other names as they are", () => {
    const form = new FormData();
    form.append("$ACTION_ID_0123abcd", "");
    form.append("$ACTION_KEY", "k1");
    form.append("_applicationId", "app-1");
    form.append("fullName", "Siti Aminah");
    form.append("homeAddress.street", homeAddress.street);
    form.append("homeAddress.province", "32");
    form.append("homeAddress.city", "Kota Bandung");
    form.append("homeAddress.district", "Sumur Bandung");
    form.append("practiceAddress.city", "Kota Bandung");
    form.append("homeAddress.zip", "40111"); // not an address part
    form.append("fullName.street", "x"); // not an address field
    form.append("upload", new File(["%PDF-1.7"], "str.pdf", { type: "application/pdf" }));

    expect(rawFromFormEntries(BIDAN, form.entries())).toEqual({
      fullName: "Siti Aminah",
      homeAddress: homeAddress,
      practiceAddress: { city: "Kota Bandung" },
      "homeAddress.zip": "40111",
      "fullName.street": "x",
    });
  });

  it("feeds checkFormData: a posted complete form passes, with stray names reported", () => {
    const entries: [string, string][] = [["_applicationId", "app-1"]];
    for (const [key, value] of Object.entries(bidanRaw())) {
      if (typeof value === "string") entries.push([key, value]);
      else for (const [part, v] of Object.entries(value as Record<string, string>)) entries.push([`${key}.${part}`, v]);
    }
    const raw = rawFromFormEntries(BIDAN, entries);
    expect(checkFormData(BIDAN, raw, { mode: "submit", timeZone: ZONE }).issues).toEqual([]);

    const stray = rawFromFormEntries(BIDAN, [...entries, ["homeAddress.zip", "40111"]]);
    expect(checkFormData(BIDAN, stray, { mode: "submit", timeZone: ZONE }).issues).toEqual([{ field: "homeAddress.zip", message: "validation.unknownField" }]);
  });

  it("keeps the last value of a repeated name", () => {
    expect(rawFromFormEntries(BIDAN, [["birthPlace", "Bandung"], ["birthPlace", "Cimahi"]])).toEqual({ birthPlace: "Cimahi" });
  });
});

describe("storedAsRaw", () => {
  it("turns numbers into strings and leaves the rest alone", () => {
    expect(storedAsRaw({ sizeM2: 12.5, faceCount: 2, heightM: 0, content: "Promo", addr: homeAddress })).toEqual({
      sizeM2: "12.5",
      faceCount: "2",
      heightM: "0",
      content: "Promo",
      addr: homeAddress,
    });
  });

  it("gives values that check again to the same values", () => {
    const first = checkFormData(BIDAN, bidanRaw(), { mode: "submit", timeZone: ZONE });
    const again = checkFormData(BIDAN, storedAsRaw(first.values), { mode: "submit", timeZone: ZONE });
    expect(again).toEqual({ values: first.values, issues: [] });

    const numbers = checkFormData(REKLAME, { sizeM2: "12,5", faceCount: "2", heightM: "0" }, { mode: "draft", timeZone: ZONE });
    expect(numbers.issues).toEqual([]);
    expect(checkFormData(REKLAME, storedAsRaw(numbers.values), { mode: "draft", timeZone: ZONE })).toEqual({ values: numbers.values, issues: [] });
  });

  // The stored value must survive the re-check at submission (requirements-check.ts) and when a
  // returned file is saved (save-draft.ts); String(n) writes exponents that the number rule refuses.
  it("gives a very small accepted number that checks again", () => {
    // heightM has min 0 and no integer rule, so 0.0000001 is accepted and stored as the number 1e-7.
    const small = checkFormData(REKLAME, { heightM: "0,0000001" }, { mode: "draft", timeZone: ZONE });
    expect(small).toEqual({ values: { heightM: 1e-7 }, issues: [] });
    expect(checkFormData(REKLAME, storedAsRaw(small.values), { mode: "draft", timeZone: ZONE })).toEqual(small);
  });

  it("gives a very large accepted number that checks again", () => {
    const free: FieldDefinition = { key: "amount", type: "number", label, required: false };
    const large = checkFormData([free], { amount: "1000000000000000000000" }, { mode: "draft", timeZone: ZONE });
    expect(large).toEqual({ values: { amount: 1e21 }, issues: [] });
    expect(checkFormData([free], storedAsRaw(large.values), { mode: "draft", timeZone: ZONE })).toEqual(large);
  });
});
