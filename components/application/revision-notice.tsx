import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { getApplication } from "@/lib/applications/get-application";
import { inLocale } from "@/lib/catalogue/version-data";
import { Section } from "@/components/ui/section";

type View = Awaited<ReturnType<typeof getApplication>>;

// What the officer asked to fix, item by item with the reason, and where to fix it.
export async function RevisionNotice({ view }: { view: View }) {
  if (!view.revision) return null;
  const t = await getTranslations("application");
  const locale = await getLocale();
  const id = view.app.id;
  return (
    <Section id="revision-title" title={t("revisionTitle")} size="medium" headingSpace={0} variant="notice" className="mb-8">
      <p className="mt-1">{t("revisionLead")}</p>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {view.revision.items.map((item) => {
          const def = item.kind === "field" ? view.fields.find((f) => f.key === item.key) : view.documents.find((d) => d.key === item.key);
          const label = def ? inLocale("label" in def ? def.label : def.name, locale) : item.key;
          return (
            <li key={`${item.kind}-${item.key}`}>
              <span className="font-semibold">{item.kind === "field" ? t("revisionField", { name: label }) : t("revisionDocument", { name: label })}</span>
              <span className="block">{item.reason}</span>
            </li>
          );
        })}
      </ul>
      {view.isOwner && view.app.status === "RETURNED" ? (
        <p className="mt-4 flex flex-wrap gap-4">
          {view.editable.fields.size > 0 ? <Link href={`/applications/${id}/edit`}>{t("fixFields")}</Link> : null}
          {view.editable.documents.size > 0 ? <Link href={`/applications/${id}/documents`}>{t("fixDocuments")}</Link> : null}
          <Link href={`/applications/${id}/check`}>{t("resubmit")}</Link>
        </p>
      ) : null}
    </Section>
  );
}
