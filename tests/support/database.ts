// Gives each integration test file a clean, migrated database: an in-memory embedded PostgreSQL
// by default, or a freshly created database on the server named by DATABASE_URL.
import crypto from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import pg from "pg";
import { resetEnvCache, getEnv } from "@/lib/env";
import { disconnectDb } from "@/lib/db/client";
import { closePglite } from "@/lib/db/connection";
import { prepareDatabase } from "@/lib/db/prepare-database";

const serverUrl = process.env.DATABASE_URL;
let createdDb: { admin: string; name: string } | null = null;

beforeAll(async () => {
  process.env.DATA_DIR ??= `/tmp/perizinan-test-${process.pid}`;
  if (serverUrl) {
    const name = `it_${crypto.randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    process.env.NEXTAUTH_SECRET ??= crypto.randomBytes(32).toString("hex");
    // With a PostgreSQL server the office signing key must be configured, as in production.
    process.env.SIGNING_PRIVATE_KEY ??= crypto.generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    createdDb = { admin: serverUrl, name };
  } else {
    process.env.PGLITE_DATA_DIR = `memory://${crypto.randomUUID()}`;
  }
  resetEnvCache();
  await prepareDatabase({ seed: "never" });
});

afterAll(async () => {
  const { database } = getEnv();
  await disconnectDb();
  if (database.kind === "embedded") await closePglite(database.dataDir);
  if (createdDb) {
    const admin = new pg.Client({ connectionString: createdDb.admin });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${createdDb.name}" WITH (FORCE)`);
    await admin.end();
    process.env.DATABASE_URL = createdDb.admin;
  }
});
