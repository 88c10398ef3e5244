import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { pageData } from "@/app/_lib/page-data";
import { getBusiness } from "@/lib/business/get-business";
import { getKbli, searchKbli } from "@/lib/business/search-kbli";
import { ruleParametersOf } from "@/lib/business/rule-parameters";
import { ActivityForm } from "@/components/business/activity-form";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeading } from "@/components/ui/page-heading";
import { addActivityAction } from "@/app/business/actions";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("business"))("addActivityTitle") };
}

// Adding an activity in two short steps that work without JavaScript: find the KBLI code by number or
// words of its title, then give the activity's details.
export default async function NewActivityPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string; kbli?: string }> }) {
  const actor = await requirePage("update:business:own");
  const { id } = await params;
  const { q = "", kbli: chosen = "" } = await searchParams;
  const t = await getTranslations();
  const locale = await getLocale();
  const { business, isOwner } = await pageData(getBusiness({ actor, businessId: id }));
  if (!isOwner) notFound();
  const title = (k: { titleId: string; titleEn: string }) => (locale === "en" ? k.titleEn : k.titleId);
  const kbli = chosen ? await getKbli(chosen) : null;

  if (kbli) {
    return (
      <>
        <PageHeading caption={business.name}>{t("business.addActivityTitle")}</PageHeading>
        <div className="mb-8 border-l-4 border-brand-700 pl-4">
          <p className="text-sm text-slate-700">{t("business.chosenKbli")}</p>
          <p className="text-xl font-semibold">
            <span className="font-mono">{kbli.code}</span> {title(kbli)}
          </p>
          <Link href={`/business/${business.id}/activities/new${q ? `?q=${encodeURIComponent(q)}` : ""}`}>{t("business.changeKbli")}</Link>
        </div>
        <ActivityForm
          addActivityAction={addActivityAction}
          businessId={business.id}
          kbli={kbli.code}
          parameters={await ruleParametersOf(kbli.code)}
          defaults={{ location: business.address, capital: String(business.paidUpCapital), workers: "" }}
        />
      </>
    );
  }

  const results = q ? await searchKbli(q) : [];
  return (
    <>
      <PageHeading caption={business.name} lead={t("business.kbliLead")}>
        {t("business.addActivityTitle")}
      </PageHeading>
      {chosen ? (
        <p role="alert" className="mb-6 border-l-4 border-danger pl-4 font-semibold text-danger">
          {t("validation.business.kbliUnknown")}
        </p>
      ) : null}
      <form method="get" role="search" className="mb-8 flex max-w-2xl flex-wrap items-end gap-3">
        <div className="grow">
          <label htmlFor="q" className="block font-semibold">
            {t("business.kbliSearch")}
          </label>
          <p id="q-hint" className="text-sm text-slate-600">
            {t("business.kbliSearchHint")}
          </p>
          <input id="q" name="q" type="search" defaultValue={q} aria-describedby="q-hint" className="mt-2 block min-h-11 w-full rounded border-2 border-slate-700 px-3 py-2" />
        </div>
        <Button>{t("business.kbliSearchSubmit")}</Button>
      </form>
      {q ? (
        results.length === 0 ? (
          <EmptyState>{t("business.kbliNoResults", { q })}</EmptyState>
        ) : (
          <Section id="results-title" title={t("business.kbliResults", { count: results.length })} size="medium">
            <ul className="divide-y divide-slate-200 border-y border-slate-200">
              {results.map((k) => (
                <li key={k.code} className="flex flex-wrap items-center justify-between gap-2 py-3">
                  <span>
                    <span className="font-mono font-semibold">{k.code}</span> {title(k)}
                  </span>
                  <Link href={`/business/${business.id}/activities/new?q=${encodeURIComponent(q)}&kbli=${k.code}`} aria-label={`${t("business.chooseKbli")}: ${k.code} ${title(k)}`}>
                    {t("business.chooseKbli")}
                  </Link>
                </li>
              ))}
            </ul>
          </Section>
        )
      ) : null}
    </>
  );
}
