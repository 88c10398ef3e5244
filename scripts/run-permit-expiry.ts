// npm run jobs:expiry — move issued permits past their validity to EXPIRED now (for a cron job; servers
// also run it on their own, on the deadline sweep's interval).
import { runCli } from "./cli";
import { getEnv } from "@/lib/env";
import { disconnectDb } from "@/lib/db/client";
import { closePglite } from "@/lib/db/connection";
import { expireLapsedPermits } from "@/lib/issuance/expire-permits";

runCli(async () => {
  const env = getEnv();
  const result = await expireLapsedPermits();
  console.log(`Permits expired: ${result.expired.length}.`);
  await disconnectDb();
  if (env.database.kind === "embedded") await closePglite(env.database.dataDir);
});
