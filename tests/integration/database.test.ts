import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { getEnv, resetEnvCache, ConfigError } from "@/lib/env";
import { db } from "@/lib/db/client";
import { openSqlConnection } from "@/lib/db/connection";
import { applyMigrations, MigrationError, readMigrations, type MigrationFile } from "@/lib/db/migrate";
import { DatabaseUnavailableError, prepareDatabase } from "@/lib/db/prepare-database";
import { seedDemo } from "@/lib/seed/seed-demo";
import { loadAuthSecret } from "@/lib/auth/secret";
import { DEMO_AGENCIES, DEMO_USERS } from "@/prisma/seed/demo";
import { HOLIDAYS } from "@/prisma/seed/holidays";
import { KBLI, RISK_RULES } from "@/prisma/seed/kbli";

const migration = (name: string, sql: string): MigrationFile => ({
  name,
  sql,
  checksum: crypto.createHash("sha256").update(sql).digest("hex"),
});

async function tableExists(name: string) {
  const rows = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = ${name}`;
  return rows[0]!.n === 1;
}

describe("migrations", () => {
  it("records every migration in Prisma's table with the file's sha256 checksum, and applies nothing twice", async () => {
    const files = readMigrations();
    const rows = await db().$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
    );
    expect(rows).toEqual(files.map((f) => ({ migration_name: f.name, checksum: f.checksum })));
    const again = await prepareDatabase({ seed: "never" });
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(files.length);
  });

  it("rolls a failed migration back as a whole, reports it and applies nothing after it", async () => {
    const conn = await openSqlConnection(getEnv().database);
    const base = readMigrations();
    const ok = migration("29990101000000_ok", `CREATE TABLE "t_ok" (id int);`);
    const bad = migration("29990102000000_bad", `CREATE TABLE "t_bad" (id int);\nSELECT * FROM "no_such_table";`);
    const later = migration("29990103000000_later", `CREATE TABLE "t_later" (id int);`);
    const error = await applyMigrations(conn, [...base, ok, bad, later]).catch((e) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect(error.message).toMatch(/29990102000000_bad failed and was rolled back/);
    expect(await tableExists("t_ok")).toBe(true);
    expect(await tableExists("t_bad")).toBe(false);
    expect(await tableExists("t_later")).toBe(false);

    // Fixed, it runs on the next attempt together with the ones after it.
    const fixed = migration("29990102000000_bad", `CREATE TABLE "t_bad" (id int);`);
    const result = await applyMigrations(conn, [...base, ok, fixed, later]);
    expect(result.applied).toEqual(["29990102000000_bad", "29990103000000_later"]);
    expect(await tableExists("t_later")).toBe(true);
    await conn.close();
  });

  it("warns about an applied migration whose file changed", async () => {
    const conn = await openSqlConnection(getEnv().database);
    const [first, ...rest] = readMigrations();
    const result = await applyMigrations(conn, [{ ...first!, checksum: "0".repeat(64) }, ...rest]);
    expect(result.modified).toEqual([first!.name]);
    await conn.close();
  });
});

describe("demo seed", () => {
  it("is idempotent and marks the holiday calendar as needing confirmation", async () => {
    await seedDemo();
    const counts = async () => ({
      offices: await db().office.count(),
      agencies: await db().agency.count(),
      users: await db().user.count({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } }),
      holidays: await db().holiday.count(),
      kbli: await db().kbli.count(),
      rules: await db().riskRule.count(),
    });
    const first = await counts();
    await seedDemo();
    expect(await counts()).toEqual(first);
    expect(first.users).toBe(DEMO_USERS.length);
    expect(first.agencies).toBe(DEMO_AGENCIES.length);
    expect(first.holidays).toBe(HOLIDAYS.length);
    expect(first.kbli).toBe(KBLI.length);
    expect(first.rules).toBe(RISK_RULES.length);
    expect(await db().holiday.count({ where: { confirmed: true } })).toBe(0);
    const years = new Set(HOLIDAYS.map((h) => h.date.slice(0, 4)));
    expect(years).toEqual(new Set(["2026", "2027"]));
    const technical = await db().user.findMany({ where: { role: "TECHNICAL" }, include: { agency: true } });
    expect(technical.map((u) => u.agency?.code).sort()).toEqual(["DINKES", "DISDIK", "DISDIK", "DISPERINDAG"]);
  });
});

describe("configuration", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    resetEnvCache();
  });

  it("stops with one clear line when the PostgreSQL server cannot be reached", async () => {
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/perizinan";
    resetEnvCache();
    const error = await prepareDatabase().catch((e) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(error.message).toBe("Cannot reach the database at 127.0.0.1:1/perizinan: connection refused (is PostgreSQL running?)");
  });

  it("generates the session secret once in embedded mode and requires it with PostgreSQL", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "secret-"));
    const embedded = { NEXTAUTH_SECRET: undefined, dataDir: dir, database: { kind: "embedded" as const, dataDir: dir } };
    const secret = loadAuthSecret(embedded);
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(loadAuthSecret(embedded)).toBe(secret);
    expect((fs.statSync(path.join(dir, "auth-secret")).mode & 0o777).toString(8)).toBe("600");
    fs.rmSync(dir, { recursive: true, force: true });

    const server = { kind: "postgres" as const, url: "postgresql://db/x", display: "db:5432/x" };
    expect(() => loadAuthSecret({ NEXTAUTH_SECRET: undefined, dataDir: dir, database: server })).toThrow(ConfigError);
    expect(() => loadAuthSecret({ NEXTAUTH_SECRET: undefined, dataDir: dir, database: server })).toThrow(/NEXTAUTH_SECRET is required/);
    expect(loadAuthSecret({ NEXTAUTH_SECRET: "x".repeat(40), dataDir: dir, database: server })).toBe("x".repeat(40));
  });
});
