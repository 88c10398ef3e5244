// Applies the SQL migrations in prisma/migrations to the configured database, each in its own
// transaction, and records them in Prisma's `_prisma_migrations` table so that `prisma migrate deploy`
// treats the database as up to date wherever Prisma's native engine is available.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { SqlConnection } from "@/lib/db/connection";

export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");
// Same key on every instance: two app instances starting together apply migrations one after the other.
const LOCK_KEY = 7_240_815_023;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
  /** Applied migrations whose file changed afterwards. */
  modified: string[];
}

export class MigrationError extends Error {
  override name = "MigrationError";
  constructor(
    readonly migration: string,
    readonly cause: unknown,
  ) {
    super(`Migration ${migration} failed and was rolled back: ${firstLine(cause)}`);
  }
}

function firstLine(error: unknown) {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export async function applyMigrations(
  conn: SqlConnection,
  migrations: MigrationFile[] = readMigrations(),
  log: (line: string) => void = () => {},
): Promise<MigrateResult> {
  await conn.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
  try {
    await conn.exec(CREATE_TABLE);
    const rows = await conn.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const result: MigrateResult = { applied: [], alreadyApplied: 0, modified: [] };
    for (const m of migrations) {
      const checksum = done.get(m.name);
      if (checksum !== undefined) {
        result.alreadyApplied++;
        if (checksum !== m.checksum) result.modified.push(m.name);
        continue;
      }
      const id = crypto.randomUUID();
      try {
        await conn.exec("BEGIN");
        await conn.exec(m.sql);
        await conn.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 1)`,
          [id, m.checksum, m.name],
        );
        await conn.exec("COMMIT");
      } catch (error) {
        await conn.exec("ROLLBACK").catch(() => {});
        // Keep a trace of the failed attempt; it was rolled back as a whole, so a fixed file may run again.
        await conn
          .query(
            `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, rolled_back_at)
             VALUES ($1, $2, $3, $4, now())`,
            [id, m.checksum, m.name, error instanceof Error ? error.message : String(error)],
          )
          .catch(() => {});
        throw new MigrationError(m.name, error);
      }
      result.applied.push(m.name);
      log(`applied ${m.name}`);
    }
    return result;
  } finally {
    await conn.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
  }
}
