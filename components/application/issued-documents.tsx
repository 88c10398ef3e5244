import { getLocale, getTranslations } from "next-intl/server";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import type { IssuedDocumentLink } from "@/lib/issuance/issued-documents";
import { formatDate, formatDay } from "@/lib/calendar/format-date";
import { Section } from "@/components/ui/section";

/** Where the file stands, so that a permit no longer in force is never offered as if it were. */
export interface PermitStanding {
  status: ApplicationStatus;
  /** The issuing office's zone, in which the day of a revocation is read. */
  timeZone: string;
  validUntil: Date | null;
}

// Links to the issued permit, certificate or rejection letter of a file, and to its public verification
// page. A revoked or expired permit leads with what happened to it instead of a download box.
export async function IssuedDocuments({ documents: docs, standing, applyAgainHref }: { documents: IssuedDocumentLink[]; standing?: PermitStanding; applyAgainHref?: string }) {
  if (docs.length === 0) return null;
  const t = await getTranslations("review");
  const tb = await getTranslations("business");
  const locale = await getLocale();
  const permit = docs.find((d) => d.kind === "PERMIT");
  const revoked = permit && (permit.revokedAt || standing?.status === "REVOKED") ? permit : null;
  const expired = !revoked && permit && standing?.status === "EXPIRED";
  const label = (kind: (typeof docs)[number]["kind"]) =>
    kind === "PERMIT"
      ? revoked
        ? t("revokedPdf")
        : expired
          ? t("expiredPdf")
          : t("issuedPdf")
      : kind === "REJECTION_LETTER"
        ? t("letterPdf")
        : kind === "NIB_CERTIFICATE"
          ? tb("downloadNib")
          : kind === "STANDARD_CERTIFICATE"
            ? tb("downloadStandard")
            : t("reportPdf");
  const list = (
    <ul className="space-y-2">
      {docs.map((d) => (
        <li key={d.id} className="flex flex-wrap gap-x-4">
          <a href={`/api/issued/${d.code}`} className="font-semibold">
            {label(d.kind)}
          </a>
          <span className="font-mono">{d.number}</span>
          <a href={`/verify/${d.code}`}>{t("verifyLink")}</a>
        </li>
      ))}
    </ul>
  );
  if (revoked || expired) {
    const title = revoked ? t("revokedTitle") : t("expiredTitle");
    return (
      <section aria-labelledby="permit-standing-title" className="mb-8 border-4 border-danger bg-white p-4">
        <h2 id="permit-standing-title" className="mb-2 text-2xl font-bold text-danger">
          {title}
        </h2>
        {revoked ? (
          <p className="mb-2 text-lg font-semibold">
            {t("revokedOn", {
              date: revoked.revokedAt && standing ? formatDate(revoked.revokedAt, locale, standing.timeZone) : "—",
              reason: revoked.revokeReason ?? "—",
            })}
          </p>
        ) : (
          <p className="mb-2 text-lg font-semibold">{t("expiredOn", { until: standing?.validUntil ? formatDay(standing.validUntil, locale) : "—" })}</p>
        )}
        <p className="mb-4">{revoked ? t("revokedNext") : t("expiredNext")}</p>
        {applyAgainHref ? (
          <p className="mb-4">
            <a href={applyAgainHref} className="font-semibold">
              {t("applyAgain")}
            </a>
          </p>
        ) : null}
        {list}
      </section>
    );
  }
  // Named after the weightiest document present: a permit or certificate, else the letter, else reports.
  const title = docs.some((d) => d.kind !== "REJECTION_LETTER" && d.kind !== "INSPECTION_REPORT")
    ? t("issuedTitle")
    : docs.some((d) => d.kind === "REJECTION_LETTER")
      ? t("rejectionLetter")
      : t("reportsTitle");
  return (
    <Section id="issued-title" title={title} size="medium" headingSpace={2} variant="boxed" className="mb-8">
      {list}
    </Section>
  );
}
