import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime, formatDay } from "@/lib/calendar/format-date";
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
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <div role={result.signatureValid ? "status" : "alert"} className={`mb-8 border-4 p-4 text-lg font-semibold ${result.signatureValid ? "border-success text-success" : "border-danger text-danger"}`}>
        {result.signatureValid ? t("signatureValid") : t("signatureInvalid")}
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
      {result.status === "revoked" && result.revokeReason ? <p className="mb-4 font-semibold">{t("revokedReason", { reason: result.revokeReason })}</p> : null}
      {result.deemedApproved ? <p className="mb-4">{t("deemed")}</p> : null}
      <p className="text-sm text-slate-700">{t("masked")}</p>
    </>
  );
}
