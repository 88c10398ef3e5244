// Environment of the portal, read once and validated. Every setting is documented in README.md.
import path from "node:path";
import { z } from "zod";
import { isTimeZone } from "@/lib/calendar/time-zone";

export class ConfigError extends Error {
  override name = "ConfigError";
}

const ZEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined)),
  DATA_DIR: z.string().trim().default("data"),
  /** Where the embedded database lives; defaults to DATA_DIR/pglite. "memory://" keeps it in memory (tests). */
  PGLITE_DATA_DIR: z.string().trim().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url("NEXTAUTH_URL must be a full URL such as https://perizinan.example.go.id").optional(),
  /** Ed25519 private key (PEM, PKCS#8) that signs issued documents; generated in DATA_DIR in embedded mode. */
  SIGNING_PRIVATE_KEY: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined)),
  /** The time zone a newly created office starts with; afterwards each office's own (Office.timeZone) counts. */
  APP_TIME_ZONE: z
    .string()
    .default("Asia/Jakarta")
    .refine(isTimeZone, "APP_TIME_ZONE must be an IANA time zone such as Asia/Jakarta"),
  SEED_DEMO: z
    .enum(["0", "1", "true", "false", ""])
    .optional()
    .transform((v) => v === "1" || v === "true"),
  /** Minutes between deadline sweeps (deemed approval, lapse flags) and permit expiry runs in each server; 0 turns them off. */
  DEADLINE_SWEEP_MINUTES: z.coerce.number().int().min(0).default(15),
  /**
   * The mail server, e.g. smtp://user:password@mail.example.go.id:587 (smtps:// for TLS from the
   * start). Without it mails are kept in the database for the admin's mail log instead of being sent.
   */
  SMTP_URL: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || /^smtps?:\/\/[^\s]+$/.test(v), "SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465"),
  /** The sender of the portal's mails. */
  MAIL_FROM: z.string().default("Portal Perizinan <no-reply@perizinan.local>"),
  /** Hours a mail is retried (with growing pauses) before it is shown as failed. */
  MAIL_GIVE_UP_HOURS: z.coerce.number().min(0.01).default(48),
  /** Seconds between outbox runs in each server; 0 turns the worker off. */
  MAIL_WORKER_SECONDS: z.coerce.number().int().min(0).default(10),
  /** Minutes between reminder runs (expiring permits, commitments, the staff digest); 0 turns them off. */
  REMINDER_MINUTES: z.coerce.number().int().min(0).default(60),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
});

export type Env = z.infer<typeof ZEnvSchema> & {
  /** Absolute path of the data folder (embedded database, generated secrets). */
  dataDir: string;
  database: DatabaseTarget;
};

export type DatabaseTarget =
  | { kind: "embedded"; dataDir: string }
  | { kind: "postgres"; url: string; display: string };

/** Parses a DATABASE_URL into a target, or throws a one-line ConfigError saying what is wrong. */
export function parseDatabaseUrl(raw: string | undefined, embeddedDir: string): DatabaseTarget {
  if (!raw) return { kind: "embedded", dataDir: embeddedDir };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError("DATABASE_URL is not a valid URL: expected postgresql://user:password@host:5432/database");
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new ConfigError(
      `DATABASE_URL must start with postgresql:// (got ${url.protocol}//); leave it unset to use the embedded database`,
    );
  }
  if (!url.hostname) throw new ConfigError("DATABASE_URL has no host name");
  const database = url.pathname.replace(/^\//, "");
  if (!database) throw new ConfigError("DATABASE_URL names no database (the part after the last /)");
  return { kind: "postgres", url: raw, display: `${url.hostname}:${url.port || "5432"}/${database}` };
}

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = ZEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${issue.path.join(".")}: ${issue.message}`);
  }
  const dataDir = path.resolve(parsed.data.DATA_DIR);
  const embeddedDir = parsed.data.PGLITE_DATA_DIR || path.join(dataDir, "pglite");
  cached = { ...parsed.data, dataDir, database: parseDatabaseUrl(parsed.data.DATABASE_URL, embeddedDir) };
  return cached;
}

/** For tests that change the environment between cases. */
export function resetEnvCache() {
  cached = undefined;
}
