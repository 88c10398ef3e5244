import { getTranslations } from "next-intl/server";
import type { IssuedDocumentLink } from "@/lib/issuance/issued-documents";
import { Section } from "@/components/ui/section";

// Links to the issued permit, certificate or rejection letter of a file, and to its public verification page.
export async function IssuedDocuments({ documents: docs }: { documents: IssuedDocumentLink[] }) {
  if (docs.length === 0) return null;
  const t = await getTranslations("review");
  const tb = await getTranslations("business");
  const label = (kind: (typeof docs)[number]["kind"]) =>
    kind === "PERMIT" ? t("issuedPdf") : kind === "REJECTION_LETTER" ? t("letterPdf") : kind === "NIB_CERTIFICATE" ? tb("downloadNib") : kind === "STANDARD_CERTIFICATE" ? tb("downloadStandard") : t("reportPdf");
  // Named after the weightiest document present: a permit or certificate, else the letter, else reports.
  const title = docs.some((d) => d.kind !== "REJECTION_LETTER" && d.kind !== "INSPECTION_REPORT")
    ? t("issuedTitle")
    : docs.some((d) => d.kind === "REJECTION_LETTER")
      ? t("rejectionLetter")
      : t("reportsTitle");
  return (
    <Section id="issued-title" title={title} size="medium" headingSpace={2} variant="boxed" className="mb-8">
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
    </Section>
  );
}
