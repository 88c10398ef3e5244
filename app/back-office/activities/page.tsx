import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { findActivitiesForReview } from "@/lib/business/review-activity";
import { findCommitmentsToCheck } from "@/lib/business/commitments";
import { Banner } from "@/components/ui/banner";
import { EmptyState, PageHeading } from "@/components/ui/page-heading";
import { Table, Td, Th } from "@/components/ui/table";
import { getDateFormat } from "@/components/ui/date-format";

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
        <Table caption={t("businessReview.title")}>
          <thead>
            <tr>
              <Th>{t("businessReview.submitted")}</Th>
              <Th>{t("businessReview.activity")}</Th>
              <Th>{t("businessReview.business")}</Th>
              <Th>{t("businessReview.reason")}</Th>
            </tr>
          </thead>
          <tbody>
            {activities.map((a) => (
              <tr key={a.id}>
                <Td>{a.submittedAt ? dates.date(a.submittedAt, "short") : ""}</Td>
                <Td>
                  <Link href={`/back-office/activities/${a.id}`}>
                    <span className="font-mono">{a.kbli}</span> {locale === "en" ? a.kbliRef.titleEn : a.kbliRef.titleId}
                  </Link>
                </Td>
                <Td>
                  {a.business.name}
                  {a.business.nib ? <span className="block font-mono text-sm">{a.business.nib}</span> : null}
                </Td>
                <Td>{t(`businessReview.reasons.${a.reviewReason ?? "no_rule"}`)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <section aria-labelledby="commitments-title" className="mt-12">
        <h2 id="commitments-title" className="mb-2 text-2xl font-bold">
          {t("businessReview.commitmentsTitle")}
        </h2>
        <p className="mb-4 max-w-2xl text-slate-700">{t("businessReview.commitmentsLead")}</p>
        {commitments.length === 0 ? (
          <EmptyState>{t("businessReview.commitmentsEmpty")}</EmptyState>
        ) : (
          <Table caption={t("businessReview.commitmentsTitle")}>
            <thead>
              <tr>
                <Th>{t("businessReview.submitted")}</Th>
                <Th>{t("business.commitmentRequirement")}</Th>
                <Th>{t("businessReview.business")}</Th>
              </tr>
            </thead>
            <tbody>
              {commitments.map((c) => (
                <tr key={c.id}>
                  <Td>{c.proofSubmittedAt ? dates.date(c.proofSubmittedAt, "short") : ""}</Td>
                  <Td>
                    <Link href={`/back-office/commitments/${c.id}`}>
                      {t(`business.requirements.${c.requirement}`)} · <span className="font-mono">{c.activity.kbli}</span>
                    </Link>
                  </Td>
                  <Td>{c.business.name}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
    </>
  );
}
