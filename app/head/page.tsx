import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { QueueSection } from "@/app/_lib/queue-section";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { RoleHome } from "@/components/layout/role-home";
import { Banner } from "@/components/ui/banner";
import { EmptyState } from "@/components/ui/page-heading";
import { Tag } from "@/components/ui/tag";
import { findFlaggedLapses } from "@/lib/sla/deadline-sweep";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.head"))("title") };
}

export default async function HeadHomePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePage(ROLE_HOME.HEAD.permission);
  const t = await getTranslations();
  const params = await searchParams;
  const approved = params.approved !== undefined ? Number(params.approved) || 0 : null;
  const lapsed = await findFlaggedLapses({ actor });
  const locale = await getLocale();
  return (
    <RoleHome
      caption={t("common.signedInAs", { name: actor.fullName })}
      title={t("staff.head.title")}
      lead={t("staff.head.lead")}
      tasksTitle={t("staff.whatYouCanDo")}
      tasks={[t("staff.head.can1"), t("staff.head.can2"), t("staff.head.can3")]}
    >
      {approved !== null ? <Banner title={t("common.successTitle")}>{t("review.bulkResult", { ok: approved, failed: Number(params.failed) || 0 })}</Banner> : null}
      {params.none ? <Banner tone="info">{t("review.nothingSelected")}</Banner> : null}
      <QueueSection actor={actor} basePath="/head" searchParams={params} />
      <Section id="lapsed-title" title={t("staff.head.lapsedTitle")} headingSpace={2} description={t("staff.head.lapsedLead")} descriptionSpace={3} className="mt-10">
        {lapsed.length === 0 ? (
          <EmptyState>{t("staff.head.lapsedEmpty")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200 border-y border-slate-200">
            {lapsed.map((f) => (
              <li key={f.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2">
                <Link href={`/office/files/${f.id}`} className="font-mono">
                  {f.registrationNumber}
                </Link>
                <span>{f.applicant.fullName}</span>
                <span>{locale === "en" ? f.permitTypeVersion.nameEn : f.permitTypeVersion.nameId}</span>
                <Tag tone="red">{t(`status.${f.status}`)}</Tag>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </RoleHome>
  );
}
