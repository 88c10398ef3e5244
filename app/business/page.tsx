import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { findMyBusinesses } from "@/lib/business/get-business";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeading } from "@/components/ui/page-heading";
import { Tag } from "@/components/ui/tag";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("business"))("listTitle") };
}

// The applicant's business actors: one account may manage several.
export default async function BusinessListPage() {
  const actor = await requirePage("read:business:own");
  const t = await getTranslations();
  const businesses = await findMyBusinesses({ actor });
  return (
    <>
      <PageHeading lead={t("business.listLead")}>{t("business.listTitle")}</PageHeading>
      <p className="mb-8">
        <ButtonLink href="/business/new">{t("business.addBusiness")}</ButtonLink>
      </p>
      {businesses.length === 0 ? (
        <EmptyState>{t("business.listEmpty")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 border-y border-slate-200">
          {businesses.map((b) => (
            <li key={b.id} className="py-3">
              <Link href={`/business/${b.id}`} className="text-lg font-semibold">
                {b.name}
              </Link>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                <span>{t(`business.forms.${b.form}`)}</span>
                <span aria-hidden="true">·</span>
                {b.nib ? (
                  <span>
                    {t("business.nib")} <span className="font-mono">{b.nib}</span>
                  </span>
                ) : (
                  <Tag tone="yellow">{t("business.noNibYet")}</Tag>
                )}
                <span aria-hidden="true">·</span>
                <span>{t("business.activityCount", { count: b._count.activities })}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
