import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { verifyNib } from "@/lib/business/verify-nib";
import { Button } from "@/components/ui/button";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { getDateFormat } from "@/components/ui/date-format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verifyNib"))("title"), robots: { index: false } };
}

// Public: anyone may check a NIB. The check digit catches a mistyped number before any lookup.
export default async function VerifyNibPage({ searchParams }: { searchParams: Promise<{ nib?: string }> }) {
  const { nib = "" } = await searchParams;
  const t = await getTranslations();
  const locale = await getLocale();
  const dates = await getDateFormat();
  const result = nib.trim() ? await verifyNib(nib) : null;
  return (
    <>
      <PageHeading lead={t("verifyNib.lead")}>{t("verifyNib.title")}</PageHeading>
      <form method="get" className="mb-8 flex max-w-xl flex-wrap items-end gap-3">
        <div className="grow">
          <label htmlFor="nib" className="block font-semibold">
            {t("business.nibFull")}
          </label>
          <p id="nib-hint" className="text-sm text-slate-600">
            {t("verifyNib.hint")}
          </p>
          <input id="nib" name="nib" inputMode="numeric" defaultValue={nib} maxLength={20} aria-describedby="nib-hint" className="mt-2 block min-h-11 w-full rounded border-2 border-slate-700 px-3 py-2 font-mono text-lg tracking-widest" />
        </div>
        <Button>{t("verifyNib.submit")}</Button>
      </form>
      {result ? (
        !result.valid ? (
          <div role="alert" className="border-4 border-danger p-4 text-lg font-semibold text-danger">
            {t(`verifyNib.invalid.${result.reason}`)}
          </div>
        ) : !result.registered ? (
          <div role="alert" className="border-4 border-danger p-4 text-lg font-semibold text-danger">
            {t("verifyNib.notRegistered")}
          </div>
        ) : (
          <>
            <div role="status" className="mb-6 border-4 border-success p-4 text-lg font-semibold text-success">
              {t("verifyNib.registered")}
            </div>
            <SummaryList
              rows={[
                { key: t("verifyNib.holder"), value: result.business.name },
                { key: t("business.fields.form"), value: t(`business.forms.${result.business.form}`) },
                ...(result.business.owner ? [{ key: t("verifyNib.owner"), value: result.business.owner }] : []),
                ...(result.business.issuedAt ? [{ key: t("verify.issuedAt"), value: dates.date(new Date(result.business.issuedAt), "short") }] : []),
                {
                  key: t("business.activitiesTitle"),
                  value: (
                    <ul className="space-y-1">
                      {result.business.activities.map((a) => (
                        <li key={a.kbli}>
                          <span className="font-mono">{a.kbli}</span> {locale === "en" ? a.titleEn : a.titleId}{" "}
                          {a.riskLevel ? <Tag>{t(`business.levels.${a.riskLevel}`)}</Tag> : null}
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]}
            />
            {result.business.certificateCode ? <Link href={`/verify/${result.business.certificateCode}`}>{t("verifyNib.certificate")}</Link> : null}
            {result.business.owner ? <p className="mt-4 text-sm text-slate-700">{t("verify.masked")}</p> : null}
          </>
        )
      ) : null}
    </>
  );
}
