// npm run db:migrate — applies pending migrations to the configured database.
import { runCli } from "./cli";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { getEnv } from "@/lib/env";
import { disconnectDb } from "@/lib/db/client";
import { closePglite } from "@/lib/db/connection";

runCli(async () => {
  const { database } = getEnv();
  const result = await prepareDatabase({ seed: "never", log: (l) => console.log(l) });
  for (const name of result.modified) console.warn(`warning: migration ${name} was changed after it was applied`);
  console.log(
    result.applied.length
      ? `Applied ${result.applied.length} migration(s); ${result.alreadyApplied} were already applied.`
      : `Database is up to date (${result.alreadyApplied} migrations).`,
  );
  await disconnectDb();
  if (database.kind === "embedded") await closePglite(database.dataDir);
});
