// Each person's notification centre: newest first, in the viewer's language, with an unread count;
// opening one marks it read and leads to what it is about. Only one's own notifications are reachable.
import { notificationScope } from "@/lib/auth/access-scopes";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { NotificationEvent } from "@/lib/notifications/events";
import { notificationLine, type MailLocale, type NotificationParams } from "@/lib/notifications/render";
import { findTimeZoneFor } from "@/lib/calendar/office-time-zone";

const PAGE = 30;

export async function unreadCount({ actor }: { actor: Actor }) {
  requirePermission(actor, "read:notification:own");
  return db().notification.count({ where: { ...notificationScope(actor), readAt: null } });
}

export async function findNotifications({ actor, locale, before }: { actor: Actor; locale: MailLocale; before?: string }) {
  requirePermission(actor, "read:notification:own");
  const cursor = before ? await db().notification.findFirst({ where: { id: before, ...notificationScope(actor) }, select: { createdAt: true, id: true } }) : null;
  const rows = await db().notification.findMany({
    where: {
      ...notificationScope(actor),
      ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
  });
  const timeZone = (await findTimeZoneFor(actor.officeId)) ?? "UTC";
  const items = rows.slice(0, PAGE).map((n) => ({
    id: n.id,
    event: n.event,
    line: notificationLine(n.event as NotificationEvent, locale, n.params as NotificationParams, timeZone),
    createdAt: n.createdAt,
    read: n.readAt !== null,
  }));
  return { items, next: rows.length > PAGE ? items[items.length - 1]!.id : null };
}

/** Marks the notification read and returns where it leads. */
export async function openNotification({ actor, notificationId }: { actor: Actor; notificationId: string }) {
  requirePermission(actor, "read:notification:own");
  const notification = await db().notification.findFirst({ where: { id: notificationId, ...notificationScope(actor) } });
  if (!notification) throw new AppError("NOT_FOUND", "errors.notFound");
  if (!notification.readAt) await db().notification.updateMany({ where: { id: notification.id, readAt: null }, data: { readAt: new Date() } });
  return notification.link;
}

export async function markAllRead({ actor }: { actor: Actor }) {
  requirePermission(actor, "read:notification:own");
  await db().notification.updateMany({ where: { ...notificationScope(actor), readAt: null }, data: { readAt: new Date() } });
}
