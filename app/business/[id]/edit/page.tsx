import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { pageData } from "@/app/_lib/page-data";
import { getBusiness } from "@/lib/business/get-business";
import { BusinessForm } from "@/components/business/business-form";
import { PageHeading } from "@/components/ui/page-heading";
import { saveBusinessAction } from "@/app/business/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("business"))("editTitle") };
}

export default async function EditBusinessPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("update:business:own");
  const { id } = await params;
  const t = await getTranslations("business");
  const { business, isOwner } = await pageData(getBusiness({ actor, businessId: id }));
  if (!isOwner) notFound();
  const defaults = {
    form: business.form,
    name: business.name,
    nik: business.nik ?? "",
    deedNumber: business.deedNumber ?? "",
    deedDate: business.deedDate ? business.deedDate.toISOString().slice(0, 10) : "",
    npwp: business.npwp ?? "",
    address: business.address,
    phone: business.phone.replace(/^\+62/, "0"),
    email: business.email,
    paidUpCapital: String(business.paidUpCapital),
    totalInvestment: String(business.totalInvestment),
  };
  return (
    <>
      <PageHeading caption={business.name}>{t("editTitle")}</PageHeading>
      <BusinessForm saveBusinessAction={saveBusinessAction} businessId={business.id} defaults={defaults} identityFixed={Boolean(business.nib)} />
    </>
  );
}
