// Brings the configured database up to date before the server starts: connect (with a clear
// one-line error when that fails), apply pending migrations, and seed demo data where wanted.
import { getEnv } from "@/lib/env";
import { describeConnectionError, isEmbeddedDatabaseNew, openSqlConnection } from "@/lib/db/connection";
import { applyMigrations, type MigrateResult } from "@/lib/db/migrate";

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

export interface PrepareResult extends MigrateResult {
  created: boolean;
  seeded: boolean;
}

export async function prepareDatabase(
  options: { seed?: "auto" | "always" | "never"; log?: (line: string) => void } = {},
): Promise<PrepareResult> {
  const { database, SEED_DEMO } = getEnv();
  const created = database.kind === "embedded" && isEmbeddedDatabaseNew(database.dataDir);
  let conn;
  try {
    conn = await openSqlConnection(database);
    await conn.query("SELECT 1");
  } catch (error) {
    throw new DatabaseUnavailableError(describeConnectionError(database, error));
  }
  let result: MigrateResult;
  try {
    result = await applyMigrations(conn, undefined, options.log);
  } finally {
    await conn.close();
  }
  const seedMode = options.seed ?? "auto";
  // Demo data goes into a new embedded database only; a PostgreSQL server gets it only when asked.
  const seed = seedMode === "always" || (seedMode === "auto" && (SEED_DEMO || (database.kind === "embedded" && created)));
  if (seed) {
    const { seedDemo } = await import("@/lib/seed/seed-demo");
    await seedDemo();
  }
  return { ...result, created, seeded: seed };
}
