// The catalogue's words outside a React render (route handlers, documents, mails): a translator for
// one language, and the language a request asks for (the remembered choice, then Accept-Language).
import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import id from "@/messages/id.json";
import en from "@/messages/en.json";
import { DEFAULT_LOCALE, LOCALE_COOKIE, resolveLocale, type AppLocale } from "@/lib/i18n/locales";

const CATALOGUES = { id, en } as const;

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function translator(locale: AppLocale): Translate {
  // Keys come from error codes and events at run time, so the catalogue is used untyped here; unit
  // tests check that the keys used exist in both languages.
  return createTranslator({ locale, messages: CATALOGUES[locale] as unknown as AbstractIntlMessages }) as unknown as Translate;
}

export function requestLocale(headers: Headers): AppLocale {
  const cookie = headers.get("cookie") ?? "";
  const remembered = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`).exec(cookie)?.[1];
  if (remembered) return resolveLocale(remembered);
  const accepted = (headers.get("accept-language") ?? "").toLowerCase();
  const first = accepted.split(",").map((part) => part.trim().slice(0, 2)).find((tag) => tag === "id" || tag === "en");
  return first ? resolveLocale(first) : DEFAULT_LOCALE;
}
