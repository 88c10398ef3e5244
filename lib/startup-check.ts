// Checked when a server instance starts: a wrong configuration stops it with one clear line.
import { ConfigError, getEnv } from "@/lib/env";
import { getAuthSecret } from "@/lib/auth/secret";
import { getSigningKey } from "@/lib/signing/office-key";

export function checkConfigurationOrExit() {
  try {
    getEnv();
    getAuthSecret();
    getSigningKey();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * Runs a background job every `everyMs` in this server, first after `firstMs`; a run still going when the
 * next is due is not overlapped. The job returns what to log, or null when there is nothing to say.
 */
function scheduleJob(job: string, { firstMs, everyMs }: { firstMs: number; everyMs: number }, run: () => Promise<Record<string, number> | null>) {
  if (everyMs === 0) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const result = await run();
      if (result) console.log(JSON.stringify({ level: "info", job, ...result }));
    } catch (error) {
      console.error(JSON.stringify({ level: "error", job, message: (error as Error).message }));
    } finally {
      running = false;
    }
  };
  setTimeout(tick, firstMs).unref();
  setInterval(tick, everyMs).unref();
}

/** The deadline sweep (deemed approval, lapses flagged to the head); several servers may all run it. */
export function scheduleDeadlineSweep() {
  scheduleJob("deadline-sweep", { firstMs: 60_000, everyMs: getEnv().DEADLINE_SWEEP_MINUTES * 60_000 }, async () => {
    const { runDeadlineSweep } = await import("@/lib/sla/deadline-sweep");
    const result = await runDeadlineSweep();
    return result.deemedApproved.length || result.flagged.length ? { deemedApproved: result.deemedApproved.length, flagged: result.flagged.length } : null;
  });
}

/** Moves issued permits past their validity to EXPIRED, on the deadline sweep's interval; several servers may all run it. */
export function schedulePermitExpiry() {
  scheduleJob("permit-expiry", { firstMs: 75_000, everyMs: getEnv().DEADLINE_SWEEP_MINUTES * 60_000 }, async () => {
    const { expireLapsedPermits } = await import("@/lib/issuance/expire-permits");
    const result = await expireLapsedPermits();
    return result.expired.length ? { expired: result.expired.length } : null;
  });
}

/** Sends the outbox every MAIL_WORKER_SECONDS; several servers share the work safely. */
export function scheduleMailWorker() {
  scheduleJob("mail", { firstMs: 5_000, everyMs: getEnv().MAIL_WORKER_SECONDS * 1000 }, async () => {
    const { runMailWorker } = await import("@/lib/notifications/mail-worker");
    const { sharedMailTransport } = await import("@/lib/notifications/mail-transport");
    const result = await runMailWorker({ transport: sharedMailTransport() });
    return result.sent || result.failed || result.retried ? { ...result } : null;
  });
}

/** Writes the reminders (expiring permits, commitments, staff digests) every REMINDER_MINUTES. */
export function scheduleReminders() {
  scheduleJob("reminders", { firstMs: 90_000, everyMs: getEnv().REMINDER_MINUTES * 60_000 }, async () => {
    const { runReminders } = await import("@/lib/notifications/reminders");
    const result = await runReminders();
    return result.expiring || result.commitments || result.digests ? result : null;
  });
}
