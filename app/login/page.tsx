import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getActor, safeReturnPath } from "@/app/_lib/session";
import { LoginForm } from "@/app/login/login-form";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { Banner } from "@/components/ui/banner";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ returnTo?: string | string[]; loggedOut?: string | string[]; registered?: string | string[]; email?: string | string[] }>;
}) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.returnTo) ?? undefined;
  const actor = await getActor();
  if (actor) redirect(returnTo ?? ROLE_HOME[actor.role].path);
  const t = await getTranslations("login");
  return (
    <>
      {params.loggedOut ? <Banner>{t("loggedOut")}</Banner> : null}
      {returnTo && !params.loggedOut ? <Banner tone="info">{t("sessionEnded")}</Banner> : null}
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <LoginForm
        returnTo={returnTo}
        email={typeof params.email === "string" ? params.email.slice(0, 254) : undefined}
        notice={params.registered ? t("registered") : undefined}
      />
      <p className="mt-8">
        {t("noAccount")} <Link href="/register">{t("registerLink")}</Link>
      </p>
    </>
  );
}
