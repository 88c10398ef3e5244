import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/_actions/locale";
import { logoutAction } from "@/app/_actions/logout";
import { getActor } from "@/app/_lib/session";
import { SiteHeader } from "@/components/layout/site-header";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: `${t("siteName")} · ${t("officeName")}`, template: `%s · ${t("siteName")}` },
    // public/manifest.webmanifest: name, icons and colours when the portal is added to a home screen.
    manifest: "/manifest.webmanifest",
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#062b4c" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const messages = await getMessages();
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]]).filter(([, v]) => v));
  const t = await getTranslations("common");
  const actor = await getActor();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main-content"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-focus focus:p-3 focus:text-black"
        >
          {t("skipLink")}
        </a>
        <NextIntlClientProvider messages={clientMessages}>
          <SiteHeader actor={actor} logoutAction={logoutAction} setLocaleAction={setLocaleAction} />
          <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
        </NextIntlClientProvider>
        <footer className="border-t-4 border-brand-700 bg-slate-100 print:hidden">
          <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-700">
            <p className="font-semibold">{t("officeName")}</p>
            <p>{t("officeFull")}</p>
            <p className="mt-2">{t("footerNote")}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
