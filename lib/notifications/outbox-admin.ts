// The admin's view of the outbox: every mail with its status, attempts and last error (the mail log
// when no server is configured), and sending a failed one again.
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { mailScope } from "@/lib/auth/access-scopes";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import type { MailStatus } from "@/lib/db/generated/enums";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

export const MAIL_STATUSES = ["PENDING", "SENDING", "SENT", "FAILED", "KEPT"] as const satisfies readonly MailStatus[];
const PAGE = 50;

export async function findOutbox({ actor, status, before }: { actor: Actor; status?: MailStatus; before?: string }) {
  requirePermission(actor, "manage:mail:office");
  const scope = mailScope(actor);
  const cursor = before ? await db().outboxMail.findFirst({ where: { id: before, ...scope }, select: { createdAt: true, id: true } }) : null;
  const rows = await db().outboxMail.findMany({
    where: {
      ...scope,
      ...(status ? { status } : {}),
      ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    select: { id: true, userId: true, toAddress: true, subject: true, event: true, status: true, attempts: true, lastError: true, nextAttemptAt: true, createdAt: true, sentAt: true },
  });
  const counts = await db().outboxMail.groupBy({ by: ["status"], where: scope, _count: { _all: true } });
  return {
    items: rows.slice(0, PAGE),
    next: rows.length > PAGE ? rows[PAGE - 1]!.id : null,
    counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<MailStatus, number>>,
    smtpConfigured: Boolean(getEnv().SMTP_URL),
  };
}

export async function getOutboxMail({ actor, mailId }: { actor: Actor; mailId: string }) {
  requirePermission(actor, "manage:mail:office");
  const mail = await db().outboxMail.findFirst({ where: { id: mailId, ...mailScope(actor) } });
  if (!mail) throw new AppError("NOT_FOUND", "errors.notFound");
  return mail;
}

/** Puts a failed mail back in the outbox with a fresh retry period. */
export async function retryMail({ actor, mailId, now = new Date() }: { actor: Actor; mailId: string; now?: Date }) {
  requirePermission(actor, "manage:mail:office");
  await db().$transaction(async (tx) => {
    const updated = await tx.outboxMail.updateMany({
      where: { id: mailId, status: "FAILED", ...mailScope(actor) },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: now, lockedUntil: null, giveUpAt: new Date(now.getTime() + getEnv().MAIL_GIVE_UP_HOURS * 3_600_000) },
    });
    if (updated.count === 0) {
      const exists = await tx.outboxMail.findFirst({ where: { id: mailId, ...mailScope(actor) }, select: { id: true } });
      throw exists ? new AppError("CONFLICT", "errors.mail.notFailed") : new AppError("NOT_FOUND", "errors.notFound");
    }
    await recordAudit(tx, { officeId: actor.officeId, actorId: actor.id, action: "mail.retry", entity: "OutboxMail", entityId: mailId });
  });
}
