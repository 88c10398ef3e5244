import { getTranslations } from "next-intl/server";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import { getDateFormat } from "@/components/ui/date-format";

export interface TimelineEvent {
  id?: string;
  action: string;
  toStatus: ApplicationStatus;
  createdAt: Date;
  /** Shown to the applicant and staff only, never on the public page. */
  note?: string | null;
  actorName?: string | null;
  /** A rescheduled survey: the time it had and the time it has now. */
  moved?: { from: Date; to: Date } | null;
}

// Every event of a file with its date and time, oldest first.
export async function Timeline({ events }: { events: TimelineEvent[] }) {
  const t = await getTranslations();
  const dates = await getDateFormat();
  return (
    <ol className="relative ml-3 border-l-4 border-slate-300">
      {events.map((e, i) => (
        <li key={e.id ?? i} className="mb-6 ml-5">
          <span aria-hidden="true" className="absolute -left-[10px] mt-1.5 h-4 w-4 rounded-full border-2 border-white bg-brand-700" />
          <p className="font-semibold">{t.has(`events.${e.action}`) ? t(`events.${e.action}` as "events.submit") : e.action}</p>
          <p className="text-sm text-slate-700">
            <time dateTime={e.createdAt.toISOString()}>{dates.dateTime(e.createdAt)}</time>
            {e.actorName ? ` · ${e.actorName}` : null}
          </p>
          {e.moved ? <p className="mt-1">{t("events.rescheduleSurveyDetail", { from: dates.dateTime(e.moved.from), to: dates.dateTime(e.moved.to) })}</p> : null}
          {e.note ? <p className="mt-1 whitespace-pre-line">{e.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}

/** The events of a file as the timeline shows them; `actorName` decides what a reader learns of who acted. */
export function timelineEvents<A>(
  events: { id: string; action: string; toStatus: ApplicationStatus; createdAt: Date; note: string | null; data?: unknown; actor: A | null }[],
  actorName: (actor: A) => string | null,
): TimelineEvent[] {
  return events.map((e) => ({ id: e.id, action: e.action, toStatus: e.toStatus, createdAt: e.createdAt, note: e.note, actorName: e.actor ? actorName(e.actor) : null, moved: movedSurvey(e.action, e.data) }));
}

function movedSurvey(action: string, data: unknown): { from: Date; to: Date } | null {
  if (action !== "rescheduleSurvey" || !data || typeof data !== "object") return null;
  const { from, to } = data as { from?: unknown; to?: unknown };
  if (typeof from !== "string" || typeof to !== "string") return null;
  const [a, b] = [new Date(from), new Date(to)];
  return Number.isNaN(a.getTime()) || Number.isNaN(b.getTime()) ? null : { from: a, to: b };
}
