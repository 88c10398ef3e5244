import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { QueueSection } from "@/app/_lib/queue-section";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { RoleHome } from "@/components/layout/role-home";
import { Banner } from "@/components/ui/banner";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.head"))("title") };
}

export default async function HeadHomePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePage(ROLE_HOME.HEAD.permission);
  const t = await getTranslations();
  const params = await searchParams;
  const approved = params.approved !== undefined ? Number(params.approved) || 0 : null;
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
    </RoleHome>
  );
}
