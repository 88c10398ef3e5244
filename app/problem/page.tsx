import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { safeReturnPath } from "@/app/_lib/session";
import { ErrorPage } from "@/components/layout/error-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("errors"))("problemPage.title") };
}

// Where a button's action leads when the portal refuses it (the file changed meanwhile, the step is no
// longer possible): what happened, in the person's language, and the way back.
export default async function ProblemPage({ searchParams }: { searchParams: Promise<{ key?: string; back?: string }> }) {
  const { key, back } = await searchParams;
  const t = await getTranslations();
  const known = typeof key === "string" && /^(errors|validation)\.[a-zA-Z.]+$/.test(key) && t.has(key);
  const backPath = typeof back === "string" ? safeReturnPath(back) : null;
  return (
    <ErrorPage code={t("errors.problemPage.code")} title={t("errors.problemPage.title")} body={known ? t(key) : t("errors.problemPage.body")}>
      <p className="mt-6 flex flex-wrap gap-6">
        {backPath ? <Link href={backPath}>{t("errors.problemPage.back")}</Link> : null}
        <Link href="/home">{t("errors.goHome")}</Link>
      </p>
    </ErrorPage>
  );
}
