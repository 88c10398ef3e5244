"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getFormatter } from "next-intl/server";
import { safeReturnPath } from "@/app/_lib/session";
import { startSession } from "@/app/_lib/start-session";
import { authenticate, ZAuthenticateSchema } from "@/lib/auth/authenticate";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { fieldErrorsFrom, formValues, type FormState } from "@/lib/forms";
import { LOCALE_COOKIE, LOCALES, type AppLocale } from "@/lib/i18n/locales";

export async function loginAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["password"]);
  const parsed = ZAuthenticateSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { values, fieldErrors: fieldErrorsFrom(parsed.error) };

  const result = await authenticate(parsed.data);
  if (!result.ok) {
    if (result.reason === "locked") {
      const format = await getFormatter();
      const time = format.dateTime(result.lockedUntil, { hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
      return { values, formError: "login.locked", formErrorValues: { time } };
    }
    return { values, formError: result.reason === "inactive" ? "login.inactive" : "login.invalid" };
  }

  await startSession(result.user);
  // A language chosen before logging in wins and is remembered on the account; otherwise the account's.
  const store = await cookies();
  const chosen = store.get(LOCALE_COOKIE)?.value;
  if (chosen && (LOCALES as readonly string[]).includes(chosen)) {
    if (chosen !== result.user.locale) {
      await db().user.update({ where: { id: result.user.id }, data: { locale: chosen as AppLocale } });
    }
  } else {
    store.set(LOCALE_COOKIE, result.user.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  }
  redirect(safeReturnPath(String(formData.get("returnTo") ?? "")) ?? ROLE_HOME[result.user.role].path);
}
