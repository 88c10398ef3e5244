import { getLocale, getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/calendar/format-date";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import type { ServiceClock } from "@/lib/applications/service-clock";
import { WAITING_ON, type WaitingParty } from "@/lib/workflow/transitions";
import { Tag } from "@/components/ui/tag";
import { getDateFormat } from "@/components/ui/date-format";
import { statusTone } from "@/components/application/status-tone";

// The stage of a file, who it is waiting on and since when, written from the reader's side ("waiting for
// you" only to the one it waits on), and when it should be done.
export async function StatusPanel({
  status,
  clock,
  slaDays,
  reader,
  since,
}: {
  status: ApplicationStatus;
  clock: ServiceClock | null;
  slaDays: number;
  /** The party the reader is (the applicant, an office role); null for the public. */
  reader: WaitingParty | null;
  /** When the file reached its status. */
  since: Date | null;
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  const dates = await getDateFormat();
  const waiting = WAITING_ON[status];
  const who = waiting ? (waiting === reader ? t("waitingOn.you") : t(`waitingOn.${waiting}`)) : null;
  return (
    <dl className="mb-8 grid gap-4 rounded border-2 border-slate-200 p-4 sm:grid-cols-3">
      <div>
        <dt className="text-sm font-semibold text-slate-700">{t("application.stage")}</dt>
        <dd className="mt-1">
          <Tag tone={statusTone(status)}>{t(`status.${status}`)}</Tag>
        </dd>
      </div>
      {waiting ? (
        <div>
          <dt className="text-sm font-semibold text-slate-700">{t("common.status")}</dt>
          <dd className="mt-1 font-semibold">{since ? t("waitingOn.since", { who: who!, date: dates.date(since) }) : who}</dd>
        </div>
      ) : null}
      {clock && status !== "DRAFT" && waiting ? (
        <div>
          <dt className="text-sm font-semibold text-slate-700">{t("application.expected")}</dt>
          <dd className="mt-1">
            {clock.started ? (
              <>
                <span className="font-semibold">{formatDay(clock.clock.dueDay, locale)}</span>
                <span className="block text-sm text-slate-700">{t("application.expectedNote", { days: slaDays })}</span>
              </>
            ) : (
              <>
                <span className="font-semibold">{formatDay(clock.estimateDay, locale)}</span>
                <span className="block text-sm text-slate-700">{t("application.notYetAccepted")}</span>
              </>
            )}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
