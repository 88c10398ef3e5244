"use server";
// Switches the interface language: remembered in a cookie for a year and, for a signed-in user,
// on the account so that it follows them to other devices and to the e-mails they receive.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { plainAction } from "@/app/_lib/action";
import { safeReturnPath } from "@/app/_lib/session";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";
import { setOwnLocale } from "@/lib/users/set-own-locale";

export const setLocaleAction = plainAction(null, async ({ actor, field }) => {
  const locale = resolveLocale(field("locale"));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  if (actor && actor.locale !== locale) await setOwnLocale({ actor, locale });
  redirect(returnPath(field("returnTo"), (await headers()).get("referer")));
});

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
