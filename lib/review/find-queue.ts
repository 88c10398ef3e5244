// Each officer's queue: the files waiting on their role (and, for technical teams, their agency),
// with the service clock of each. Sorted by due day by default and paged by keyset, so that it stays
// fast with a hundred thousand applications (index Application(officeId, status, dueDay, id)).
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { applicationScope, reachOf } from "@/lib/auth/access-scopes";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ApplicationStatus, Role } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { parseRegistrationNumber } from "@/lib/applications/numbering";
import { loadWorkCalendar } from "@/lib/calendar/load-work-calendar";
import { workingDaysBetween, type WorkCalendar } from "@/lib/calendar/working-days";
import { dateToDay, dayToDate, localToday } from "@/lib/calendar/office-day";

export const QUEUE_PAGE_SIZE = 25;

/** The stages each role works, in the order its queue lists them. */
export const QUEUE_STAGES: Partial<Record<Role, ApplicationStatus[]>> = {
  FRONT_OFFICE: ["SUBMITTED", "VERIFICATION"],
  TECHNICAL: ["TECHNICAL_REVIEW"],
  BACK_OFFICE: ["PROCESSING"],
  HEAD: ["APPROVAL"],
};

export const ZQueueFilter = z.object({
  stage: zText().optional().catch(undefined),
  permitTypeId: zText().max(40).optional().catch(undefined),
  marker: z.enum(["late", "due_today", "on_time"]).optional().catch(undefined),
  q: zText().trim().max(100).optional().catch(undefined),
  after: zText().max(200).optional().catch(undefined),
});
export type TQueueFilter = z.output<typeof ZQueueFilter>;

/** Keyset cursor: the sort value of the last row (a due day, or a submission instant) and its id. */
type Cursor = { at: Date; id: string };

function encode(c: Cursor) {
  return Buffer.from(`${c.at.toISOString()}|${c.id}`).toString("base64url");
}
function decode(raw?: string): Cursor | null {
  if (!raw) return null;
  const [iso, id] = Buffer.from(raw, "base64url").toString().split("|");
  const at = new Date(iso ?? "");
  return id && !Number.isNaN(at.getTime()) ? { at, id } : null;
}

export type QueueMarker = "late" | "due_today" | "on_time" | "not_started";

export interface QueueRow {
  id: string;
  registrationNumber: string | null;
  applicantName: string;
  permitTypeName: { id: string; en: string };
  status: ApplicationStatus;
  submittedAt: Date | null;
  dueDay: string | null;
  usedDays: number | null;
  slaDays: number;
  marker: QueueMarker;
}

const QUEUE_SELECT = {
  id: true,
  registrationNumber: true,
  status: true,
  submittedAt: true,
  clockStartedAt: true,
  dueDay: true,
  applicant: { select: { fullName: true } },
  permitTypeVersion: { select: { nameId: true, nameEn: true, slaDays: true } },
} satisfies Prisma.ApplicationSelect;

function markerOf(dueDay: string | null, today: string): QueueMarker {
  if (!dueDay) return "not_started";
  if (dueDay < today) return "late";
  return dueDay === today ? "due_today" : "on_time";
}

/**
 * The queue sorts by due day; files whose clock has not started (newly submitted ones in the front
 * office's queue) have none and sort by the day they were submitted instead, which is the order the
 * front office takes them in. Both use the same keyset: (sort day, id).
 */
export async function findQueue({ actor, filter, now = new Date() }: { actor: Actor; filter: TQueueFilter; now?: Date }) {
  requirePermission(actor, "read:application:agency");
  const stages = QUEUE_STAGES[actor.role];
  // An officer the scopes cannot place (no office, no agency) has no queue.
  if (!stages || !actor.officeId || !reachOf(actor, "read:application")) throw new AppError("FORBIDDEN", "errors.forbidden");

  // "Today" and the days used are counted on the office's own calendar and in its time zone.
  const calendar: WorkCalendar = await loadWorkCalendar(actor.officeId);
  const today = localToday(calendar.timeZone, now);
  const stage = stages.includes(filter.stage as ApplicationStatus) ? [filter.stage as ApplicationStatus] : stages;
  const byDue = !stage.includes("SUBMITTED") && !stage.includes("VERIFICATION");
  const where: Prisma.ApplicationWhereInput[] = [applicationScope(actor, "read:application")];
  if (filter.permitTypeId) where.push({ permitTypeId: filter.permitTypeId });
  if (filter.marker && byDue) {
    const t = dayToDate(today);
    where.push({ dueDay: filter.marker === "late" ? { lt: t } : filter.marker === "due_today" ? t : { gt: t } });
  }
  if (filter.q) {
    const number = parseRegistrationNumber(filter.q);
    where.push(
      number
        ? { registrationNumber: filter.q.trim().toUpperCase() }
        : { OR: [{ registrationNumber: { contains: filter.q.toUpperCase() } }, { applicant: { fullName: { contains: filter.q, mode: "insensitive" } } }] },
    );
  }
  const cursor = decode(filter.after);
  const sortColumn = byDue ? "dueDay" : "submittedAt";
  if (cursor) {
    // The plain lower bound lets the index start at the cursor instead of filtering every earlier row.
    where.push({ [sortColumn]: { gte: cursor.at } }, { OR: [{ [sortColumn]: { gt: cursor.at } }, { [sortColumn]: cursor.at, id: { gt: cursor.id } }] });
  }
  // One indexed read per stage, merged: a single IN over two stages cannot come out of the
  // (officeId, status, sort column, id) index already in order, and would sort the whole backlog.
  const perStage = await Promise.all(
    stage.map((status) =>
      db().application.findMany({
        where: { AND: [...where, { status }] },
        orderBy: [{ [sortColumn]: "asc" }, { id: "asc" }],
        take: QUEUE_PAGE_SIZE + 1,
        select: QUEUE_SELECT,
      }),
    ),
  );
  const sortValue = (r: (typeof perStage)[number][number]) => (byDue ? r.dueDay : r.submittedAt)?.getTime() ?? Number.MAX_SAFE_INTEGER;
  const rows = perStage
    .flat()
    .sort((a, b) => sortValue(a) - sortValue(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, QUEUE_PAGE_SIZE + 1);
  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  const items: QueueRow[] = page.map((r) => {
    const dueDay = r.dueDay ? dateToDay(r.dueDay) : null;
    return {
      id: r.id,
      registrationNumber: r.registrationNumber,
      applicantName: r.applicant.fullName,
      permitTypeName: { id: r.permitTypeVersion.nameId, en: r.permitTypeVersion.nameEn },
      status: r.status,
      submittedAt: r.submittedAt,
      dueDay,
      usedDays: r.clockStartedAt ? workingDaysBetween(localToday(calendar.timeZone, r.clockStartedAt), today, calendar) : null,
      slaDays: r.permitTypeVersion.slaDays,
      marker: markerOf(dueDay, today),
    };
  });
  const last = page[page.length - 1];
  const nextCursor = rows.length > QUEUE_PAGE_SIZE && last ? encode({ at: (byDue ? last.dueDay : last.submittedAt)!, id: last.id }) : null;
  return { items, nextCursor, today, stages };
}
