// A stored field value as people read it (choice labels, full addresses, dates in words).
import type { FieldDefinition } from "@/lib/catalogue/definition";
import { PROVINCES } from "@/lib/catalogue/regions";
import { inLocale } from "@/lib/catalogue/version-data";
import { formatDay } from "@/lib/calendar/format-date";

/**
 * A file's answers for showing in a language: a business file keeps its KBLI title in Indonesian, as
 * registered; in English the title comes from the KBLI table.
 */
export function answersIn(data: unknown, kbli: { titleId: string; titleEn: string } | null, locale: string): Record<string, unknown> {
  const answers = (data ?? {}) as Record<string, unknown>;
  return locale === "en" && kbli && typeof answers.kbliTitle === "string" ? { ...answers, kbliTitle: kbli.titleEn } : answers;
}

export function displayValue(field: FieldDefinition, value: unknown, locale: string): string {
  if (value === undefined || value === null || value === "") return "";
  switch (field.type) {
    case "choice": {
      const option = field.options.find((o) => o.value === value);
      return option ? inLocale(option.label, locale) : String(value);
    }
    case "address": {
      const a = value as Record<string, string>;
      const province = PROVINCES.find((p) => p.code === a.province)?.name ?? a.province;
      return [a.street, a.district, a.city, province].filter(Boolean).join(", ");
    }
    case "date":
      return formatDay(String(value), locale);
    case "number": {
      const n = new Intl.NumberFormat(locale === "en" ? "en" : "id").format(Number(value));
      return field.unit ? `${n} ${inLocale(field.unit, locale)}` : n;
    }
    default:
      return String(value);
  }
}
