import { getLocale } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { findAgenciesForCatalogue } from "@/lib/catalogue/find-permit-types-for-admin";

/** The office's agencies as choices for the editor, in the reader's language. */
export async function agencyOptions(actor: Actor) {
  const [locale, agencies] = await Promise.all([getLocale(), findAgenciesForCatalogue({ actor })]);
  return agencies.map((a) => ({ value: a.code, label: `${locale === "en" ? a.nameEn : a.nameId} (${a.code})` }));
}
