import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/app/_lib/session";
import { RegisterForm } from "@/app/register/register-form";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("register"))("title") };
}

export default async function RegisterPage() {
  const actor = await getActor();
  if (actor) redirect(ROLE_HOME[actor.role].path);
  const t = await getTranslations("register");
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <RegisterForm />
      <p className="mt-8">
        {t("haveAccount")} <Link href="/login">{t("loginLink")}</Link>
      </p>
    </>
  );
}
