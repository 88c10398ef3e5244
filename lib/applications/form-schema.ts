// Builds the validation of an application form from its permit type's field definitions. The same
// schema runs in the browser (to answer at once) and on the server (which always decides).
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import type { FieldDefinition } from "@/lib/catalogue/definition";
import { PROVINCE_CODES } from "@/lib/catalogue/regions";
import { nikProblem, normalizePhone } from "@/lib/users/identity";
import { toLocalDay } from "@/lib/calendar/time-zone";

export interface AddressValue {
  street: string;
  province: string;
  city: string;
  district: string;
}

export type FieldValue = string | number | AddressValue;
export type FormData_ = Record<string, FieldValue>;

/** The sub-inputs of an address field, posted as `<key>.street`, `<key>.province`, ... */
export const ADDRESS_PARTS = ["street", "province", "city", "district"] as const;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

function todayIn(timeZone: string) {
  return toLocalDay(new Date(), timeZone);
}

/** The schema of one field's value, without the "required" rule (applied by the caller). */
function valueSchema(field: FieldDefinition, timeZone: string): z.ZodType<FieldValue> {
  switch (field.type) {
    case "text":
      return zText()
        .trim()
        .max(field.maxLength ?? (field.multiline ? 2000 : 200), "validation.tooLong");
    case "number":
      return zText()
        .trim()
        .transform((raw, ctx) => {
          const n = Number(raw.replace(",", "."));
          if (!/^-?\d+([.,]\d+)?$/.test(raw) || !Number.isFinite(n)) {
            ctx.addIssue({ code: "custom", message: "validation.number" });
            return z.NEVER;
          }
          if (field.integer && !Number.isInteger(n)) ctx.addIssue({ code: "custom", message: "validation.integer" });
          if (field.min !== undefined && n < field.min) ctx.addIssue({ code: "custom", message: "validation.min" });
          if (field.max !== undefined && n > field.max) ctx.addIssue({ code: "custom", message: "validation.max" });
          return n;
        });
    case "date":
      return zText()
        .trim()
        .pipe(z.iso.date("validation.date"))
        .refine((d) => field.range !== "past" || d <= todayIn(timeZone), "validation.datePast")
        .refine((d) => field.range !== "future" || d >= todayIn(timeZone), "validation.dateFuture");
    case "choice":
      return zText().refine((v) => field.options.some((o) => o.value === v), "validation.choice");
    case "nik":
      return zText()
        .trim()
        .superRefine((v, ctx) => {
          const problem = nikProblem(v);
          if (problem) ctx.addIssue({ code: "custom", message: problem });
        });
    case "phone":
      return zText()
        .trim()
        .transform((v, ctx) => {
          const phone = normalizePhone(v);
          if (!phone) {
            ctx.addIssue({ code: "custom", message: "validation.phone" });
            return z.NEVER;
          }
          return phone;
        });
    case "email":
      return zText().trim().toLowerCase().pipe(z.email("validation.email.format"));
    case "address":
      return z.object({
        street: zText().trim().min(1, "validation.address.street").max(200, "validation.tooLong"),
        province: zText().refine((v) => PROVINCE_CODES.has(v), "validation.address.province"),
        city: zText().trim().min(1, "validation.address.city").max(100, "validation.tooLong"),
        district: zText().trim().min(1, "validation.address.district").max(100, "validation.tooLong"),
      });
  }
}

export interface FormIssue {
  /** Field key (for an address part: `key.part`). */
  field: string;
  /** Translation key. */
  message: string;
}

export interface FormCheck {
  values: FormData_;
  issues: FormIssue[];
}

/**
 * Checks raw form input against the fields. `mode: "draft"` accepts missing values (a draft may be
 * incomplete) but refuses malformed ones; `mode: "submit"` also requires every required field.
 * Keys the permit type does not have are reported, never stored. Date ranges ("in the past") are
 * judged against today in `timeZone`, the office's zone.
 */
export function checkFormData(
  fields: FieldDefinition[],
  raw: Record<string, unknown>,
  options: { mode: "draft" | "submit"; timeZone: string },
): FormCheck {
  const { timeZone } = options;
  const known = new Set(fields.map((f) => f.key));
  const issues: FormIssue[] = [];
  const values: FormData_ = {};
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) issues.push({ field: key, message: "validation.unknownField" });
  }
  for (const field of fields) {
    const input = raw[field.key];
    const isBlank =
      field.type === "address"
        ? blank(input) || ADDRESS_PARTS.every((p) => blank((input as Record<string, unknown>)?.[p]))
        : blank(input);
    if (isBlank) {
      if (options.mode === "submit" && field.required) issues.push({ field: field.key, message: "validation.required" });
      continue;
    }
    const result = valueSchema(field, timeZone).safeParse(input);
    if (result.success) {
      values[field.key] = result.data;
    } else {
      for (const issue of result.error.issues) {
        const path = issue.path.length ? `${field.key}.${issue.path.join(".")}` : field.key;
        const message = /^[a-zA-Z]+(\.[a-zA-Z]+)+$/.test(issue.message) ? issue.message : "validation.invalid";
        if (!issues.some((i) => i.field === path)) issues.push({ field: path, message });
      }
    }
  }
  return { values, issues };
}

/** Reads a posted form into raw values: address parts are gathered under their field's key. */
export function rawFromFormEntries(fields: FieldDefinition[], entries: Iterable<[string, FormDataEntryValue]>) {
  const addressKeys = new Set(fields.filter((f) => f.type === "address").map((f) => f.key));
  const raw: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    if (typeof value !== "string" || name.startsWith("$") || name.startsWith("_")) continue;
    const [key, part] = name.split(".", 2) as [string, string | undefined];
    if (part && addressKeys.has(key) && (ADDRESS_PARTS as readonly string[]).includes(part)) {
      raw[key] = { ...((raw[key] as object) ?? {}), [part]: value };
    } else {
      raw[name] = value;
    }
  }
  return raw;
}

/** Stored values as the form would post them, so that they can be checked again. */
export function storedAsRaw(values: Record<string, unknown>): Record<string, unknown> {
  // Plain digits, never exponents (String(1e-7) is "1e-7", which the number rule would refuse).
  const plain = (n: number) => n.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === "number" ? plain(v) : v]));
}
