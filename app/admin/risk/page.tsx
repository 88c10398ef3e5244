import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { ImportForm } from "@/app/admin/risk/import-form";
import { countRiskReference } from "@/lib/risk/import-csv";
import { KBLI_HEADER, RULE_HEADER } from "@/lib/risk/import-csv";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminRisk"))("title") };
}

export default async function RiskReferencePage() {
  const actor = await requirePage("manage:catalogue:office");
  const t = await getTranslations();
  const counts = await countRiskReference({ actor });
  return (
    <>
      <p className="mb-4">
        <Link href="/admin">{t("admin.title")}</Link>
      </p>
      <PageHeading lead={t("adminRisk.lead")}>{t("adminRisk.title")}</PageHeading>
      <Section id="kbli-title" title={t("adminRisk.kbliTitle")} headingSpace={2} description={t("adminRisk.kbliLead", { count: counts.kbli })} className="mb-10">
        <p className="mb-4">
          <a href="/api/admin/risk/kbli.csv" download>
            {t("adminRisk.downloadKbli")}
          </a>
        </p>
        <ImportForm kind="kbli" header={KBLI_HEADER.join(",")} />
      </Section>
      <Section id="rules-title" title={t("adminRisk.rulesTitle")} headingSpace={2} description={t("adminRisk.rulesLead", { count: counts.rules })}>
        <p className="mb-4">
          <a href="/api/admin/risk/rules.csv" download>
            {t("adminRisk.downloadRules")}
          </a>
        </p>
        <ImportForm kind="rules" header={RULE_HEADER.join(",")} />
      </Section>
    </>
  );
}
