// npm run jobs:mail — writes due reminders and sends the outbox once (for a cron job or after an
// outage; servers also do both on their own).
import { runCli } from "./cli";
import { getEnv } from "@/lib/env";
import { disconnectDb } from "@/lib/db/client";
import { closePglite } from "@/lib/db/connection";
import { runReminders } from "@/lib/notifications/reminders";
import { runMailWorker } from "@/lib/notifications/mail-worker";
import { createMailTransport } from "@/lib/notifications/mail-transport";

runCli(async () => {
  const env = getEnv();
  const reminders = await runReminders();
  console.log(`Reminders written: ${reminders.expiring} expiring permits, ${reminders.commitments} commitments, ${reminders.digests} staff digests.`);
  const transport = createMailTransport();
  const total = { sent: 0, kept: 0, retried: 0, failed: 0 };
  for (;;) {
    const result = await runMailWorker({ transport, limit: 50 });
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += result[k];
    if (result.sent + result.kept + result.retried + result.failed < 50) break;
  }
  transport?.close();
  console.log(`Mail: ${total.sent} sent, ${total.kept} kept (no SMTP_URL), ${total.retried} to retry, ${total.failed} failed.`);
  await disconnectDb();
  if (env.database.kind === "embedded") await closePglite(env.database.dataDir);
});
