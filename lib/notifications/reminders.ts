// Reminders that no step of a file triggers: permits about to expire (60 and 30 days before, with a
// renewal link), business commitments due within 14 days, and each officer's daily digest of files due
// today or late (one message a day, not one per file). Safe to run often and from several servers:
// each reminder's dedupe key names its day or threshold, so it is written once.
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { dayToDate, localToday } from "@/lib/calendar/office-day";
import { localHour } from "@/lib/calendar/time-zone";
import { formatDay, inBothLanguages } from "@/lib/calendar/format-date";
import { QUEUE_STAGES } from "@/lib/review/find-queue";
import { dedupeKey, notify } from "@/lib/notifications/notify";
import { requirementInWords } from "@/lib/business/commitments";

const DAY = 86_400_000;
const EXPIRY_THRESHOLDS = [60, 30] as const;
const COMMITMENT_NOTICE_DAYS = 14;
/** The digest goes out with the first run from this hour (office time) on, once a day. */
export const DIGEST_HOUR = 6;

export async function runReminders({ now = new Date() }: { now?: Date } = {}) {
  // Each office counts days on its own calendar: "today" (and the hour of the digest) is taken in its
  // time zone, so offices in WIB, WITA and WIT each get their reminders at their own morning.
  const offices = (await db().office.findMany({ select: { id: true, timeZone: true } })).map((o) => {
    const today = localToday(o.timeZone, now);
    return { id: o.id, today, todayDate: dayToDate(today), hour: localHour(now, o.timeZone) };
  });
  const officeById = new Map(offices.map((o) => [o.id, o]));
  const counts = { expiring: 0, commitments: 0, digests: 0 };
  if (offices.length === 0) return counts;
  const within = (o: (typeof offices)[number], days: number) => ({ gte: o.todayDate, lte: new Date(o.todayDate.getTime() + days * DAY) });

  // Permits ending within 60 days: one reminder at 60 days and one at 30.
  const decisions = await db().decision.findMany({
    where: { OR: offices.map((o) => ({ validUntil: within(o, EXPIRY_THRESHOLDS[0]), application: { officeId: o.id, status: "ISSUED" } })) },
    select: { validUntil: true, application: { select: { id: true, officeId: true, applicantId: true, registrationNumber: true, permitTypeVersion: { select: { nameId: true, nameEn: true } } } } },
  });
  for (const d of decisions) {
    const { todayDate } = officeById.get(d.application.officeId)!;
    const days = Math.round((d.validUntil!.getTime() - todayDate.getTime()) / DAY);
    const threshold = days <= EXPIRY_THRESHOLDS[1] ? EXPIRY_THRESHOLDS[1] : EXPIRY_THRESHOLDS[0];
    const app = d.application;
    counts.expiring += await db().$transaction((tx) =>
      notify(tx, {
        event: "expiring",
        occurrence: `${app.id}:${threshold}`,
        userIds: [app.applicantId],
        applicationId: app.id,
        link: `/applications/${app.id}`,
        params: { number: app.registrationNumber ?? "", permit: { id: app.permitTypeVersion.nameId, en: app.permitTypeVersion.nameEn }, until: inBothLanguages((locale) => formatDay(d.validUntil!, locale)), days },
        now,
      }),
    );
  }

  // Commitments due soon and not yet fulfilled.
  const commitments = await db().commitment.findMany({
    where: { fulfilledAt: null, proofSubmittedAt: null, OR: offices.map((o) => ({ dueDay: within(o, COMMITMENT_NOTICE_DAYS), business: { officeId: o.id } })) },
    select: { id: true, requirement: true, dueDay: true, activity: { select: { kbli: true } }, business: { select: { id: true, name: true, ownerId: true } } },
  });
  for (const c of commitments) {
    counts.commitments += await db().$transaction((tx) =>
      notify(tx, {
        event: "commitmentDue",
        occurrence: c.id,
        userIds: [c.business.ownerId],
        link: `/business/${c.business.id}`,
        params: { requirement: requirementInWords(c.requirement), kbli: c.activity.kbli, due: inBothLanguages((locale) => formatDay(c.dueDay, locale)), business: c.business.name },
        now,
      }),
    );
  }

  // Each officer's digest: what in their queue is due today or late, from the start of the working day.
  const morning = offices.filter((o) => o.hour >= DIGEST_HOUR);
  if (morning.length === 0) return counts;
  const staff = await db().user.findMany({
    where: { active: true, role: { in: Object.keys(QUEUE_STAGES) as Role[] }, officeId: { in: morning.map((o) => o.id) } },
    select: { id: true, role: true, officeId: true, agencyId: true },
  });
  // Two grouped counts for all queues at once, instead of two counts per officer.
  const stages = Object.values(QUEUE_STAGES).flat();
  const countByQueue = (dueDay: (o: (typeof morning)[number]) => Date | { lt: Date }) =>
    db().application.groupBy({
      by: ["officeId", "agencyId", "status"],
      where: { status: { in: stages }, OR: morning.map((o) => ({ officeId: o.id, dueDay: dueDay(o) })) },
      _count: { _all: true },
    });
  const [dueTodayGroups, lateGroups] = await Promise.all([countByQueue((o) => o.todayDate), countByQueue((o) => ({ lt: o.todayDate }))]);
  const todayOf = (user: (typeof staff)[number]) => officeById.get(user.officeId!)!.today;
  const sum = (groups: typeof lateGroups, user: (typeof staff)[number]) =>
    groups
      .filter((g) => g.officeId === user.officeId && QUEUE_STAGES[user.role]!.includes(g.status) && (user.role !== "TECHNICAL" || g.agencyId === user.agencyId))
      .reduce((n, g) => n + g._count._all, 0);
  // Officers who already have today's digest are skipped without a transaction each.
  const keys = staff.map((u) => dedupeKey("dailyDigest", todayOf(u), u.id));
  const sentToday = new Set((await db().notification.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } })).map((n) => n.dedupeKey));
  for (const user of staff) {
    const today = todayOf(user);
    if (sentToday.has(dedupeKey("dailyDigest", today, user.id))) continue;
    const dueToday = sum(dueTodayGroups, user);
    const late = sum(lateGroups, user);
    if (dueToday + late === 0) continue;
    counts.digests += await db().$transaction((tx) =>
      notify(tx, { event: "dailyDigest", occurrence: today, userIds: [user.id], link: "/home", params: { dueToday, late }, now }),
    );
  }
  return counts;
}
