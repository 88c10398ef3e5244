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
