import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/calendar/format-date";
import { requirePage } from "@/app/_lib/session";
import { pageData } from "@/app/_lib/page-data";
import { declareActivityAction, removeActivityAction, submitActivitiesAction } from "@/app/business/actions";
import { getBusiness } from "@/lib/business/get-business";
import { formatRupiah } from "@/lib/i18n/format";
import { SELF_DECLARATION } from "@/lib/business/declaration";
import { commitmentState, PROOF_MAX_MB } from "@/lib/business/commitments";
import { ErrorSummary } from "@/components/ui/error-summary";
import { DeclareForm, SubmitActivitiesForm } from "@/components/business/business-forms";
import { Banner } from "@/components/ui/banner";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { uploadErrorKey } from "@/app/_lib/receive-upload";
import { Section } from "@/components/ui/section";
import { getDateFormat } from "@/components/ui/date-format";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("business"))("pageTitle") };
}

const COMMITMENT_TONE = { open: "yellow", awaiting_check: "blue", refused: "red", fulfilled: "green" } as const;
const LEVEL_TONE = { RENDAH: "green", MENENGAH_RENDAH: "blue", MENENGAH_TINGGI: "yellow", TINGGI: "red" } as const;
const STANDING_TONE: Record<string, "neutral" | "blue" | "green" | "yellow" | "red"> = {
  draft: "neutral",
  manual_review: "yellow",
  awaiting_declaration: "yellow",
  licensed_by_nib: "green",
  certified: "green",
  verified: "green",
  licensed: "green",
  pending_verification: "blue",
  pending_licence: "blue",
  rejected: "red",
  withdrawn: "neutral",
  revoked: "red",
  expired: "neutral",
};

// The business's own page: its NIB, each activity with its risk level, what it received, what is
// pending with whom, and the commitments it must still fulfil.
export default async function BusinessPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; proofError?: string; commitment?: string }>;
}) {
  const actor = await requirePage("read:business:own");
  const { id } = await params;
  const { saved, proofError, commitment: errorCommitment } = await searchParams;
  const t = await getTranslations();
  const locale = await getLocale();
  const dates = await getDateFormat();
  const { business, activities, certificateCode, isOwner } = await pageData(getBusiness({ actor, businessId: id }));
  const statement = locale === "en" ? SELF_DECLARATION.en : SELF_DECLARATION.id;
  const drafts = activities.filter((a) => a.standing === "draft");
  const rupiah = (v: bigint) => formatRupiah(Number(v), locale);
  const day = (d: Date) => formatDay(d, locale);
  const title = (k: { titleId: string; titleEn: string }) => (locale === "en" ? k.titleEn : k.titleId);
  const savedKey = saved && ["created", "profile", "activity", "removed", "nib", "submitted", "declared", "proof"].includes(saved) ? saved : null;
  const proofErrorKey = uploadErrorKey(proofError);
  return (
    <>
      {savedKey ? <Banner title={t(`business.saved.${savedKey}`)}>{savedKey === "nib" ? t("business.saved.nibBody", { nib: business.nib ?? "" }) : null}</Banner> : null}
      <PageHeading caption={t(`business.forms.${business.form}`)}>{business.name}</PageHeading>

      <Section id="nib-title" title={t("business.nibFull")} size="medium" headingSpace={0} variant="boxed" className="mb-10">
        {business.nib ? (
          <>
            <p className="mt-2 font-mono text-3xl font-bold tracking-widest" data-testid="nib">
              {business.nib}
            </p>
            <p className="mt-1 text-sm text-slate-700">{business.nibIssuedAt ? t("business.nibIssuedOn", { date: dates.date(business.nibIssuedAt) }) : null}</p>
            {certificateCode ? (
              <p className="mt-3 flex flex-wrap gap-4">
                <a href={`/api/issued/${certificateCode}`} download>
                  {t("business.downloadNib")}
                </a>
                <Link href={`/verify/${certificateCode}`}>{t("business.verifyDocument")}</Link>
              </p>
            ) : null}
          </>
        ) : (
          <p className="mt-2">{t("business.nibPending")}</p>
        )}
      </Section>

      <Section id="activities" title={t("business.activitiesTitle")} className="mb-10">
        {activities.length === 0 ? (
          <EmptyState>{t("business.activitiesEmpty")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200 border-y border-slate-200">
            {activities.map((a) => {
              const level = a.riskLevel ?? a.preview?.level ?? null;
              return (
                <li key={a.id} className="py-4" data-testid={`activity-${a.kbli}`}>
                  <p className="text-lg font-semibold">
                    <span className="font-mono">{a.kbli}</span> {title(a.kbliRef)}
                  </p>
                  <p className="text-sm text-slate-700">
                    {a.location} · {t(`business.scales.${a.scale}`)} · {t("business.capitalOf", { amount: rupiah(a.capital) })}
                  </p>
                  <p className="mt-2 flex flex-wrap items-center gap-2">
                    {level ? (
                      <Tag tone={LEVEL_TONE[level]}>
                        {t(a.standing === "draft" ? "business.expectedLevel" : "business.levelLabel", { level: t(`business.levels.${level}`) })}
                      </Tag>
                    ) : null}
                    <Tag tone={STANDING_TONE[a.standing]}>{t(`business.standing.${a.standing}`)}</Tag>
                    {a.waitingOn && a.application ? (
                      <span className="text-sm">
                        {a.waitingOn === "technical"
                          ? t("business.waitingOnAgency", { agency: locale === "en" ? a.application.agency.nameEn : a.application.agency.nameId })
                          : t(`waitingOn.${a.waitingOn}`)}
                      </span>
                    ) : null}
                  </p>
                  {a.standing === "draft" ? (
                    <p className="mt-2 text-sm">{a.preview?.level ? t(`business.outcome.${a.preview.level}`) : t("business.outcome.manual")}</p>
                  ) : null}
                  {a.standing === "manual_review" ? <p className="mt-2 text-sm">{t(`business.reviewReason.${a.reviewReason ?? "no_rule"}`)}</p> : null}
                  {a.application ? (
                    <p className="mt-2 flex flex-wrap gap-4 text-sm">
                      {isOwner ? (
                        <Link href={`/applications/${a.application.id}`}>{t("business.openFile", { number: a.application.registrationNumber ?? "" })}</Link>
                      ) : null}
                      {a.document ? (
                        <a href={`/api/issued/${a.document.code}`} download>
                          {t(a.document.kind === "STANDARD_CERTIFICATE" || a.riskLevel === "MENENGAH_TINGGI" ? "business.downloadStandard" : "business.downloadLicence")}
                        </a>
                      ) : null}
                    </p>
                  ) : null}
                  {isOwner && a.standing === "draft" ? (
                    <form action={removeActivityAction} className="mt-2">
                      <input type="hidden" name="_activityId" value={a.id} />
                      <Button variant="secondary" aria-label={`${t("business.removeActivity")}: ${a.kbli}`}>
                        {t("business.removeActivity")}
                      </Button>
                    </form>
                  ) : null}
                  {isOwner && a.standing === "awaiting_declaration" ? <DeclareForm declareActivityAction={declareActivityAction} activityId={a.id} statement={statement} label={t("business.declareSubmit")} /> : null}
                </li>
              );
            })}
          </ul>
        )}
        {isOwner ? (
          <p className="mt-4">
            <ButtonLink href={`/business/${business.id}/activities/new`} variant="secondary">
              {t("business.addActivity")}
            </ButtonLink>
          </p>
        ) : null}
      </Section>

      {isOwner && drafts.length > 0 ? (
        <Section id="submit-title" title={t("business.submitTitle")} headingSpace={2} variant="aside" className="mb-10">
          <p className="mb-4">{t(business.nib ? "business.submitLeadMore" : "business.submitLead", { count: drafts.length })}</p>
          <SubmitActivitiesForm
            submitActivitiesAction={submitActivitiesAction}
            businessId={business.id}
            hasNib={Boolean(business.nib)}
            statement={statement}
            needsDeclaration={drafts.some((d) => d.preview?.level === "MENENGAH_RENDAH")}
          />
        </Section>
      ) : null}

      <Section id="commitments-title" title={t("business.commitmentsTitle")} description={t("business.commitmentsLead")} descriptionSpace={3} className="mb-10">
        {business.commitments.length === 0 ? (
          <EmptyState>{t("business.commitmentsEmpty")}</EmptyState>
        ) : (
          <>
            {proofErrorKey && errorCommitment ? (
              <ErrorSummary
                title={t("common.errorSummaryTitle")}
                errors={[{ field: `proof-${errorCommitment}`, message: t(`validation.upload.${proofErrorKey}`, { max: PROOF_MAX_MB, types: "PDF" }) }]}
              />
            ) : null}
            <Table caption={t("business.commitmentsTitle")}>
              <thead>
                <tr>
                  <Th>{t("business.commitmentDue")}</Th>
                  <Th>{t("business.commitmentRequirement")}</Th>
                  <Th>{t("business.commitmentActivity")}</Th>
                  <Th>{t("business.commitmentStatus")}</Th>
                </tr>
              </thead>
              <tbody>
                {business.commitments.map((c) => {
                  const state = commitmentState(c);
                  return (
                    <tr key={c.id} data-testid={`commitment-${c.requirement}-${c.activity.kbli}`}>
                      <Td>{day(c.dueDay)}</Td>
                      <Td>{t(`business.requirements.${c.requirement}`)}</Td>
                      <Td className="font-mono">{c.activity.kbli}</Td>
                      <Td>
                        <Tag tone={COMMITMENT_TONE[state]}>{t(`business.commitmentStates.${state}`)}</Tag>
                        {state === "refused" && c.rejectReason ? <span className="mt-1 block text-sm">{t("business.commitmentRefusedReason", { reason: c.rejectReason })}</span> : null}
                        {c.proofFileId ? (
                          <a href={`/api/commitments/${c.id}/proof`} download className="mt-1 block text-sm">
                            {t("business.proofDownload")}
                          </a>
                        ) : null}
                        {isOwner && (state === "open" || state === "refused") ? (
                          <form method="post" action={`/api/commitments/${c.id}/proof`} encType="multipart/form-data" className="mt-2 space-y-2">
                            <label htmlFor={`proof-${c.id}`} className="block text-sm font-semibold">
                              {t("business.proofLabel", { requirement: t(`business.requirements.${c.requirement}`) })}
                            </label>
                            <input id={`proof-${c.id}`} name="file" type="file" accept="application/pdf" className="block max-w-full text-sm" />
                            <Button variant="secondary">{t("business.proofSubmit")}</Button>
                          </form>
                        ) : null}
                      </Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          </>
        )}
      </Section>

      <Section id="profile-title" title={t("business.profileTitle")}>
        <SummaryList
          rows={[
            { key: t("business.fields.form"), value: t(`business.forms.${business.form}`) },
            ...(business.nik ? [{ key: t("business.fields.nik"), value: <span className="font-mono">{business.nik}</span> }] : []),
            ...(business.deedNumber && business.deedDate
              ? [{ key: t("business.deed"), value: t("business.deedValue", { number: business.deedNumber, date: day(business.deedDate) }) }]
              : []),
            ...(business.npwp ? [{ key: t("business.fields.npwp"), value: <span className="font-mono">{business.npwp}</span> }] : []),
            { key: t("business.fields.address"), value: business.address },
            { key: t("business.contact"), value: `${business.phone.replace(/^\+62/, "0")} · ${business.email}` },
            { key: t("business.fields.paidUpCapital"), value: rupiah(business.paidUpCapital) },
            { key: t("business.fields.totalInvestment"), value: rupiah(business.totalInvestment) },
          ]}
        />
        {isOwner ? <Link href={`/business/${business.id}/edit`}>{t("business.editProfile")}</Link> : null}
      </Section>
    </>
  );
}
