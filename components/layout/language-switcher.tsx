import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { LOCALES } from "@/lib/i18n/locales";
import { ReturnToInput } from "@/components/layout/return-to-input";
import type { PlainAction } from "@/lib/forms";

// A plain form, so the language can be changed without JavaScript; it returns to the same page.
export async function LanguageSwitcher({ setLocaleAction }: { setLocaleAction: PlainAction }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const returnTo = (await headers()).get("x-return-to") ?? "/";
  return (
    <form action={setLocaleAction} aria-label={t("switchLanguage")} className="flex items-center gap-1">
      <ReturnToInput initial={returnTo} />
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          className={`min-h-11 min-w-11 rounded px-2 text-sm font-semibold ${
            l === locale ? "bg-white text-brand-900" : "text-white underline hover:bg-brand-700"
          }`}
        >
          <span aria-hidden="true">{l.toUpperCase()}</span>
          <span className="sr-only">{t(`languageNames.${l}`)}</span>
        </button>
      ))}
    </form>
  );
}
