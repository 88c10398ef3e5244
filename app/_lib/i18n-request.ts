// next-intl request configuration: the language comes from the remembered cookie (Indonesian by
// default); dates are shown in the office's time zone.
import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { getEnv } from "@/lib/env";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";

export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  // Catalogues of one part of the site live in their own files (messages/<part>.<locale>.json) next to the main one.
  const [main, adminPermits] = await Promise.all([
    import(`../../messages/${locale}.json`),
    import(`../../messages/admin-permits.${locale}.json`),
  ]);
  const messages = { ...main.default, ...adminPermits.default };
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
