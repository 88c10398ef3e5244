import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/app/_lib/session";
import { startApplicationAction } from "@/app/applications/actions";
import { can } from "@/lib/auth/permissions";
import { getPermitTypeByCode } from "@/lib/catalogue/find-permit-types";
import { findOwnDraft } from "@/lib/applications/start-application";
import { getDateFormat } from "@/components/ui/date-format";
import { procedureSteps } from "@/lib/catalogue/procedure";
import { documentsOf, fieldsOf, inLocale } from "@/lib/catalogue/version-data";
import { formatRupiah } from "@/lib/i18n/format";
import { Button, ButtonLink } from "@/components/ui/button";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { Section } from "@/components/ui/section";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const permit = await getPermitTypeByCode((await params).code);
  const locale = await getLocale();
  return { title: permit ? (locale === "en" ? permit.currentVersion.nameEn : permit.currentVersion.nameId) : undefined };
}

export default async function PermitPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const permit = await getPermitTypeByCode(code);
  if (!permit) notFound();
  const t = await getTranslations();
  const locale = await getLocale();
  const actor = await getActor();
  const v = permit.currentVersion;
  const agency = locale === "en" ? permit.agency.nameEn : permit.agency.nameId;
  const documents = documentsOf(v);
  const fields = fieldsOf(v);
  const draft = actor && can(actor, "update:application:own") ? await findOwnDraft({ actor, permitTypeId: permit.id }) : null;
  const dates = await getDateFormat();
  const apply = !actor ? (
    <ButtonLink href={`/login?returnTo=${encodeURIComponent(`/permits/${permit.code}`)}`}>{t("catalogue.loginToApply")}</ButtonLink>
  ) : can(actor, "create:application:own") && draft ? (
    <div className="max-w-2xl border-l-4 border-brand-700 pl-4">
      <p className="mb-3">{t("catalogue.draftExists", { date: dates.dateTime(draft.updatedAt) })}</p>
      <div className="flex flex-wrap gap-4">
        <ButtonLink href={`/applications/${draft.id}/edit`}>{t("catalogue.continueDraft")}</ButtonLink>
        <form action={startApplicationAction}>
          <input type="hidden" name="permitTypeId" value={permit.id} />
          <input type="hidden" name="another" value="1" />
          <Button variant="secondary">{t("catalogue.startAnother")}</Button>
        </form>
      </div>
    </div>
  ) : can(actor, "create:application:own") ? (
    <form action={startApplicationAction}>
      <input type="hidden" name="permitTypeId" value={permit.id} />
      <Button>{t("catalogue.startApply")}</Button>
    </form>
  ) : (
    <p className="text-slate-700">{t("catalogue.staffCannotApply")}</p>
  );
  return (
    <>
      <p className="mb-4">
        <Link href="/permits">{t("catalogue.title")}</Link>
      </p>
      <PageHeading caption={t(`categories.${permit.category}` as "categories.health")} lead={locale === "en" ? v.descriptionEn : v.descriptionId}>
        {locale === "en" ? v.nameEn : v.nameId}
      </PageHeading>
      <div className="mb-10">{apply}</div>

      <h2 className="mb-3 text-2xl font-bold">{t("catalogue.standardTitle")}</h2>
      <SummaryList
        rows={[
          { key: t("catalogue.output"), value: locale === "en" ? v.outputEn : v.outputId },
          {
            key: t("catalogue.slaTitle"),
            value: (
              <>
                <strong>{t("catalogue.sla", { days: v.slaDays })}</strong>, {t("catalogue.slaNote")}
                {v.deemedApproval ? <span className="mt-1 block text-slate-700">{t("catalogue.deemed")}</span> : null}
              </>
            ),
          },
          { key: t("catalogue.fee"), value: v.feeRupiah === 0 ? t("catalogue.free") : formatRupiah(v.feeRupiah, locale) },
          {
            key: t("catalogue.validity"),
            value: v.validityMonths ? t("catalogue.validityMonths", { months: v.validityMonths }) : t("catalogue.validityNone"),
          },
          { key: t("catalogue.agency"), value: agency },
          { key: t("catalogue.workflow"), value: t(`workflows.${v.workflow}`) },
          { key: t("catalogue.legalBasis"), value: <span className="whitespace-pre-line">{locale === "en" ? v.legalBasisEn : v.legalBasisId}</span> },
        ]}
      />

      <Section id="requirements-title" title={t("catalogue.requirements")} className="mb-10">
        <ol className="list-decimal space-y-3 pl-6">
          {documents.map((d) => (
            <li key={d.key}>
              <span className="font-semibold">{inLocale(d.name, locale)}</span>{" "}
              {d.required ? <Tag tone="blue">{t("catalogue.mandatory")}</Tag> : <Tag>{t("catalogue.optionalDoc")}</Tag>}
              {d.description ? <span className="block text-slate-700">{inLocale(d.description, locale)}</span> : null}
              <span className="block text-sm text-slate-600">
                {t("catalogue.accepts", { types: d.accept.map((k) => k.toUpperCase()).join(", "), max: d.maxSizeMb })}
              </span>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="fields-title" title={t("catalogue.formFields")} className="mb-10">
        <ul className="list-disc space-y-1 pl-6">
          {fields.map((f) => (
            <li key={f.key}>
              {inLocale(f.label, locale)}
              {f.required ? null : <span className="text-slate-600"> {t("common.optional")}</span>}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="procedure-title" title={t("catalogue.procedure")} className="mb-10">
        <ol className="space-y-3">
          {procedureSteps(v.workflow).map((step, i) => (
            <li key={step} className="flex gap-3">
              <span aria-hidden="true" className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-brand-700 font-bold text-white">
                {i + 1}
              </span>
              <span className="pt-1">{t(`catalogue.steps.${step}`, { agency })}</span>
            </li>
          ))}
        </ol>
      </Section>
      <div>{apply}</div>
    </>
  );
}
