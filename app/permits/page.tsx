import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CATEGORIES } from "@/lib/catalogue/definition";
import { findPermitTypes, ZCatalogueFilter } from "@/lib/catalogue/find-permit-types";
import { formatRupiah } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeading } from "@/components/ui/page-heading";
import { Tag } from "@/components/ui/tag";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogue"))("title") };
}

export default async function CataloguePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const filter = ZCatalogueFilter.parse(await searchParams);
  const permitTypes = await findPermitTypes(filter);
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <>
      <PageHeading lead={t("catalogue.lead")}>{t("catalogue.title")}</PageHeading>
      <form method="get" role="search" className="mb-8 flex flex-wrap items-end gap-3 rounded border-2 border-slate-200 bg-slate-50 p-4">
        <div className="min-w-0 flex-1 basis-56">
          <label htmlFor="q" className="block font-semibold">
            {t("catalogue.search")}
          </label>
          <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} className="mt-1 min-h-11 w-full rounded border-2 border-slate-700 bg-white px-3" />
        </div>
        <div className="min-w-0 basis-48">
          <label htmlFor="category" className="block font-semibold">
            {t("catalogue.category")}
          </label>
          <select id="category" name="category" defaultValue={filter.category ?? ""} className="mt-1 min-h-11 w-full rounded border-2 border-slate-700 bg-white px-3">
            <option value="">{t("catalogue.allCategories")}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary">{t("catalogue.apply")}</Button>
      </form>
      <p className="mb-4 font-semibold" role="status">
        {t("catalogue.results", { count: permitTypes.length })}
      </p>
      {permitTypes.length === 0 ? (
        <EmptyState>{t("catalogue.empty")}</EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {permitTypes.map((p) => {
            const v = p.currentVersion!;
            return (
              <li key={p.id} className="flex flex-col rounded border-2 border-slate-200 p-4">
                <p className="mb-1">
                  <Tag tone="blue">{t(`categories.${p.category}` as "categories.health")}</Tag>
                </p>
                <h2 className="text-xl font-bold">
                  <Link href={`/permits/${p.code}`}>{locale === "en" ? v.nameEn : v.nameId}</Link>
                </h2>
                <p className="mt-2 flex-1 text-slate-700">{locale === "en" ? v.descriptionEn : v.descriptionId}</p>
                <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="font-semibold">{t("catalogue.slaTitle")}</dt>
                  <dd>{t("catalogue.sla", { days: v.slaDays })}</dd>
                  <dt className="font-semibold">{t("catalogue.fee")}</dt>
                  <dd>{v.feeRupiah === 0 ? t("catalogue.free") : formatRupiah(v.feeRupiah, locale)}</dd>
                  <dt className="font-semibold">{t("catalogue.agency")}</dt>
                  <dd>{locale === "en" ? p.agency.nameEn : p.agency.nameId}</dd>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
