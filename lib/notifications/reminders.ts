// Reminders that no step of a file triggers: permits about to expire (60 and 30 days before, with a
// renewal link), business commitments due within 14 days, and each officer's daily digest of files due
// today or late (one message a day, not one per file). Safe to run often and from several servers:
// each reminder's dedupe key names its day or threshold, so it is written once.
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { dayToDate, localToday } from "@/lib/review/office-day";
import { QUEUE_STAGES } from "@/lib/review/find-queue";
import { dedupeKey, notify } from "@/lib/notifications/notify";
import { dayInWords } from "@/lib/notifications/notify-transition";
import { requirementInWords } from "@/lib/business/commitments";

const DAY = 86_400_000;
const EXPIRY_THRESHOLDS = [60, 30] as const;
const COMMITMENT_NOTICE_DAYS = 14;
/** The digest goes out with the first run from this hour (office time) on, once a day. */
export const DIGEST_HOUR = 6;

function localHour(timeZone: string, now: Date) {
  return Number(new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(now));
}

export async function runReminders({ timeZone, now = new Date() }: { timeZone: string; now?: Date }) {
  const today = localToday(timeZone, now);
  const todayDate = dayToDate(today);
  const counts = { expiring: 0, commitments: 0, digests: 0 };

  // Permits ending within 60 days: one reminder at 60 days and one at 30.
  const decisions = await db().decision.findMany({
    where: { validUntil: { gte: todayDate, lte: new Date(todayDate.getTime() + EXPIRY_THRESHOLDS[0] * DAY) }, application: { status: "ISSUED" } },
    select: { validUntil: true, application: { select: { id: true, applicantId: true, registrationNumber: true, permitTypeVersion: { select: { nameId: true, nameEn: true } } } } },
  });
  for (const d of decisions) {
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
        params: { number: app.registrationNumber ?? "", permit: { id: app.permitTypeVersion.nameId, en: app.permitTypeVersion.nameEn }, until: dayInWords(d.validUntil!.toISOString().slice(0, 10)), days },
        now,
      }),
    );
  }

  // Commitments due soon and not yet fulfilled.
  const commitments = await db().commitment.findMany({
    where: { fulfilledAt: null, proofSubmittedAt: null, dueDay: { gte: todayDate, lte: new Date(todayDate.getTime() + COMMITMENT_NOTICE_DAYS * DAY) } },
    select: { id: true, requirement: true, dueDay: true, activity: { select: { kbli: true } }, business: { select: { id: true, name: true, ownerId: true } } },
  });
  for (const c of commitments) {
    counts.commitments += await db().$transaction((tx) =>
      notify(tx, {
        event: "commitmentDue",
        occurrence: c.id,
        userIds: [c.business.ownerId],
        link: `/business/${c.business.id}`,
        params: { requirement: requirementInWords(c.requirement), kbli: c.activity.kbli, due: dayInWords(c.dueDay.toISOString().slice(0, 10)), business: c.business.name },
        now,
      }),
    );
  }

  // Each officer's digest: what in their queue is due today or late, from the start of the working day.
  if (localHour(timeZone, now) < DIGEST_HOUR) return counts;
  const staff = await db().user.findMany({
    where: { active: true, role: { in: Object.keys(QUEUE_STAGES) as Role[] }, officeId: { not: null } },
    select: { id: true, role: true, officeId: true, agencyId: true },
  });
  // Two grouped counts for all queues at once, instead of two counts per officer.
  const stages = Object.values(QUEUE_STAGES).flat();
  const countByQueue = (dueDay: Date | { lt: Date }) =>
    db().application.groupBy({ by: ["officeId", "agencyId", "status"], where: { status: { in: stages }, dueDay }, _count: { _all: true } });
  const [dueTodayGroups, lateGroups] = await Promise.all([countByQueue(todayDate), countByQueue({ lt: todayDate })]);
  const sum = (groups: typeof lateGroups, user: (typeof staff)[number]) =>
    groups
      .filter((g) => g.officeId === user.officeId && QUEUE_STAGES[user.role]!.includes(g.status) && (user.role !== "TECHNICAL" || g.agencyId === user.agencyId))
      .reduce((n, g) => n + g._count._all, 0);
  // Officers who already have today's digest are skipped without a transaction each.
  const keys = staff.map((u) => dedupeKey("dailyDigest", today, u.id));
  const sentToday = new Set((await db().notification.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } })).map((n) => n.dedupeKey));
  for (const user of staff) {
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
