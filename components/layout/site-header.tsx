import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/find-session-user";
import type { PlainAction } from "@/lib/forms";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { unreadCount } from "@/lib/notifications/notification-centre";
import { NotificationLink } from "@/components/layout/notification-link";

/** The root layout hands in the logout and language actions, which live with the routes in app/. */
export async function SiteHeader({ actor, logoutAction, setLocaleAction }: { actor: SessionUser | null; logoutAction: PlainAction; setLocaleAction: PlainAction }) {
  const t = await getTranslations();
  const unread = actor ? await unreadCount({ actor }) : 0;
  return (
    <header className="bg-brand-900 text-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-white no-underline hover:text-white">
          <span className="block text-xl font-bold leading-tight">{t("common.siteName")}</span>
          <span className="block text-sm text-brand-100">{t("common.officeName")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <nav aria-label={t("common.mainNav")}>
            <ul className="flex flex-wrap items-center gap-3">
              <li>
                <Link href="/permits" className="font-semibold text-white hover:text-brand-100">
                  {t("nav.catalogue")}
                </Link>
              </li>
              <li>
                <Link href="/track" className="font-semibold text-white hover:text-brand-100">
                  {t("nav.track")}
                </Link>
              </li>
              {actor ? (
                <>
                  <li>
                    {/* /home picks the home of the role the person has now, even if it changed since this page was drawn. */}
                    <Link href="/home" className="font-semibold text-white hover:text-brand-100">
                      {t("common.myHome")}
                    </Link>
                  </li>
                  {actor.role === "APPLICANT" ? (
                    <li>
                      <Link href="/business" className="font-semibold text-white hover:text-brand-100">
                        {t("nav.business")}
                      </Link>
                    </li>
                  ) : null}
                  <li>
                    <NotificationLink initial={unread} />
                  </li>
                  <li className="text-sm text-brand-100">
                    {t("common.signedInAs", { name: actor.fullName })} · {t(`roles.${actor.role}`)}
                  </li>
                  <li>
                    <form action={logoutAction}>
                      <button
                        type="submit"
                        className="min-h-11 rounded px-2 font-semibold text-white underline hover:bg-brand-700"
                      >
                        {t("common.logout")}
                      </button>
                    </form>
                  </li>
                </>
              ) : (
                <>
                  <li>
                    <Link href="/login" className="font-semibold text-white hover:text-brand-100">
                      {t("common.login")}
                    </Link>
                  </li>
                  <li>
                    <Link href="/register" className="font-semibold text-white hover:text-brand-100">
                      {t("common.register")}
                    </Link>
                  </li>
                </>
              )}
            </ul>
          </nav>
          <LanguageSwitcher setLocaleAction={setLocaleAction} />
        </div>
      </div>
    </header>
  );
}
