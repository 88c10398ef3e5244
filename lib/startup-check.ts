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

/** Runs the deadline sweep now and then in this server (several servers may all run it). */
export function scheduleDeadlineSweep() {
  const minutes = getEnv().DEADLINE_SWEEP_MINUTES;
  if (minutes === 0) return;
  const run = async () => {
    try {
      const { runDeadlineSweep } = await import("@/lib/sla/deadline-sweep");
      const result = await runDeadlineSweep({ timeZone: getEnv().APP_TIME_ZONE });
      if (result.deemedApproved.length || result.flagged.length) {
        console.log(JSON.stringify({ level: "info", job: "deadline-sweep", deemedApproved: result.deemedApproved.length, flagged: result.flagged.length }));
      }
    } catch (error) {
      console.error(JSON.stringify({ level: "error", job: "deadline-sweep", message: (error as Error).message }));
    }
  };
  setTimeout(run, 60_000).unref();
  setInterval(run, minutes * 60_000).unref();
}

/** Sends the outbox every MAIL_WORKER_SECONDS in this server; several servers share the work safely. */
export function scheduleMailWorker() {
  const seconds = getEnv().MAIL_WORKER_SECONDS;
  if (seconds === 0) return;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const { runMailWorker } = await import("@/lib/notifications/mail-worker");
      const { sharedMailTransport } = await import("@/lib/notifications/mail-transport");
      const result = await runMailWorker({ transport: sharedMailTransport() });
      if (result.sent || result.failed || result.retried) console.log(JSON.stringify({ level: "info", job: "mail", ...result }));
    } catch (error) {
      console.error(JSON.stringify({ level: "error", job: "mail", message: (error as Error).message }));
    } finally {
      running = false;
    }
  };
  setTimeout(run, 5_000).unref();
  setInterval(run, seconds * 1000).unref();
}

/** Writes the reminders (expiring permits, commitments, staff digests) every REMINDER_MINUTES. */
export function scheduleReminders() {
  const minutes = getEnv().REMINDER_MINUTES;
  if (minutes === 0) return;
  const run = async () => {
    try {
      const { runReminders } = await import("@/lib/notifications/reminders");
      const result = await runReminders({ timeZone: getEnv().APP_TIME_ZONE });
      if (result.expiring || result.commitments || result.digests) console.log(JSON.stringify({ level: "info", job: "reminders", ...result }));
    } catch (error) {
      console.error(JSON.stringify({ level: "error", job: "reminders", message: (error as Error).message }));
    }
  };
  setTimeout(run, 90_000).unref();
  setInterval(run, minutes * 60_000).unref();
}
