// Serves the production build for the end-to-end tests on a fresh temporary embedded database
// with the demo data, so that every run starts from the same state. E2E_DATA_DIR names a data folder
// to use instead and keep (the fuzz test restarts the server on one and inspects it between runs):
// it gets the demo data when new and is left as it is otherwise.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { runCli } from "./cli";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { disconnectDb } from "@/lib/db/client";
import { closePglite } from "@/lib/db/connection";
import { getEnv } from "@/lib/env";

const keptDir = process.env.E2E_DATA_DIR;
const dataDir = keptDir ? path.resolve(keptDir) : fs.mkdtempSync(path.join(os.tmpdir(), "perizinan-e2e-"));
process.env.DATA_DIR = dataDir;
delete process.env.DATABASE_URL;
delete process.env.PGLITE_DATA_DIR;
const port = process.env.E2E_PORT ?? "3100";

runCli(async () => {
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.error("No production build: run `npm run build` first (npm test does).");
    process.exit(1);
  }
  await prepareDatabase({ seed: keptDir ? "auto" : "always" });
  await disconnectDb();
  const env = getEnv();
  if (env.database.kind === "embedded") await closePglite(env.database.dataDir);

  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const server = spawn(process.execPath, [nextBin, "start", "-p", port], {
    stdio: "inherit",
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_URL: `http://localhost:${port}`,
      // A short lock keeps the lock-out journey quick to test; the limit of attempts stays the default.
      LOGIN_LOCK_MINUTES: process.env.LOGIN_LOCK_MINUTES ?? "15",
    },
  });
  const stop = () => {
    server.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => {
    if (!keptDir) fs.rmSync(dataDir, { recursive: true, force: true });
    process.exit(code ?? 0);
  });
});
