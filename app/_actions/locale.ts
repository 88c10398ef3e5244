"use server";
// Switches the interface language: remembered in a cookie for a year and, for a signed-in user,
// on the account so that it follows them to other devices and to the e-mails they receive.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getActor, safeReturnPath } from "@/app/_lib/session";
import { db } from "@/lib/db/client";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";

export async function setLocaleAction(formData: FormData) {
  const locale = resolveLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  const actor = await getActor();
  if (actor && actor.locale !== locale) await db().user.update({ where: { id: actor.id }, data: { locale } });
  redirect(returnPath(String(formData.get("returnTo") ?? ""), (await headers()).get("referer")));
}

function returnPath(explicit: string, referer: string | null): string {
  const fromForm = safeReturnPath(explicit);
  if (fromForm) return fromForm;
  if (referer) {
    try {
      const url = new URL(referer);
      return safeReturnPath(url.pathname + url.search) ?? "/";
    } catch {
      return "/";
    }
  }
  return "/";
}
