import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { pageData } from "@/app/_lib/page-data";
import { getActivityForReview } from "@/lib/business/review-activity";
import { formatRupiah } from "@/lib/i18n/format";
import { ClassifyActivityForm } from "@/components/business/classify-activity-form";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { classifyActivityAction } from "@/app/business/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("businessReview"))("classifyTitle") };
}

export default async function ClassifyActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("classify:activity:office");
  const { id } = await params;
  const t = await getTranslations();
  const locale = await getLocale();
  const format = await getFormatter();
  const { activity, agencies } = await pageData(getActivityForReview({ actor, activityId: id }));
  const parameters = Object.entries(activity.parameters as Record<string, number>);
  const sectionAgency = agencies.find((a) => a.kbliSections.includes(activity.kbliRef.section));
  return (
    <>
      <PageHeading caption={activity.business.name} lead={t(`businessReview.reasons.${activity.reviewReason ?? "no_rule"}`)}>
        {t("businessReview.classifyTitle")}
      </PageHeading>
      <SummaryList
        rows={[
          { key: t("businessReview.activity"), value: `${activity.kbli} ${locale === "en" ? activity.kbliRef.titleEn : activity.kbliRef.titleId}` },
          { key: t("businessReview.section"), value: activity.kbliRef.section },
          { key: t("business.activityFields.location"), value: activity.location },
          { key: t("business.scale"), value: t(`business.scales.${activity.scale}`) },
          { key: t("business.activityFields.capital"), value: formatRupiah(Number(activity.capital), locale) },
          ...parameters.map(([k, v]) => ({ key: t(`business.activityFields.${k}`), value: format.number(v) })),
          { key: t("business.fields.form"), value: t(`business.forms.${activity.business.form}`) },
          ...(activity.business.nib ? [{ key: t("business.nib"), value: activity.business.nib }] : []),
          {
            key: t("businessReview.existingRules"),
            value: activity.kbliRef.rules.length ? t("businessReview.rulesCount", { count: activity.kbliRef.rules.length }) : t("businessReview.noRules"),
          },
        ]}
      />
      {activity.status === "MANUAL_REVIEW" ? (
        <ClassifyActivityForm
          classifyActivityAction={classifyActivityAction}
          activityId={activity.id}
          agencies={agencies.map((a) => ({ value: a.id, label: locale === "en" ? a.nameEn : a.nameId }))}
          defaults={{ level: activity.riskLevel ?? "", legalBasis: activity.legalBasis ?? "", agencyId: sectionAgency?.id ?? "" }}
        />
      ) : (
        <p className="font-semibold">{t("errors.business.alreadyClassified")}</p>
      )}
    </>
  );
}
