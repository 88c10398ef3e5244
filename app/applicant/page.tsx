import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { findMyApplications } from "@/lib/applications/find-my-applications";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { WAITING_ON } from "@/lib/workflow/transitions";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeading } from "@/components/ui/page-heading";
import { Tag } from "@/components/ui/tag";
import { statusTone } from "@/components/application/status-tone";
import { Section } from "@/components/ui/section";
import { getDateFormat } from "@/components/ui/date-format";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applicant"))("title") };
}

export default async function ApplicantHomePage() {
  const actor = await requirePage(ROLE_HOME.APPLICANT.permission);
  const t = await getTranslations();
  const locale = await getLocale();
  const dates = await getDateFormat();
  const { drafts, applications } = await findMyApplications({ actor });
  const name = (v: { nameId: string; nameEn: string }) => (locale === "en" ? v.nameEn : v.nameId);
  return (
    <>
      <PageHeading caption={t("applicant.greeting", { name: actor.fullName })}>{t("applicant.title")}</PageHeading>
      <p className="mb-8 flex flex-wrap gap-3">
        <ButtonLink href="/permits">{t("applicant.newApplication")}</ButtonLink>
        <ButtonLink href="/business" variant="secondary">
          {t("applicant.businessLicensing")}
        </ButtonLink>
      </p>
      <div className="grid gap-8 md:grid-cols-3">
        <div className="space-y-8 md:col-span-2">
          <Section id="applications-title" title={t("applicant.applicationsTitle")}>
            {applications.length === 0 ? (
              <EmptyState>{t("applicant.applicationsEmpty")}</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-200 border-y border-slate-200">
                {applications.map((a) => {
                  const waiting = WAITING_ON[a.status];
                  return (
                    <li key={a.id} className="py-3">
                      <Link href={`/applications/${a.id}`} className="text-lg font-semibold">
                        {name(a.permitTypeVersion)}
                      </Link>
                      <p className="text-sm text-slate-700">
                        {t("application.registration")} <span className="font-mono">{a.registrationNumber}</span>
                        {a.submittedAt ? ` · ${t("application.submittedOn", { date: dates.date(a.submittedAt, "short") })}` : null}
                      </p>
                      <p className="mt-1 flex flex-wrap items-center gap-2">
                        <Tag tone={statusTone(a.status)}>
                          {t(`status.${a.status}`)}
                        </Tag>
                        {waiting ? <span className="text-sm">{t(`waitingOn.${waiting}`)}</span> : null}
                      </p>
                    </li>
                  );
                })}
              </ul>
            )}
          </Section>
          <Section id="drafts-title" title={t("applicant.draftsTitle")}>
            {drafts.length === 0 ? (
              <EmptyState>{t("applicant.draftsEmpty")}</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-200 border-y border-slate-200">
                {drafts.map((d) => (
                  <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                    <span>
                      <span className="block font-semibold">{name(d.permitTypeVersion)}</span>
                      <span className="text-sm text-slate-700">{t("application.startedOn", { date: dates.date(d.createdAt, "short") })}</span>
                    </span>
                    <Link href={`/applications/${d.id}/edit`} aria-label={`${t("application.continueDraft")}: ${name(d.permitTypeVersion)}`}>
                      {t("application.continueDraft")}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </div>
        <Section id="can-title" title={t("applicant.whatYouCanDo")}>
          <ul className="list-disc space-y-2 pl-5">
            {(["can1", "can2", "can3", "can4"] as const).map((k) => (
              <li key={k}>{t(`applicant.${k}`)}</li>
            ))}
          </ul>
        </Section>
      </div>
    </>
  );
}
