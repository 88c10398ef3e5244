import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ErrorPage } from "@/components/layout/error-page";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <ErrorPage code={t("notFoundPage.code")} title={t("notFoundPage.title")} body={t("notFoundPage.body")}>
      <p className="mt-6">
        <Link href="/">{t("goHome")}</Link>
      </p>
    </ErrorPage>
  );
}
