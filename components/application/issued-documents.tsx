import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";

// Links to the issued permit or rejection letter of a file, and to its public verification page.
export async function IssuedDocuments({ applicationId, withReports = false }: { applicationId: string; withReports?: boolean }) {
  const kinds = withReports ? (["PERMIT", "REJECTION_LETTER", "INSPECTION_REPORT"] as const) : (["PERMIT", "REJECTION_LETTER"] as const);
  const docs = await db().issuedDocument.findMany({ where: { applicationId, kind: { in: [...kinds] } }, orderBy: { createdAt: "asc" } });
  if (docs.length === 0) return null;
  const t = await getTranslations("review");
  return (
    <section aria-labelledby="issued-title" className="mb-8 border-4 border-brand-700 p-4">
      <h2 id="issued-title" className="mb-2 text-xl font-bold">
        {docs.some((d) => d.kind === "PERMIT") ? t("issuedTitle") : docs.some((d) => d.kind === "REJECTION_LETTER") ? t("rejectionLetter") : t("reportsTitle")}
      </h2>
      <ul className="space-y-2">
        {docs.map((d) => (
          <li key={d.id} className="flex flex-wrap gap-x-4">
            <a href={`/api/issued/${d.code}`} className="font-semibold">
              {d.kind === "PERMIT" ? t("issuedPdf") : d.kind === "REJECTION_LETTER" ? t("letterPdf") : t("reportPdf")}
            </a>
            <span className="font-mono">{d.number}</span>
            <a href={`/verify/${d.code}`}>{t("verifyLink")}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
