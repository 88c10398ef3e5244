// npm run db:seed — adds the demo office, agencies, accounts and holiday calendar (idempotent).
import { runCli } from "./cli";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { getEnv } from "@/lib/env";
import { disconnectDb } from "@/lib/db/client";
import { closePglite } from "@/lib/db/connection";
import { printDemoAccounts } from "./demo-accounts";

runCli(async () => {
  const { database } = getEnv();
  await prepareDatabase({ seed: "always" });
  console.log("Demo data is in place.");
  printDemoAccounts();
  await disconnectDb();
  if (database.kind === "embedded") await closePglite(database.dataDir);
});
