// The secret that signs session tokens. In embedded mode it is generated once and kept in the data
// folder; with a PostgreSQL server every instance must share one, so it has to be configured.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ConfigError, getEnv, type Env } from "@/lib/env";

let cached: string | undefined;

export function getAuthSecret(): string {
  cached ??= loadAuthSecret(getEnv());
  return cached;
}

/** Reads the configured secret or, in embedded mode, the one kept in the data folder (made on first use). */
export function loadAuthSecret(env: Pick<Env, "NEXTAUTH_SECRET" | "database" | "dataDir">): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.database.kind === "postgres") {
    throw new ConfigError(
      "NEXTAUTH_SECRET is required with a PostgreSQL DATABASE_URL (generate one with: openssl rand -base64 48)",
    );
  }
  const file = path.join(env.dataDir, "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(env.dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, crypto.randomBytes(48).toString("base64"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    return fs.readFileSync(file, "utf8").trim();
  }
}
