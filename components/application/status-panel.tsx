import { getLocale, getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/calendar/format-date";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import type { ServiceClock } from "@/lib/applications/service-clock";
import { WAITING_ON } from "@/lib/workflow/transitions";
import { Tag } from "@/components/ui/tag";
import { statusTone } from "@/components/application/status-tone";

// The stage of a file, who it is waiting on, and when it should be done.
export async function StatusPanel({ status, clock, slaDays }: { status: ApplicationStatus; clock: ServiceClock | null; slaDays: number }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const waiting = WAITING_ON[status];
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
          <dd className="mt-1 font-semibold">{t(`waitingOn.${waiting}`)}</dd>
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
