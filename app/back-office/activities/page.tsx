import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { findActivitiesForReview } from "@/lib/business/review-activity";
import { findCommitmentsToCheck } from "@/lib/business/commitments";
import { Banner } from "@/components/ui/banner";
import { EmptyState, PageHeading } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/table";
import { getDateFormat } from "@/components/ui/date-format";
import { Section } from "@/components/ui/section";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("businessReview"))("title") };
}

// Business activities no single risk rule covers, waiting for the back office to set their level.
export default async function ActivitiesForReviewPage({ searchParams }: { searchParams: Promise<{ saved?: string; checked?: string }> }) {
  const actor = await requirePage("classify:activity:office");
  const { saved, checked } = await searchParams;
  const commitments = await findCommitmentsToCheck({ actor });
  const t = await getTranslations();
  const locale = await getLocale();
  const dates = await getDateFormat();
  const activities = await findActivitiesForReview({ actor });
  return (
    <>
      {saved ? <Banner title={t("businessReview.saved")}>{null}</Banner> : null}
      {checked ? <Banner title={t("businessReview.checked")}>{null}</Banner> : null}
      <PageHeading lead={t("businessReview.lead")}>{t("businessReview.title")}</PageHeading>
      {activities.length === 0 ? (
        <EmptyState>{t("businessReview.empty")}</EmptyState>
      ) : (
        <DataTable
          caption={t("businessReview.title")}
          rows={activities}
          columns={[
            { header: t("businessReview.submitted"), cell: (a) => (a.submittedAt ? dates.date(a.submittedAt, "short") : "") },
            {
              header: t("businessReview.activity"),
              cell: (a) => (
                <Link href={`/back-office/activities/${a.id}`}>
                  <span className="font-mono">{a.kbli}</span> {locale === "en" ? a.kbliRef.titleEn : a.kbliRef.titleId}
                </Link>
              ),
            },
            {
              header: t("businessReview.business"),
              cell: (a) => (
                <>
                  {a.business.name}
                  {a.business.nib ? <span className="block font-mono text-sm">{a.business.nib}</span> : null}
                </>
              ),
            },
            { header: t("businessReview.reason"), cell: (a) => t(`businessReview.reasons.${a.reviewReason ?? "no_rule"}`) },
          ]}
        />
      )}
      <Section id="commitments-title" title={t("businessReview.commitmentsTitle")} headingSpace={2} description={t("businessReview.commitmentsLead")} className="mt-12">
        {commitments.length === 0 ? (
          <EmptyState>{t("businessReview.commitmentsEmpty")}</EmptyState>
        ) : (
          <DataTable
            caption={t("businessReview.commitmentsTitle")}
            rows={commitments}
            columns={[
              { header: t("businessReview.submitted"), cell: (c) => (c.proofSubmittedAt ? dates.date(c.proofSubmittedAt, "short") : "") },
              {
                header: t("business.commitmentRequirement"),
                cell: (c) => (
                  <Link href={`/back-office/commitments/${c.id}`}>
                    {t(`business.requirements.${c.requirement}`)} · <span className="font-mono">{c.activity.kbli}</span>
                  </Link>
                ),
              },
              { header: t("businessReview.business"), cell: (c) => c.business.name },
            ]}
          />
        )}
      </Section>
    </>
  );
}
