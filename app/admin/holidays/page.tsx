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
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
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
          <Table caption={`${t("title")} ${year}`}>
            <thead>
              <tr>
                <Th>{t("date")}</Th>
                <Th>{t("name")}</Th>
                <Th>{t("kind")}</Th>
                <Th>{t("status")}</Th>
                <Th>
                  <span className="sr-only">{tAdmin("users.actions")}</span>
                </Th>
              </tr>
            </thead>
            <tbody>
              {holidays.map((h) => (
                <tr key={h.id}>
                  <Td className="whitespace-nowrap">{day(h.date)}</Td>
                  <Td>{locale === "en" ? h.nameEn : h.nameId}</Td>
                  <Td>{t(`kinds.${h.kind}`)}</Td>
                  <Td>{h.confirmed ? <Tag tone="green">{t("confirmed")}</Tag> : <Tag tone="yellow">{t("unconfirmed")}</Tag>}</Td>
                  <Td>
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
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
      <section aria-labelledby="workweek-title" className="mt-10">
        <h2 id="workweek-title" className="mb-2 text-2xl font-bold">
          {t("workWeekTitle")}
        </h2>
        <p className="mb-3 max-w-2xl text-slate-700">{t("workWeekLead")}</p>
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
      </section>
      <section aria-labelledby="add-title" className="mt-10">
        <h2 id="add-title" className="mb-4 text-2xl font-bold">
          {t("addTitle")}
        </h2>
        <AddHolidayForm />
      </section>
    </>
  );
}
