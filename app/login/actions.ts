"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { parseInput, publicFormAction } from "@/app/_lib/action";
import { safeReturnPath } from "@/app/_lib/session";
import { startSession } from "@/app/_lib/start-session";
import { authenticate, ZAuthenticateSchema } from "@/lib/auth/authenticate";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { LOCALE_COOKIE, LOCALES, type AppLocale } from "@/lib/i18n/locales";
import { setOwnLocale } from "@/lib/users/set-own-locale";
import { getDateFormat } from "@/components/ui/date-format";

export const loginAction = publicFormAction(
  async ({ values, field }) => {
    const result = await authenticate(parseInput(ZAuthenticateSchema, { email: field("email"), password: field("password") }));
    if (!result.ok) {
      if (result.reason === "locked") {
        const dates = await getDateFormat();
        const time = dates.time(result.lockedUntil);
        return { values, formError: "login.locked", formErrorValues: { time } };
      }
      return { values, formError: result.reason === "inactive" ? "login.inactive" : "login.invalid" };
    }

    await startSession(result.user);
    // A language chosen before logging in wins and is remembered on the account; otherwise the account's.
    const store = await cookies();
    const chosen = store.get(LOCALE_COOKIE)?.value;
    if (chosen && (LOCALES as readonly string[]).includes(chosen)) {
      await setOwnLocale({ actor: result.user, locale: chosen as AppLocale });
    } else {
      store.set(LOCALE_COOKIE, result.user.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    }
    redirect(safeReturnPath(field("returnTo")) ?? ROLE_HOME[result.user.role].path);
  },
  { secret: ["password"] },
);
