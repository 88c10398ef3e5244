// next-intl request configuration: the language comes from the remembered cookie (Indonesian by
// default); dates are shown in the office's time zone.
import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { getEnv } from "@/lib/env";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";

export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const messages = (await import(`../../messages/${locale}.json`)).default;
  return {
    locale,
    messages,
    timeZone: getEnv().APP_TIME_ZONE,
    formats: {
      dateTime: {
        short: { day: "numeric", month: "short", year: "numeric" },
        long: { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" },
      },
    },
  };
});
