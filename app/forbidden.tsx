import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ErrorPage } from "@/components/layout/error-page";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <ErrorPage code={t("forbiddenPage.code")} title={t("forbiddenPage.title")} body={t("forbiddenPage.body")}>
      <p className="mt-6">
        <Link href="/home">{t("goHome")}</Link>
      </p>
    </ErrorPage>
  );
}
