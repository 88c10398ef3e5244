import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { ImportForm } from "@/app/admin/risk/import-form";
import { countRiskReference } from "@/lib/risk/import-csv";
import { KBLI_HEADER, RULE_HEADER } from "@/lib/risk/import-csv";
import { PageHeading } from "@/components/ui/page-heading";

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
      <section aria-labelledby="kbli-title" className="mb-10">
        <h2 id="kbli-title" className="mb-2 text-2xl font-bold">
          {t("adminRisk.kbliTitle")}
        </h2>
        <p className="mb-4 max-w-2xl text-slate-700">{t("adminRisk.kbliLead", { count: counts.kbli })}</p>
        <p className="mb-4">
          <a href="/api/admin/risk/kbli.csv" download>
            {t("adminRisk.downloadKbli")}
          </a>
        </p>
        <ImportForm kind="kbli" header={KBLI_HEADER.join(",")} />
      </section>
      <section aria-labelledby="rules-title">
        <h2 id="rules-title" className="mb-2 text-2xl font-bold">
          {t("adminRisk.rulesTitle")}
        </h2>
        <p className="mb-4 max-w-2xl text-slate-700">{t("adminRisk.rulesLead", { count: counts.rules })}</p>
        <p className="mb-4">
          <a href="/api/admin/risk/rules.csv" download>
            {t("adminRisk.downloadRules")}
          </a>
        </p>
        <ImportForm kind="rules" header={RULE_HEADER.join(",")} />
      </section>
    </>
  );
}
