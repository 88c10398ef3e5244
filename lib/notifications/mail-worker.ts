// The outbox worker: claims due mails with FOR UPDATE SKIP LOCKED (so several servers never take the
// same one), sends them, and records the outcome. A failed send is retried with growing pauses until
// its give-up time; a permanent refusal (5xx, e.g. an unknown mailbox) fails it at once. A claim is a
// lease: if the process dies mid-send the mail is claimed again once the lease ends.
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import type { MailTransport } from "@/lib/notifications/mail-transport";

const LEASE_MS = 2 * 60_000;

/** Pause before the next attempt: 30 s, 1, 2, 4 ... minutes, at most an hour. */
export function retryDelayMs(attempts: number) {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/** Whether an SMTP error is the server's final word (5xx), not worth retrying. */
export function isPermanentFailure(error: unknown) {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

interface Claimed {
  id: string;
  toAddress: string;
  subject: string;
  text: string;
  html: string;
  attempts: number;
  giveUpAt: Date | string;
}

export interface MailRunResult {
  sent: number;
  kept: number;
  retried: number;
  failed: number;
}

export async function runMailWorker({ transport, now = new Date(), limit = 20 }: { transport: MailTransport | null; now?: Date; limit?: number }): Promise<MailRunResult> {
  const lockedUntil = new Date(now.getTime() + LEASE_MS);
  const claimed = await db().$queryRaw<Claimed[]>`
    UPDATE "OutboxMail" SET "status" = 'SENDING', "lockedUntil" = ${lockedUntil}, "attempts" = "attempts" + 1, "updatedAt" = ${now}
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMail"
      WHERE ("status" = 'PENDING' AND "nextAttemptAt" <= ${now}) OR ("status" = 'SENDING' AND "lockedUntil" < ${now})
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "toAddress", "subject", "text", "html", "attempts", "giveUpAt"`;
  const result: MailRunResult = { sent: 0, kept: 0, retried: 0, failed: 0 };
  const from = getEnv().MAIL_FROM;
  // Only the holder of this lease may record the outcome: a worker whose lease ran out writes nothing.
  const finish = (mail: Claimed, data: Record<string, unknown>) =>
    db().outboxMail.updateMany({ where: { id: mail.id, status: "SENDING", lockedUntil }, data: { ...data, lockedUntil: null } });
  for (const mail of claimed) {
    if (!transport) {
      await finish(mail, { status: "KEPT" });
      result.kept++;
      continue;
    }
    try {
      const domain = from.match(/@([^>\s]+)/)?.[1] ?? "perizinan.local";
      // The outbox id in the Message-ID lets a receiving system recognise a resend after a lost lease.
      const info = await transport.send({ from, to: mail.toAddress, subject: mail.subject, text: mail.text, html: mail.html, messageId: `<${mail.id}@${domain}>` });
      await finish(mail, { status: "SENT", sentAt: new Date(), messageId: info.messageId, lastError: null });
      result.sent++;
    } catch (error) {
      const message = (error as Error).message.slice(0, 500);
      const giveUp = isPermanentFailure(error) || now.getTime() >= new Date(mail.giveUpAt).getTime();
      if (giveUp) {
        await finish(mail, { status: "FAILED", lastError: message });
        result.failed++;
      } else {
        await finish(mail, { status: "PENDING", lastError: message, nextAttemptAt: new Date(now.getTime() + retryDelayMs(Number(mail.attempts))) });
        result.retried++;
      }
    }
  }
  return result;
}
