import { getLocale, getTranslations } from "next-intl/server";
import { STAFF_ROLES, type Actor } from "@/lib/auth/permissions";
import { findAgencies } from "@/lib/users/find-agencies";

/** Role and agency choices for the staff forms, in the reader's language. */
export async function staffOptions(actor: Actor) {
  const [t, locale, agencies] = await Promise.all([getTranslations("roles"), getLocale(), findAgencies({ actor })]);
  return {
    roles: STAFF_ROLES.map((r) => ({ value: r, label: t(r) })),
    agencies: agencies.map((a) => ({ value: a.id, label: locale === "en" ? a.nameEn : a.nameId })),
  };
}
