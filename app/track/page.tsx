import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusPanel } from "@/components/application/status-panel";
import { statusSince } from "@/lib/workflow/transitions";
import { Timeline } from "@/components/application/timeline";
import { trackApplication, ZTrackSchema } from "@/lib/applications/track-application";
import { fieldErrorsFrom } from "@/lib/forms";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("track"))("title") };
}

// Public tracking by registration number and token: a plain GET form, no account, no JavaScript.
export default async function TrackPage({ searchParams }: { searchParams: Promise<{ number?: string; token?: string }> }) {
  const query = await searchParams;
  const t = await getTranslations();
  const locale = await getLocale();
  const asked = query.number !== undefined || query.token !== undefined;
  const parsed = asked ? ZTrackSchema.safeParse({ number: query.number ?? "", token: query.token ?? "" }) : null;
  const fieldErrors = parsed && !parsed.success ? fieldErrorsFrom(parsed.error) : {};
  const result = parsed?.success ? await trackApplication(parsed.data) : null;
  const notFound = parsed?.success && !result;
  const errors = [
    ...(notFound ? [{ message: t("track.notFound") }] : []),
    ...Object.entries(fieldErrors).map(([field, key]) => ({ field, message: `${t(`track.${field}` as "track.number")}: ${t(key)}` })),
  ];
  return (
    <>
      <PageHeading lead={t("track.lead")}>{t("track.title")}</PageHeading>
      <form method="get" noValidate className="mb-10 max-w-xl">
        <ErrorSummary title={t("common.errorSummaryTitle")} errors={errors} />
        <TextField
          name="number"
          label={t("track.number")}
          hint={t("track.numberHint")}
          defaultValue={query.number ?? ""}
          error={fieldErrors.number ? t(fieldErrors.number) : undefined}
          autoCapitalize="characters"
          spellCheck={false}
          className="max-w-xs font-mono"
        />
        <TextField
          name="token"
          label={t("track.token")}
          hint={t("track.tokenHint")}
          defaultValue={query.token ?? ""}
          error={fieldErrors.token ? t(fieldErrors.token) : undefined}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          className="max-w-xs font-mono"
        />
        <Button>{t("track.submit")}</Button>
      </form>
      {result ? (
        <Section id="result-title" title={<>{t("track.result")}: {result.registrationNumber}</>} headingSpace={2}>
          <p className="mb-4">
            {t("track.permit")}: <strong>{locale === "en" ? result.permitTypeVersion.nameEn : result.permitTypeVersion.nameId}</strong>
          </p>
          <StatusPanel status={result.status} clock={result.clock} slaDays={result.permitTypeVersion.slaDays} reader={null} since={statusSince(result.events, result.status)} />
          <h3 className="mb-4 text-xl font-bold">{t("application.timeline")}</h3>
          <Timeline events={result.events} />
        </Section>
      ) : null}
    </>
  );
}
