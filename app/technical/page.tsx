import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { RoleHome } from "@/components/layout/role-home";
import { QueueSection } from "@/app/_lib/queue-section";
import { Banner } from "@/components/ui/banner";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.technical"))("title") };
}

export default async function TechnicalHomePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePage(ROLE_HOME.TECHNICAL.permission);
  const t = await getTranslations();
  const locale = await getLocale();
  const agency = actor.agency ? (locale === "en" ? actor.agency.nameEn : actor.agency.nameId) : null;
  return (
    <RoleHome
      caption={t("common.signedInAs", { name: actor.fullName })}
      title={t("staff.technical.title")}
      lead={agency ? t("staff.technical.lead", { agency }) : null}
      tasksTitle={t("staff.whatYouCanDo")}
      tasks={[t("staff.technical.can1"), t("staff.technical.can2"), t("staff.technical.can3")]}
    >
      {agency ? <QueueSection actor={actor} basePath="/technical" searchParams={await searchParams} /> : <Banner tone="info">{t("staff.technical.noAgency")}</Banner>}
    </RoleHome>
  );
}
