import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/app/_lib/session";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";

export default async function HomePage() {
  const t = await getTranslations();
  const actor = await getActor();
  const steps = [1, 2, 3] as const;
  return (
    <>
      <section className="mb-10">
        <p className="text-lg text-slate-600">{t("common.officeName")}</p>
        <h1 className="mt-1 text-3xl font-bold leading-tight sm:text-5xl">{t("home.title")}</h1>
        <p className="mt-4 max-w-2xl text-lg text-slate-700">{t("home.lead")}</p>
        {actor ? (
          <div className="mt-6 border-l-4 border-brand-700 bg-brand-50 p-4">
            <h2 className="text-xl font-bold">{t("home.continueTitle")}</h2>
            <p className="mt-1">{t("home.continueBody", { role: t(`roles.${actor.role}`) })}</p>
            <div className="mt-3">
              <ButtonLink href={ROLE_HOME[actor.role].path}>{t("home.continueCta")}</ButtonLink>
            </div>
          </div>
        ) : (
          <div className="mt-6 flex flex-wrap gap-3">
            <ButtonLink href="/register">{t("home.startCta")}</ButtonLink>
            <ButtonLink href="/login" variant="secondary">
              {t("home.loginCta")}
            </ButtonLink>
          </div>
        )}
      </section>
      <Section id="how-title" title={t("home.howTitle")} headingSpace={4} className="mb-10">
        <ol className="grid gap-4 sm:grid-cols-3">
          {steps.map((n) => (
            <li key={n} className="rounded border-2 border-slate-200 p-4">
              <span aria-hidden="true" className="mb-2 flex h-9 w-9 items-center justify-center rounded-full bg-brand-700 font-bold text-white">
                {n}
              </span>
              <h3 className="text-lg font-bold">{t(`home.step${n}Title`)}</h3>
              <p className="mt-1 text-slate-700">{t(`home.step${n}Body`)}</p>
            </li>
          ))}
        </ol>
      </Section>
      <Section id="check-title" title={t("home.checkTitle")} headingSpace={0} className="mb-10">
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>
            <Link href="/track">{t("home.checkTrack")}</Link>
          </li>
          <li>
            <Link href="/verify/nib">{t("home.checkNib")}</Link>
          </li>
        </ul>
      </Section>
      <Section id="staff-title" title={t("home.staffTitle")} headingSpace={0}>
        <p className="mt-2 max-w-2xl text-slate-700">{t("home.staffBody")}</p>
      </Section>
    </>
  );
}
