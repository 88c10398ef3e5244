import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { staffOptions } from "@/app/admin/users/options";
import { CreateStaffUserForm } from "@/app/admin/users/staff-user-forms";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("createTitle") };
}

export default async function NewStaffUserPage() {
  const actor = await requirePage("manage:user:office");
  const t = await getTranslations("admin.users");
  const { roles, agencies } = await staffOptions(actor);
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/users">{t("title")}</Link>
      </p>
      <PageHeading lead={t("createLead")}>{t("createTitle")}</PageHeading>
      <CreateStaffUserForm roles={roles} agencies={agencies} />
    </>
  );
}
