import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { BusinessForm } from "@/components/business/business-form";
import { PageHeading } from "@/components/ui/page-heading";
import { saveBusinessAction } from "@/app/business/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("business"))("newTitle") };
}

export default async function NewBusinessPage() {
  const actor = await requirePage("create:business:own");
  const t = await getTranslations("business");
  return (
    <>
      <PageHeading lead={t("newLead")}>{t("newTitle")}</PageHeading>
      <BusinessForm saveBusinessAction={saveBusinessAction} defaults={{ form: "PERORANGAN", name: actor.fullName, email: actor.email ?? "" }} identityFixed={false} />
    </>
  );
}
