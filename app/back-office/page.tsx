import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { QueueSection } from "@/app/_lib/queue-section";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { RoleHome } from "@/components/layout/role-home";
import Link from "next/link";
import { countBusinessWork } from "@/lib/business/review-activity";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.backOffice"))("title") };
}

export default async function BackOfficeHomePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePage(ROLE_HOME.BACK_OFFICE.permission);
  const t = await getTranslations();
  const reviewCount = await countBusinessWork({ actor });
  return (
    <RoleHome
      caption={t("common.signedInAs", { name: actor.fullName })}
      title={t("staff.backOffice.title")}
      lead={t("staff.backOffice.lead")}
      tasksTitle={t("staff.whatYouCanDo")}
      tasks={[t("staff.backOffice.can1"), t("staff.backOffice.can2"), t("staff.backOffice.can3")]}
    >
      {reviewCount > 0 ? (
        <p className="mb-6 border-l-4 border-yellow-600 pl-4">
          <Link href="/back-office/activities" className="font-semibold">
            {t("businessReview.waitingLink", { count: reviewCount })}
          </Link>
        </p>
      ) : null}
      <QueueSection actor={actor} basePath="/back-office" searchParams={await searchParams} />
    </RoleHome>
  );
}
