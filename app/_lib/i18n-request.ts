// next-intl request configuration: the language comes from the remembered cookie (Indonesian by
// default); times are shown in the time zone of the viewer's office (Office.timeZone), or of the office
// this installation serves for applicants and visitors. Pages write dates through lib/calendar/format-date
// (components/ui/date-format), which reads this zone.
import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { getActor } from "@/app/_lib/session";
import { findTimeZoneFor } from "@/lib/calendar/office-time-zone";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";

export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const messages = (await import(`../../messages/${locale}.json`)).default;
  return {
    locale,
    messages,
    // "UTC" only before any office exists (a database not yet seeded).
    timeZone: (await findTimeZoneFor((await getActor())?.officeId)) ?? "UTC",
  };
});
