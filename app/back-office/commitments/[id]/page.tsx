import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/calendar/format-date";
import { requirePage } from "@/app/_lib/session";
import { pageData } from "@/app/_lib/page-data";
import { getCommitmentForCheck } from "@/lib/business/commitments";
import { CheckCommitmentForm } from "@/components/business/check-commitment-form";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { checkCommitmentAction } from "@/app/business/actions";
import { getDateFormat } from "@/components/ui/date-format";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("businessReview"))("checkTitle") };
}

// The back office checks the proof a business sent for one of its commitments.
export default async function CheckCommitmentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("check:commitment:office");
  const { id } = await params;
  const t = await getTranslations();
  const dates = await getDateFormat();
  const locale = await getLocale();
  const commitment = await pageData(getCommitmentForCheck({ actor, commitmentId: id }));
  const day = (d: Date) => formatDay(d, locale);
  return (
    <>
      <PageHeading caption={commitment.business.name}>{t("businessReview.checkTitle")}</PageHeading>
      <SummaryList
        rows={[
          { key: t("business.commitmentRequirement"), value: t(`business.requirements.${commitment.requirement}`) },
          { key: t("business.commitmentActivity"), value: commitment.activity.kbli },
          { key: t("business.commitmentDue"), value: day(commitment.dueDay) },
          ...(commitment.business.nib ? [{ key: t("business.nib"), value: commitment.business.nib }] : []),
          ...(commitment.proofSubmittedAt ? [{ key: t("businessReview.submitted"), value: dates.dateTime(commitment.proofSubmittedAt) }] : []),
          {
            key: t("businessReview.proof"),
            value: commitment.proofFileId ? (
              <a href={`/api/commitments/${commitment.id}/proof`} download>
                {t("business.proofDownload")}
              </a>
            ) : (
              "—"
            ),
          },
        ]}
      />
      {commitment.proofSubmittedAt && !commitment.fulfilledAt ? (
        <CheckCommitmentForm checkCommitmentAction={checkCommitmentAction} commitmentId={commitment.id} />
      ) : (
        <p className="font-semibold">{t("errors.business.commitmentNotAwaiting")}</p>
      )}
    </>
  );
}
