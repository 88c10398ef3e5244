import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/calendar/format-date";
import type { QueueMarker, QueueRow, TQueueFilter } from "@/lib/review/find-queue";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import type { PlainAction } from "@/lib/forms";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/page-heading";
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { getDateFormat } from "@/components/ui/date-format";

const MARKER_TONE: Record<QueueMarker, "red" | "yellow" | "green" | "neutral"> = {
  late: "red",
  due_today: "yellow",
  on_time: "green",
  not_started: "neutral",
};

// An officer's queue: filters (a plain GET form), the files with the due day first, and paging.
export async function QueueTable({
  basePath,
  filter,
  stages,
  permitTypes,
  items,
  nextCursor,
  approveSelectedAction,
}: {
  basePath: string;
  filter: TQueueFilter;
  stages: ApplicationStatus[];
  permitTypes: { id: string; nameId: string; nameEn: string }[];
  items: QueueRow[];
  nextCursor: string | null;
  /** The head's approval queue: tick files and approve them together with this action. */
  approveSelectedAction?: PlainAction;
}) {
  const selectable = approveSelectedAction !== undefined;
  const t = await getTranslations();
  const locale = await getLocale();
  const dates = await getDateFormat();
  const day = (d: string) => formatDay(d, locale, "short");
  const params = (extra: Record<string, string>) =>
    new URLSearchParams({
      ...Object.fromEntries(Object.entries(filter).filter(([k, v]) => v && k !== "after") as [string, string][]),
      ...extra,
    }).toString();
  const select = "mt-1 min-h-11 w-full rounded border-2 border-slate-700 bg-white px-2";
  return (
    <>
      <form method="get" aria-label={t("queue.filters")} className="mb-6 grid gap-3 rounded border-2 border-slate-200 bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-5">
        <div className="lg:col-span-2">
          <label htmlFor="q" className="block text-sm font-semibold">
            {t("queue.search")}
          </label>
          <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} className={select} />
        </div>
        {stages.length > 1 ? (
          <div>
            <label htmlFor="stage" className="block text-sm font-semibold">
              {t("queue.stage")}
            </label>
            <select id="stage" name="stage" defaultValue={filter.stage ?? ""} className={select}>
              <option value="">{t("queue.allStages")}</option>
              {stages.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="permitTypeId" className="block text-sm font-semibold">
            {t("queue.permitType")}
          </label>
          <select id="permitTypeId" name="permitTypeId" defaultValue={filter.permitTypeId ?? ""} className={select}>
            <option value="">{t("queue.allPermitTypes")}</option>
            {permitTypes.map((p) => (
              <option key={p.id} value={p.id}>
                {locale === "en" ? p.nameEn : p.nameId}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="marker" className="block text-sm font-semibold">
            {t("queue.marker")}
          </label>
          <select id="marker" name="marker" defaultValue={filter.marker ?? ""} className={select}>
            <option value="">{t("queue.allMarkers")}</option>
            {(["late", "due_today", "on_time"] as const).map((m) => (
              <option key={m} value={m}>
                {t(`queue.markers.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end">
          <Button variant="secondary">{t("queue.apply")}</Button>
        </div>
      </form>
      {items.length === 0 ? (
        <EmptyState>{t("queue.empty")}</EmptyState>
      ) : (
        <form action={approveSelectedAction}>
        <Table caption={t("queue.title")}>
          <thead>
            <tr>
              {selectable ? (
                <Th>
                  <span className="sr-only">{t("review.selectAll")}</span>
                </Th>
              ) : null}
              <Th>{t("queue.due")}</Th>
              <Th>{t("queue.number")}</Th>
              <Th>{t("queue.applicant")}</Th>
              <Th>{t("queue.permitType")}</Th>
              <Th>{t("queue.stage")}</Th>
              <Th>{t("queue.used")}</Th>
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr key={r.id}>
                {selectable ? (
                  <Td>
                    <input
                      type="checkbox"
                      name="applicationId"
                      value={r.id}
                      aria-label={t("review.selectFile", { number: r.registrationNumber ?? "" })}
                      className="h-6 w-6"
                    />
                  </Td>
                ) : null}
                <Td className="whitespace-nowrap">
                  <span className="block font-semibold">{r.dueDay ? day(r.dueDay) : t("queue.notStarted")}</span>
                  <Tag tone={MARKER_TONE[r.marker]}>{t(`queue.markers.${r.marker}`)}</Tag>
                </Td>
                <Td className="whitespace-nowrap font-mono">
                  <Link href={`/office/files/${r.id}`} aria-label={t("queue.open", { number: r.registrationNumber ?? "" })}>
                    {r.registrationNumber}
                  </Link>
                </Td>
                <Td>{r.applicantName}</Td>
                <Td>{locale === "en" ? r.permitTypeName.en : r.permitTypeName.id}</Td>
                <Td>{t(`status.${r.status}`)}</Td>
                <Td className="whitespace-nowrap">
                  {r.usedDays === null
                    ? r.submittedAt
                      ? `${t("queue.submitted")} ${dates.date(r.submittedAt, "short")}`
                      : "—"
                    : t("queue.usedOf", { used: r.usedDays, limit: r.slaDays })}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
        {selectable ? (
          <div className="mt-4">
            <Button>{t("review.approveSelected")}</Button>
          </div>
        ) : null}
        </form>
      )}
      <nav aria-label={t("queue.title")} className="mt-4 flex gap-6">
        {filter.after ? <Link href={`${basePath}?${params({})}`}>{t("common.firstPage")}</Link> : null}
        {nextCursor ? <Link href={`${basePath}?${params({ after: nextCursor })}`}>{t("common.nextPage")}</Link> : null}
      </nav>
    </>
  );
}
