// Writes notifications inside the transaction of the change that causes them: an in-app notification
// and an outbox e-mail for each recipient, rendered in the recipient's language. The dedupe key (event
// occurrence + recipient) makes writing the same notification twice a no-op, so a retried job or a
// second server never notifies anyone twice.
import type { Tx } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/db/generated/client";
import { getEnv } from "@/lib/env";
import type { NotificationEvent } from "@/lib/notifications/events";
import { renderMail, type NotificationParams } from "@/lib/notifications/render";

export interface NotifyInput {
  event: NotificationEvent;
  /** Identifies this occurrence (an application event's id, a reminder's day...). */
  occurrence: string;
  userIds: string[];
  applicationId?: string | null;
  /** Path in the portal, e.g. /applications/abc. */
  link: string;
  params: NotificationParams;
  now?: Date;
}

export function portalUrl(path: string) {
  const env = getEnv();
  return `${(env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "")}${path}`;
}

/** One notification per event occurrence and recipient. */
export function dedupeKey(event: NotificationEvent, occurrence: string, userId: string) {
  return `${event}:${occurrence}:${userId}`;
}

/**
 * A recipient outside any office (an applicant, a business owner) reads a notice on the clock of the
 * office it comes from: the file's office, or else the one this installation serves.
 */
async function senderTimeZone(tx: Tx, applicationId: string | null | undefined) {
  const app = applicationId ? await tx.application.findUnique({ where: { id: applicationId }, select: { office: { select: { timeZone: true } } } }) : null;
  if (app) return app.office.timeZone;
  const office = await tx.office.findFirst({ orderBy: { createdAt: "asc" }, select: { timeZone: true } });
  return office?.timeZone ?? "UTC";
}

export async function notify(tx: Tx, input: NotifyInput) {
  const ids = [...new Set(input.userIds)];
  if (ids.length === 0) return 0;
  const users = await tx.user.findMany({
    where: { id: { in: ids }, active: true },
    select: { id: true, email: true, fullName: true, locale: true, officeId: true, office: { select: { name: true, timeZone: true } } },
  });
  if (users.length === 0) return 0;
  const now = input.now ?? new Date();
  const key = (userId: string) => dedupeKey(input.event, input.occurrence, userId);
  const created = await tx.notification.createMany({
    data: users.map((u) => ({
      userId: u.id,
      event: input.event,
      applicationId: input.applicationId ?? null,
      link: input.link,
      params: input.params as Prisma.InputJsonObject,
      dedupeKey: key(u.id),
      createdAt: now,
    })),
    skipDuplicates: true,
  });
  const giveUpAt = new Date(now.getTime() + getEnv().MAIL_GIVE_UP_HOURS * 3_600_000);
  const url = portalUrl(input.link);
  const senderZone = users.every((u) => u.office) ? null : await senderTimeZone(tx, input.applicationId);
  await tx.outboxMail.createMany({
    data: users.map((u) => {
      const mail = renderMail({ event: input.event, locale: u.locale, params: { ...input.params, name: u.fullName }, url, office: u.office?.name ?? "DPMPTSP", timeZone: u.office?.timeZone ?? senderZone! });
      return { dedupeKey: key(u.id), officeId: u.officeId, userId: u.id, toAddress: u.email, locale: u.locale, event: input.event, ...mail, giveUpAt, nextAttemptAt: now, createdAt: now };
    }),
    skipDuplicates: true,
  });
  return created.count;
}
