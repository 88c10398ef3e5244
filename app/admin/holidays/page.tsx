import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { formatDay, weekdayName } from "@/lib/calendar/format-date";
import { requirePage } from "@/app/_lib/session";
import { confirmHolidaysAction, deleteHolidayAction, setWorkWeekAction } from "@/app/admin/holidays/actions";
import { getWorkWeek } from "@/lib/calendar/work-week";
import { Banner } from "@/components/ui/banner";
import { AddHolidayForm } from "@/app/admin/holidays/add-holiday-form";
import { findHolidays } from "@/lib/calendar/holidays";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeading } from "@/components/ui/page-heading";
import { DataTable } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { Section } from "@/components/ui/section";
import { localToday } from "@/lib/calendar/office-day";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.holidays"))("title") };
}

export default async function HolidaysPage({ searchParams }: { searchParams: Promise<{ year?: string; workWeekSaved?: string; workWeekError?: string }> }) {
  const actor = await requirePage("manage:calendar:office");
  const query = await searchParams;
  const workWeek = await getWorkWeek({ actor });
  const requested = Number(query.year);
  const year = Number.isInteger(requested) && requested >= 2000 && requested <= 2100 ? requested : Number(localToday(await getTimeZone()).slice(0, 4));
  const { holidays, years } = await findHolidays({ actor, year });
  const t = await getTranslations("admin.holidays");
  const tAdmin = await getTranslations("admin");
  const tCommon = await getTranslations("common");
  const locale = await getLocale();
  const pending = holidays.filter((h) => !h.confirmed);
  const day = (d: Date) => formatDay(d, locale, "full");
  return (
    <>
      <p className="mb-4">
        <Link href="/admin">{tAdmin("title")}</Link>
      </p>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <nav aria-label={t("year")} className="mb-6">
        <ul className="flex flex-wrap gap-3">
          {[...new Set([...years, year])].sort().map((y) => (
            <li key={y}>
              {y === year ? (
                <strong aria-current="page" className="inline-block min-h-11 rounded bg-brand-700 px-3 py-2 text-white">
                  {y}
                </strong>
              ) : (
                <Link href={`/admin/holidays?year=${y}`} className="inline-block min-h-11 px-3 py-2">
                  {y}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {holidays.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <>
          {pending.length > 0 ? (
            <form action={confirmHolidaysAction} className="mb-4">
              {pending.map((h) => (
                <input key={h.id} type="hidden" name="id" value={h.id} />
              ))}
              <Button variant="secondary">{t("confirmAll", { year })}</Button>
            </form>
          ) : null}
          <DataTable
            caption={`${t("title")} ${year}`}
            rows={holidays}
            columns={[
              { header: t("date"), className: "whitespace-nowrap", cell: (h) => day(h.date) },
              { header: t("name"), cell: (h) => (locale === "en" ? h.nameEn : h.nameId) },
              { header: t("kind"), cell: (h) => t(`kinds.${h.kind}`) },
              { header: t("status"), cell: (h) => (h.confirmed ? <Tag tone="green">{t("confirmed")}</Tag> : <Tag tone="yellow">{t("unconfirmed")}</Tag>) },
              {
                header: <span className="sr-only">{tAdmin("users.actions")}</span>,
                cell: (h) => (
                  <div className="flex flex-wrap gap-2">
                    {h.confirmed ? null : (
                      <form action={confirmHolidaysAction}>
                        <input type="hidden" name="id" value={h.id} />
                        <button type="submit" className="min-h-11 font-semibold text-brand-700 underline" aria-label={t("confirmLabel", { date: day(h.date) })}>
                          {t("confirm")}
                        </button>
                      </form>
                    )}
                    <form action={deleteHolidayAction}>
                      <input type="hidden" name="id" value={h.id} />
                      <button type="submit" className="min-h-11 font-semibold text-danger underline" aria-label={t("deleteLabel", { date: day(h.date) })}>
                        {t("delete")}
                      </button>
                    </form>
                  </div>
                ),
              },
            ]}
          />
        </>
      )}
      <Section id="workweek-title" title={t("workWeekTitle")} headingSpace={2} description={t("workWeekLead")} descriptionSpace={3} className="mt-10">
        {query.workWeekSaved ? <Banner title={tCommon("successTitle")}>{t("workWeekSaved")}</Banner> : null}
        {query.workWeekError ? (
          <p role="alert" className="mb-3 font-semibold text-danger">
            {t("workWeekEmpty")}
          </p>
        ) : null}
        <form action={setWorkWeekAction}>
          <fieldset className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
            <legend className="sr-only">{t("workWeekTitle")}</legend>
            {[1, 2, 3, 4, 5, 6, 7].map((d) => (
              <label key={d} className="flex min-h-11 items-center gap-2">
                <input type="checkbox" name="day" value={d} defaultChecked={workWeek.includes(d)} className="h-6 w-6" />
                {weekdayName(d, locale)}
              </label>
            ))}
          </fieldset>
          <Button variant="secondary">{t("workWeekSave")}</Button>
        </form>
      </Section>
      <Section id="add-title" title={t("addTitle")} headingSpace={4} className="mt-10">
        <AddHolidayForm />
      </Section>
    </>
  );
}
