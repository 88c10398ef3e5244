"use client";
// Unexpected errors: a friendly page with a reference id that matches the server log; never a stack trace.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ErrorPage } from "@/components/layout/error-page";
import { Button } from "@/components/ui/button";

export default function ErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  const reference = error.digest ?? "client";
  return (
    <ErrorPage code="500" title={t("serverPage.title")} body={t("serverPage.body")}>
      <p className="mt-4 font-semibold">{t("serverPage.reference", { id: reference })}</p>
      <p className="text-slate-700">{t("serverPage.referenceHelp")}</p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <Button type="button" onClick={() => reset()}>
          {t("serverPage.retry")}
        </Button>
        <Link href="/">{t("goHome")}</Link>
      </div>
    </ErrorPage>
  );
}
