import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { pageData } from "@/app/_lib/page-data";
import { getApplication } from "@/lib/applications/get-application";
import { ApplicationSteps } from "@/components/application/application-steps";
import { RevisionNotice } from "@/components/application/revision-notice";
import { inLocale, nameOf } from "@/lib/catalogue/version-data";
import { formatFileSize } from "@/lib/i18n/format";
import { Banner } from "@/components/ui/banner";
import { Button, ButtonLink } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { Tag } from "@/components/ui/tag";
import { uploadErrorKey } from "@/app/_lib/receive-upload";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("application"))("stepDocuments") };
}


export default async function DocumentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ uploaded?: string; error?: string; doc?: string }>;
}) {
  const actor = await requirePage("update:application:own");
  const { id } = await params;
  const flags = await searchParams;
  const view = await pageData(getApplication({ actor, applicationId: id }));
  if (!view.isOwner || (view.app.status !== "DRAFT" && view.app.status !== "RETURNED")) redirect(`/applications/${id}`);
  const t = await getTranslations();
  const locale = await getLocale();
  const current = new Map(view.app.documents.map((d) => [d.requirementKey, d]));
  const errorDoc = flags.error ? view.documents.find((d) => d.key === flags.doc) : undefined;
  const errorKey = uploadErrorKey(flags.error);
  const uploadedDoc = flags.uploaded ? view.documents.find((d) => d.key === flags.uploaded) : undefined;
  const errorMessage =
    errorDoc && errorKey
      ? `${inLocale(errorDoc.name, locale)}: ${t(`validation.upload.${errorKey}`, {
          max: errorDoc.maxSizeMb,
          types: errorDoc.accept.map((k) => k.toUpperCase()).join(", "),
        })}`
      : null;
  const canUpload = (key: string) => view.editable.all || view.editable.documents.has(key);
  return (
    <>
      <PageHeading caption={t("application.caption")} lead={t("application.documentsLead")}>
        {nameOf(view.app.permitTypeVersion, locale)}
      </PageHeading>
      {view.app.status === "DRAFT" ? <ApplicationSteps applicationId={id} current="documents" /> : <RevisionNotice view={view} />}
      {errorMessage && errorDoc ? <ErrorSummary title={t("common.errorSummaryTitle")} errors={[{ field: `file-${errorDoc.key}`, message: errorMessage }]} /> : null}
      {uploadedDoc ? <Banner title={t("common.successTitle")}>{t("application.uploadDone", { name: inLocale(uploadedDoc.name, locale) })}</Banner> : null}
      <ul className="mb-8 space-y-6">
        {view.documents.map((doc) => {
          const uploaded = current.get(doc.key);
          const hasError = errorDoc?.key === doc.key && errorMessage;
          return (
            <li key={doc.key} className={`rounded border-2 p-4 ${hasError ? "border-danger" : "border-slate-200"}`}>
              <h2 className="text-lg font-bold">
                {inLocale(doc.name, locale)}{" "}
                {doc.required ? <Tag tone="blue">{t("catalogue.mandatory")}</Tag> : <Tag>{t("catalogue.optionalDoc")}</Tag>}
              </h2>
              {doc.description ? <p className="text-slate-700">{inLocale(doc.description, locale)}</p> : null}
              <p className="text-sm text-slate-600">
                {t("catalogue.accepts", { types: doc.accept.map((k) => k.toUpperCase()).join(", "), max: doc.maxSizeMb })}
              </p>
              <p className="mt-2">
                {uploaded ? (
                  <>
                    <Tag tone="green">{t("application.uploaded", { name: uploaded.file.originalName, size: formatFileSize(uploaded.file.size, locale) })}</Tag>{" "}
                    <a href={`/api/documents/${uploaded.id}`}>{t("application.download")}</a>
                  </>
                ) : (
                  <Tag tone="yellow">{t("application.notUploaded")}</Tag>
                )}
              </p>
              {canUpload(doc.key) ? (
                <form method="post" encType="multipart/form-data" action={`/api/applications/${id}/documents?key=${encodeURIComponent(doc.key)}`} className="mt-3 flex flex-wrap items-end gap-3">
                  <div>
                    <label htmlFor={`file-${doc.key}`} className="sr-only">
                      {t("application.chooseFile", { document: inLocale(doc.name, locale) })}
                    </label>
                    {hasError ? (
                      <p id={`file-${doc.key}-error`} className="mb-1 text-sm font-semibold text-danger">
                        {errorMessage}
                      </p>
                    ) : null}
                    <input
                      id={`file-${doc.key}`}
                      name="file"
                      type="file"
                      required
                      accept={doc.accept.map((k) => (k === "pdf" ? "application/pdf,.pdf" : k === "jpeg" ? "image/jpeg,.jpg,.jpeg" : "image/png,.png")).join(",")}
                      aria-describedby={hasError ? `file-${doc.key}-error` : undefined}
                      className="block max-w-full text-sm file:mr-3 file:min-h-11 file:rounded file:border-0 file:bg-slate-200 file:px-4 file:font-semibold"
                    />
                  </div>
                  <Button variant="secondary">{uploaded ? t("application.replace") : t("application.upload")}</Button>
                </form>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap gap-4">
        <ButtonLink href={`/applications/${id}/check`}>{t("application.goToCheck")}</ButtonLink>
        {view.app.status === "DRAFT" ? <Link href={`/applications/${id}/edit`} className="self-center">{t("common.back")}</Link> : null}
      </div>
    </>
  );
}
