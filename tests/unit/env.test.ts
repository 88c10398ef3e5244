import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, getEnv, parseDatabaseUrl, resetEnvCache } from "@/lib/env";

describe("parseDatabaseUrl", () => {
  it("uses the embedded database when DATABASE_URL is empty", () => {
    expect(parseDatabaseUrl(undefined, "/d/pglite")).toEqual({ kind: "embedded", dataDir: "/d/pglite" });
  });
  it("accepts postgresql:// and postgres:// URLs", () => {
    expect(parseDatabaseUrl("postgresql://u:p@db.local:5433/perizinan", "/d")).toMatchObject({
      kind: "postgres",
      display: "db.local:5433/perizinan",
    });
    expect(parseDatabaseUrl("postgres://db/perizinan", "/d")).toMatchObject({ display: "db:5432/perizinan" });
  });
  it.each([
    ["not a url", /not a valid URL/],
    ["mysql://localhost/db", /must start with postgresql:\/\//],
    ["postgresql://localhost", /names no database/],
    ["postgresql://localhost/", /names no database/],
  ])("refuses %s with one clear line", (raw, message) => {
    expect(() => parseDatabaseUrl(raw, "/d")).toThrow(ConfigError);
    expect(() => parseDatabaseUrl(raw, "/d")).toThrow(message);
    try {
      parseDatabaseUrl(raw, "/d");
    } catch (e) {
      expect((e as Error).message).not.toContain("\n");
    }
  });
});

describe("getEnv", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    resetEnvCache();
  });
  it("defaults to port 3000, Asia/Jakarta and the embedded database in ./data", () => {
    delete process.env.DATABASE_URL;
    delete process.env.PORT;
    delete process.env.APP_TIME_ZONE;
    delete process.env.PGLITE_DATA_DIR;
    delete process.env.DATA_DIR;
    resetEnvCache();
    const env = getEnv();
    expect(env.PORT).toBe(3000);
    expect(env.APP_TIME_ZONE).toBe("Asia/Jakarta");
    expect(env.database.kind).toBe("embedded");
    expect(env.dataDir.endsWith("/data")).toBe(true);
  });
  it("refuses an unknown time zone and a bad port", () => {
    process.env.APP_TIME_ZONE = "Mars/Olympus";
    resetEnvCache();
    expect(() => getEnv()).toThrow(/APP_TIME_ZONE/);
    process.env.APP_TIME_ZONE = "Asia/Makassar";
    process.env.PORT = "70000";
    resetEnvCache();
    expect(() => getEnv()).toThrow(/PORT/);
  });
});
