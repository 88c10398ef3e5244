// npm start — builds the portal if there is no build, brings the database up to date (seeding demo
// data into a new embedded database), then serves it on PORT.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { runCli } from "./cli";
import { getEnv } from "@/lib/env";
import { getAuthSecret } from "@/lib/auth/secret";
import { getSigningKey } from "@/lib/signing/office-key";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { disconnectDb } from "@/lib/db/client";
import { closePglite } from "@/lib/db/connection";
import { printDemoAccounts } from "./demo-accounts";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

runCli(async () => {
  const env = getEnv();
  const secret = getAuthSecret();
  getSigningKey();
  const childEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
  };

  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.log("No build found: building the portal (this takes a minute or two)...");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: childEnv });
    if (build.status !== 0) throw new Error("The build failed; see the output above.");
  }

  const result = await prepareDatabase({ log: (l) => console.log(`database: ${l}`) });
  await disconnectDb();
  // The embedded data folder belongs to one process: release it before the server opens it.
  if (env.database.kind === "embedded") await closePglite(env.database.dataDir);

  console.log(
    env.database.kind === "embedded"
      ? `Database: embedded (${env.database.dataDir})${result.created ? ", created now" : ""}`
      : `Database: PostgreSQL ${env.database.display}`,
  );
  if (result.seeded || env.database.kind === "embedded") printDemoAccounts();
  console.log(`\nPortal: ${childEnv.NEXTAUTH_URL}\n`);

  const server = spawn(process.execPath, [nextBin, "start", "-p", String(env.PORT)], {
    stdio: "inherit",
    env: childEnv,
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
});
