// A draft saved before the server stops is there when it starts again. In embedded mode this test
// moves to a database folder on disk (the per-file test database lives in memory), closes the
// embedded PostgreSQL completely and opens the folder again, as a restarted server does.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { closePglite } from "@/lib/db/connection";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { getEnv, resetEnvCache } from "@/lib/env";
import { saveDraft } from "@/lib/applications/save-draft";
import { startApplication } from "@/lib/applications/start-application";
import { createCast } from "../support/cast";
import { permitTypeByCode } from "../support/applications";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "draft-restart-"));
const savedPglite = process.env.PGLITE_DATA_DIR;

async function restart() {
  const { database } = getEnv();
  await disconnectDb();
  if (database.kind === "embedded") await closePglite(database.dataDir);
  await prepareDatabase({ seed: "never" });
}

it("keeps a saved draft across a restart", async () => {
  const { database } = getEnv();
  if (database.kind === "embedded") {
    await disconnectDb();
    await closePglite(database.dataDir);
    process.env.PGLITE_DATA_DIR = path.join(dir, "pglite");
    resetEnvCache();
    await prepareDatabase({ seed: "never" });
  }
  const actor = (await createCast()).applicant.actor;
  const app = await startApplication({ actor, permitTypeId: (await permitTypeByCode("SIP-BIDAN")).id });
  const saved = await saveDraft({ actor, applicationId: app.id, raw: { practicePlaceName: "Klinik Bunda Sehat", sipOrder: "second" } });
  expect(saved.ok).toBe(true);

  await restart();

  const again = await db().application.findUniqueOrThrow({ where: { id: app.id } });
  expect(again.status).toBe("DRAFT");
  expect(again.data).toMatchObject({ practicePlaceName: "Klinik Bunda Sehat", sipOrder: "second" });
});

afterAll(() => {
  // The shared set-up closes the database named by the environment; the folder goes afterwards.
  process.env.PGLITE_DATA_DIR = savedPglite;
  setTimeout(() => fs.rmSync(dir, { recursive: true, force: true }), 0);
});
