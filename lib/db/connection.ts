// Raw connections to the configured database: the embedded PGlite instance (one per process and
// data folder) or a PostgreSQL server. The Prisma client and the migration runner share them.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { DatabaseTarget } from "@/lib/env";

/** The small surface the migration runner and health checks need, for both kinds of database. */
export interface SqlConnection {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements (no parameters). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

const globalForPglite = globalThis as unknown as { __pglite?: Map<string, PGlite> };

/** The process-wide PGlite instance for a data folder ("memory://" for a throwaway database). */
export function getPglite(dataDir: string): PGlite {
  globalForPglite.__pglite ??= new Map();
  let instance = globalForPglite.__pglite.get(dataDir);
  if (!instance) {
    if (!dataDir.startsWith("memory://")) fs.mkdirSync(dataDir, { recursive: true });
    instance = new PGlite(dataDir);
    globalForPglite.__pglite.set(dataDir, instance);
  }
  return instance;
}

export async function closePglite(dataDir: string) {
  const instance = globalForPglite.__pglite?.get(dataDir);
  if (!instance) return;
  globalForPglite.__pglite!.delete(dataDir);
  if (!instance.closed) await instance.close();
}

/** True when the embedded database folder has not been initialised yet. */
export function isEmbeddedDatabaseNew(dataDir: string) {
  if (dataDir.startsWith("memory://")) return !globalForPglite.__pglite?.has(dataDir);
  return !fs.existsSync(path.join(dataDir, "PG_VERSION"));
}

export async function openSqlConnection(target: DatabaseTarget): Promise<SqlConnection> {
  if (target.kind === "embedded") {
    const db = getPglite(target.dataDir);
    await db.waitReady;
    return {
      async query<T>(sql: string, params?: unknown[]) {
        return (await db.query(sql, params)).rows as T[];
      },
      async exec(sql: string) {
        await db.exec(sql);
      },
      // The instance stays open for the Prisma client of the same process.
      async close() {},
    };
  }
  const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 10_000 });
  client.on("error", () => {});
  await client.connect();
  return {
    async query<T>(sql: string, params?: unknown[]) {
      return (await client.query(sql, params)).rows as T[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    async close() {
      await client.end();
    },
  };
}

/** Turns a connection failure into one line an operator can act on. */
export function describeConnectionError(target: DatabaseTarget, error: unknown): string {
  const e = error as { code?: string; message?: string };
  const where = target.kind === "postgres" ? target.display : target.dataDir;
  switch (e.code) {
    case "ECONNREFUSED":
      return `Cannot reach the database at ${where}: connection refused (is PostgreSQL running?)`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot reach the database at ${where}: unknown host`;
    case "ETIMEDOUT":
      return `Cannot reach the database at ${where}: connection timed out`;
    case "28P01":
    case "28000":
      return `The database at ${where} refused the user name or password in DATABASE_URL`;
    case "3D000":
      return `The database named in DATABASE_URL does not exist on ${where}`;
    default:
      return `Cannot open the database at ${where}: ${(e.message ?? String(error)).split("\n")[0]}`;
  }
}
