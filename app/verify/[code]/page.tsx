import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatDateTime, formatDay } from "@/lib/calendar/format-date";
import { verifyIssuedDocument } from "@/lib/issuance/verify-issued-document";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verify"))("title"), robots: { index: false } };
}

// Public: where a document's QR code leads. No account; personal data masked.
export default async function VerifyPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const t = await getTranslations("verify");
  const locale = await getLocale();
  const result = await verifyIssuedDocument(code);
  const day = (d: string) => formatDay(d, locale);
  if (!result) {
    return (
      <>
        <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
        <div role="alert" className="border-4 border-danger p-4 text-lg font-semibold text-danger">
          {t("notFound")}
        </div>
      </>
    );
  }
  const tone = !result.signatureValid ? "red" : result.status === "active" ? "green" : result.status === "revoked" ? "red" : "yellow";
  // What the reader needs first: is the document still in force? The signature check comes after, so a
  // revoked or expired permit never opens with a green "valid" banner.
  const inactive = result.status === "revoked" || result.status === "expired";
  const standing =
    result.status === "revoked" ? (
      <>
        <h2 className="text-3xl font-bold tracking-wide">{t("revokedHeading")}</h2>
        {result.revokedAt ? <p className="mt-2 text-lg font-semibold">{t("revokedOn", { date: formatDate(result.revokedAt, locale, result.timeZone) })}</p> : null}
        {result.revokeReason ? <p className="mt-2 text-lg">{t("revokedReason", { reason: result.revokeReason })}</p> : null}
      </>
    ) : result.status === "expired" ? (
      <>
        <h2 className="text-3xl font-bold tracking-wide">{t("expiredHeading")}</h2>
        {result.validUntil ? <p className="mt-2 text-lg font-semibold">{t("expiredOn", { date: day(result.validUntil) })}</p> : null}
      </>
    ) : result.status === "active" ? (
      <>
        <h2 className="text-3xl font-bold tracking-wide">{t("activeHeading")}</h2>
        {result.validUntil ? <p className="mt-2 text-lg font-semibold">{t("activeUntil", { date: day(result.validUntil) })}</p> : null}
      </>
    ) : (
      <h2 className="text-2xl font-bold">{t(`statuses.${result.status}`)}</h2>
    );
  const standingBorder = inactive ? "border-danger text-danger" : result.status === "active" && result.signatureValid ? "border-success text-success" : "border-slate-700 text-slate-900";
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <section aria-label={t("status")} role={inactive ? "alert" : undefined} className={`mb-6 border-4 bg-white p-4 ${standingBorder}`}>
        {standing}
      </section>
      <h2 className="mb-2 text-lg font-bold">{t("signatureCheck")}</h2>
      <div
        role={result.signatureValid ? "status" : "alert"}
        className={`mb-8 border-l-8 p-4 font-semibold ${!result.signatureValid ? "border-danger text-danger" : inactive ? "border-slate-500 text-slate-900" : "border-success text-success"}`}
      >
        {!result.signatureValid ? t("signatureInvalid") : inactive ? t("signatureValidInactive") : t("signatureValid")}
      </div>
      <SummaryList
        rows={[
          { key: t("status"), value: <Tag tone={tone}>{t(`statuses.${result.status}`)}</Tag> },
          { key: t("kind"), value: t(`kinds.${result.kind}`) },
          { key: t("number"), value: <span className="font-mono">{result.number}</span> },
          ...(result.permitTypeName ? [{ key: t("permitType"), value: locale === "en" ? result.permitTypeName.en : result.permitTypeName.id }] : []),
          { key: t("holder"), value: result.holder.name },
          ...(result.holder.nik ? [{ key: t("nik"), value: <span className="font-mono">{result.holder.nik}</span> }] : []),
          ...(result.validFrom
            ? [{ key: t("validity"), value: result.validUntil ? t("validityRange", { from: day(result.validFrom), until: day(result.validUntil) }) : t("noExpiry", { from: day(result.validFrom) }) }]
            : []),
          ...(result.issuedAt ? [{ key: t("issuedAt"), value: formatDateTime(new Date(result.issuedAt), locale, result.timeZone) }] : []),
          ...(result.office ? [{ key: t("office"), value: result.office }] : []),
        ]}
      />
      {result.deemedApproved ? <p className="mb-4">{t("deemed")}</p> : null}
      <p className="text-sm text-slate-700">{t("masked")}</p>
    </>
  );
}
