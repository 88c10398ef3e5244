// npm run jobs:deadlines — one deadline sweep now (for a cron job; servers also run it on their own).
import { runCli } from "./cli";
import { getEnv } from "@/lib/env";
import { disconnectDb } from "@/lib/db/client";
import { closePglite } from "@/lib/db/connection";
import { runDeadlineSweep } from "@/lib/sla/deadline-sweep";

runCli(async () => {
  const env = getEnv();
  const result = await runDeadlineSweep();
  console.log(`Deemed approved: ${result.deemedApproved.length}; flagged to the head: ${result.flagged.length}.`);
  await disconnectDb();
  if (env.database.kind === "embedded") await closePglite(env.database.dataDir);
});
