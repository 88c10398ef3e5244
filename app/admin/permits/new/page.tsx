import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { agencyOptions } from "@/app/admin/permits/agency-options";
import { initialEditorState } from "@/app/admin/permits/definition-form";
import { PermitTypeEditor } from "@/app/admin/permits/permit-type-editor";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPermits"))("createTitle") };
}

export default async function NewPermitTypePage() {
  const actor = await requirePage("manage:catalogue:office");
  const t = await getTranslations("adminPermits");
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/permits">{t("title")}</Link>
      </p>
      <PageHeading lead={t("createLead")}>{t("createTitle")}</PageHeading>
      <PermitTypeEditor mode="create" initial={initialEditorState()} agencies={await agencyOptions(actor)} />
    </>
  );
}
