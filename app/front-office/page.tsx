import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { QueueSection } from "@/app/_lib/queue-section";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { RoleHome } from "@/components/layout/role-home";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.frontOffice"))("title") };
}

export default async function FrontOfficeHomePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePage(ROLE_HOME.FRONT_OFFICE.permission);
  const t = await getTranslations();
  return (
    <RoleHome
      caption={t("common.signedInAs", { name: actor.fullName })}
      title={t("staff.frontOffice.title")}
      lead={t("staff.frontOffice.lead")}
      tasksTitle={t("staff.whatYouCanDo")}
      tasks={[t("staff.frontOffice.can1"), t("staff.frontOffice.can2"), t("staff.frontOffice.can3")]}
    >
      <QueueSection actor={actor} basePath="/front-office" searchParams={await searchParams} />
    </RoleHome>
  );
}
