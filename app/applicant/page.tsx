import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { EmptyState, PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applicant"))("title") };
}

export default async function ApplicantHomePage() {
  const actor = await requirePage(ROLE_HOME.APPLICANT.permission);
  const t = await getTranslations("applicant");
  return (
    <>
      <PageHeading caption={t("greeting", { name: actor.fullName })}>{t("title")}</PageHeading>
      <div className="grid gap-8 md:grid-cols-3">
        <div className="space-y-8 md:col-span-2">
          <section aria-labelledby="applications-title">
            <h2 id="applications-title" className="mb-3 text-2xl font-bold">
              {t("applicationsTitle")}
            </h2>
            <EmptyState>{t("applicationsEmpty")}</EmptyState>
          </section>
          <section aria-labelledby="drafts-title">
            <h2 id="drafts-title" className="mb-3 text-2xl font-bold">
              {t("draftsTitle")}
            </h2>
            <EmptyState>{t("draftsEmpty")}</EmptyState>
          </section>
        </div>
        <section aria-labelledby="can-title">
          <h2 id="can-title" className="mb-3 text-2xl font-bold">
            {t("whatYouCanDo")}
          </h2>
          <ul className="list-disc space-y-2 pl-5">
            {(["can1", "can2", "can3", "can4"] as const).map((k) => (
              <li key={k}>{t(k)}</li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
