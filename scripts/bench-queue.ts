// npm run bench:queue [-- --count 100000 --reps 20] — measures the officers' queues
// (lib/review/find-queue.ts) on a throwaway database holding N applications, and prints the plans of
// the queue queries so that index use can be checked. Run on demand; figures are printed, never asserted.
//
// The database is an embedded PGlite in a temporary folder, or, when DATABASE_URL names a PostgreSQL
// server, a database created on that server for the run. Either is removed at the end.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Actor } from "@/lib/auth/permissions";
import { db, disconnectDb } from "@/lib/db/client";
import { closePglite, getPglite, openSqlConnection, type SqlConnection } from "@/lib/db/connection";
import { PrismaClient } from "@/lib/db/generated/client";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { getEnv, resetEnvCache, type DatabaseTarget } from "@/lib/env";
import { findQueue, QUEUE_PAGE_SIZE, type TQueueFilter } from "@/lib/review/find-queue";
import { localToday } from "@/lib/calendar/office-day";
import { DEMO_OFFICE } from "@/prisma/seed/demo";

const APPLICANTS = 5_000;

// ---------------------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv: string[]) {
  const options = { count: 100_000, reps: 20 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    const n = Number(value);
    if (flag === "--count" || flag === "-n") options.count = n;
    else if (flag === "--reps") options.reps = n;
    else throw new Error(`Unknown option ${flag}. Usage: bench-queue.ts [--count 100000] [--reps 20]`);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive whole number (got ${value})`);
  }
  return options;
}

// ---------------------------------------------------------------------------------------------------
// Throwaway database

interface Throwaway {
  /** Folder for DATA_DIR (and the embedded database); removed at the end. */
  tmpDir: string;
  /** The database created on a PostgreSQL server, dropped at the end. */
  server: { adminUrl: string; name: string } | null;
}

async function createThrowaway(): Promise<Throwaway> {
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "perizinan-bench-"));
  process.env.DATA_DIR = tmpDir;
  const serverUrl = process.env.DATABASE_URL?.trim();
  let server: Throwaway["server"] = null;
  if (serverUrl) {
    const name = `bench_queue_${crypto.randomBytes(5).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
    } finally {
      await admin.end();
    }
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    server = { adminUrl: serverUrl, name };
  } else {
    process.env.PGLITE_DATA_DIR = path.join(tmpDir, "pglite");
  }
  resetEnvCache();
  return { tmpDir, server };
}

async function removeThrowaway(t: Throwaway, database: DatabaseTarget | undefined) {
  await disconnectDb().catch(() => {});
  if (database?.kind === "embedded") await closePglite(database.dataDir).catch(() => {});
  if (t.server) {
    const admin = new pg.Client({ connectionString: t.server.adminUrl, connectionTimeoutMillis: 10_000 });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${t.server.name}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
    process.env.DATABASE_URL = t.server.adminUrl;
  }
  fs.rmSync(t.tmpDir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------------
// Prisma client with query capture

interface CapturedQuery {
  sql: string;
  params: unknown[];
  ms: number;
}

/**
 * Installs, as the process's client (lib/db/client.ts keeps it on globalThis.__prisma), one built like
 * the portal's but emitting query events, so that the SQL findQueue really sends can be explained.
 */
function installCapturingClient(database: DatabaseTarget) {
  const adapter =
    database.kind === "embedded"
      ? new PrismaPGlite(getPglite(database.dataDir))
      : new PrismaPg({ connectionString: database.url, max: 10 });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  (globalThis as { __prisma?: unknown }).__prisma = client;
  let sink: CapturedQuery[] | null = null;
  client.$on("query", (e) => {
    if (!sink) return;
    let params: unknown[] = [];
    try {
      params = JSON.parse(e.params) as unknown[];
    } catch {
      // Left empty: the statement is then explained without parameters and may fail; reported below.
    }
    sink.push({ sql: e.query, params, ms: e.duration });
  });
  return {
    installed: db() === (client as unknown),
    async capture<T>(run: () => Promise<T>) {
      sink = [];
      try {
        await run();
        return sink;
      } finally {
        sink = null;
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Data

const FIRST_NAMES = [
  "Agus", "Ahmad", "Bayu", "Budi", "Citra", "Dedi", "Dewi", "Dian", "Eko", "Fajar", "Fitri", "Gilang", "Hendra",
  "Indah", "Intan", "Joko", "Kartika", "Made", "Nur", "Putri", "Ratna", "Rina", "Rudi", "Sari", "Siti", "Taufik",
  "Wahyu", "Yuni", "Zainal", "Ketut",
];
const LAST_NAMES = [
  "Wijaya", "Santoso", "Saputra", "Hidayat", "Pratama", "Kusuma", "Lestari", "Nugroho", "Rahmawati", "Setiawan",
  "Gunawan", "Hakim", "Siregar", "Nasution", "Harahap", "Simanjuntak", "Sihombing", "Putra", "Utami", "Wibowo",
  "Susanto", "Halim", "Tanjung", "Purba", "Sinaga",
];
const sqlArray = (items: string[]) => `ARRAY[${items.map((s) => `'${s.replaceAll("'", "''")}'`).join(", ")}]`;
/** A deterministic pseudo-random non-negative integer from a text key (same data on every run and engine). */
const h = (key: string) => `(hashtext(${key})::bigint & 2147483647)`;
/** The same cuid-like id (c + 24 hex) for a kind of row and its number, so rows can refer to each other. */
const idOf = (kind: string, n: string) => `('c' || substr(md5('${kind}' || ${n}), 1, 24))`;

const DECIDED = `('ISSUED', 'REJECTED', 'WITHDRAWN')`;
const CLOCK_RUNNING = `('TECHNICAL_REVIEW', 'PROCESSING', 'APPROVAL')`;

async function insertApplicants(officeId: string) {
  return db().$executeRawUnsafe(
    `INSERT INTO "User" ("id", "officeId", "email", "nik", "fullName", "phone", "passwordHash", "role", "createdAt", "updatedAt")
     SELECT ${idOf("applicant", "g")}, $1::text, 'pemohon' || g || '@bench.contoh.id', '9' || lpad(g::text, 15, '0'),
            (${sqlArray(FIRST_NAMES)})[1 + g % ${FIRST_NAMES.length}] || ' ' || (${sqlArray(LAST_NAMES)})[1 + (g / ${FIRST_NAMES.length}) % ${LAST_NAMES.length}],
            '+628' || lpad(g::text, 10, '0'), '!bench: no login', 'APPLICANT',
            (now() AT TIME ZONE 'UTC') - (g % 700) * interval '1 day', (now() AT TIME ZONE 'UTC')
       FROM generate_series(1, $2::int) AS g`,
    officeId,
    APPLICANTS,
  );
}

/**
 * N applications in one statement: ~60% decided (issued 45%, rejected 10%, withdrawn 5%), the rest
 * submitted 8%, verification 8%, technical review 8% (only types whose workflow has one, as in
 * lib/workflow/transitions.ts), processing 10%, approval 6%; permit types and applicants drawn evenly.
 * Decided files were submitted over the last year, those waiting in the front office over the last 60
 * days; a running clock's due day lies within ±60 days of today, its start the type's service level
 * before that (never later than yesterday) and its submission one to three days before the start.
 * Registration numbers follow submission order per year.
 */
async function insertApplications(officeId: string, count: number, today: string) {
  const now = `(now() AT TIME ZONE 'UTC')`;
  return db().$executeRawUnsafe(
    `WITH types AS (
       SELECT p."id", p."currentVersionId" AS "versionId", v."slaDays",
              (row_number() OVER (ORDER BY p."code") - 1)::int AS k,
              CASE WHEN v."workflow" IN ('survey', 'verification')
                   THEN (row_number() OVER (PARTITION BY v."workflow" IN ('survey', 'verification') ORDER BY p."code") - 1)::int END AS "kTech"
         FROM "PermitType" p JOIN "PermitTypeVersion" v ON v."id" = p."currentVersionId"
        WHERE p."officeId" = $1::text
     ),
     counts AS (SELECT count(*)::int AS "all", count("kTech")::int AS tech FROM types),
     base AS (
       SELECT g,
              (CASE WHEN r < 45 THEN 'ISSUED' WHEN r < 55 THEN 'REJECTED' WHEN r < 60 THEN 'WITHDRAWN'
                    WHEN r < 68 THEN 'SUBMITTED' WHEN r < 76 THEN 'VERIFICATION' WHEN r < 84 THEN 'TECHNICAL_REVIEW'
                    WHEN r < 94 THEN 'PROCESSING' ELSE 'APPROVAL' END)::"ApplicationStatus" AS status,
              ${h("'type' || g")} AS rt,
              1 + ${h("'applicant' || g")} % $3::int AS ra
         FROM (SELECT g, ${h("'status' || g")} % 100 AS r FROM generate_series(1, $2::int) AS g) s
     ),
     typed AS (
       SELECT b.*, t."id" AS "permitTypeId", t."versionId", t."slaDays"
         FROM base b
        CROSS JOIN counts c
         JOIN types t ON CASE WHEN b.status = 'TECHNICAL_REVIEW' AND c.tech > 0 THEN t."kTech" = b.rt % c.tech
                              ELSE t.k = b.rt % c."all" END
     ),
     clocked AS (
       SELECT typed.*,
              CASE WHEN status IN ${CLOCK_RUNNING} THEN $4::date + ((${h("'due' || g")} % 121)::int - 60) END AS "dueDay"
         FROM typed
     ),
     started AS (
       SELECT clocked.*,
              -- Accepted during office hours (08:00-16:00 in Jakarta, 01:00-09:00 UTC).
              CASE WHEN "dueDay" IS NOT NULL
                   THEN LEAST("dueDay" - ceil("slaDays" * 7 / 5.0)::int, $4::date - 1)::timestamp
                        + interval '1 hour' + (${h("'clock' || g")} % 28800) * interval '1 second' END AS "runningSince"
         FROM clocked
     ),
     submitted AS (
       SELECT started.*,
              date_trunc('milliseconds', CASE
                WHEN "runningSince" IS NOT NULL THEN "runningSince" - (1 + ${h("'lead' || g")} % 3) * interval '1 day'
                WHEN status IN ('SUBMITTED', 'VERIFICATION') THEN ${now} - (${h("'submitted' || g")} % 5184000) * interval '1 second'
                ELSE ${now} - (${h("'submitted' || g")} % 31536000) * interval '1 second' END) AS "submittedAt"
         FROM started
     ),
     numbered AS (
       SELECT submitted.*,
              -- The registration year is the office's (UTC+7; Indonesia has no daylight saving time).
              extract(year FROM "submittedAt" + interval '7 hours')::int AS "year",
              row_number() OVER (PARTITION BY extract(year FROM "submittedAt" + interval '7 hours') ORDER BY "submittedAt", g)::int AS seq,
              LEAST("submittedAt" + (1 + ${h("'decided' || g")} % 20) * interval '1 day', ${now}) AS "decidedAt"
         FROM submitted
     )
     INSERT INTO "Application" (
       "id", "officeId", "applicantId", "permitTypeId", "permitTypeVersionId", "status",
       "registrationNumber", "registrationYear", "registrationSeq", "trackingToken", "data", "lockVersion",
       "submittedAt", "clockStartedAt", "decidedAt", "dueDay", "deemedApproved", "createdAt", "updatedAt")
     SELECT ${idOf("application", "n.g")}, $1::text, ${idOf("applicant", "n.ra")}, n."permitTypeId", n."versionId", n.status,
            'REG-' || n."year" || '-' || lpad(n.seq::text, 6, '0'), n."year", n.seq,
            upper(substr(md5('token' || n.g), 1, 5) || '-' || substr(md5('token' || n.g), 6, 5)),
            jsonb_build_object('businessName', 'Usaha Contoh ' || n.g, 'address', 'Jl. Contoh No. ' || (n.g % 300) || ', Kota Contoh',
                               'phone', '+62812' || lpad((n.g % 10000000)::text, 7, '0'), 'notes', repeat('catatan ', 12)),
            3,
            n."submittedAt",
            date_trunc('milliseconds', CASE
              WHEN n."runningSince" IS NOT NULL THEN n."runningSince"
              WHEN n.status IN ('ISSUED', 'REJECTED') THEN LEAST(n."submittedAt" + interval '1 day', n."decidedAt") END),
            CASE WHEN n.status IN ${DECIDED} THEN n."decidedAt" END,
            n."dueDay",
            false,
            n."submittedAt" - interval '3 hours',
            CASE WHEN n.status IN ${DECIDED} THEN n."decidedAt" ELSE COALESCE(n."runningSince", n."submittedAt") END
       FROM numbered n`,
    officeId,
    count,
    APPLICANTS,
    today,
  );
}

async function fillDatabase(officeId: string, count: number, today: string) {
  const users = await insertApplicants(officeId);
  const applications = await insertApplications(officeId, count, today);
  if (applications !== count) throw new Error(`Inserted ${applications} applications instead of ${count}`);
  // Keep the office's counters in step, as submissions would have.
  await db().$executeRawUnsafe(
    `INSERT INTO "RegistrationCounter" ("officeId", "year", "lastSeq")
     SELECT "officeId", "registrationYear", max("registrationSeq") FROM "Application"
      WHERE "officeId" = $1::text AND "registrationYear" IS NOT NULL GROUP BY "officeId", "registrationYear"
     ON CONFLICT ("officeId", "year") DO UPDATE SET "lastSeq" = EXCLUDED."lastSeq"`,
    officeId,
  );
  await db().$executeRawUnsafe(`ANALYZE`);
  return { users, applications };
}

// ---------------------------------------------------------------------------------------------------
// Measuring

interface Scenario {
  name: string;
  actor: Actor;
  filter: TQueueFilter;
  /** What would help this query shape, printed when its plan shows a concern. */
  advice?: string;
}

interface Figures {
  name: string;
  rows: number;
  more: boolean;
  statements: number;
  min: number;
  median: number;
  p95: number;
  max: number;
  /** Median of the time Prisma reports for the call's statements together. */
  dbMedian: number;
}

function percentile(sorted: number[], p: number) {
  // Nearest rank: with 20 samples the p95 is the 19th.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

type Capture = <T>(run: () => Promise<T>) => Promise<CapturedQuery[]>;

/**
 * Lets the event loop take a turn. PGlite answers through promises alone, so a loop of awaited
 * queries never reaches the point where Node handles signals: without this Ctrl-C would go unheard.
 */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

async function measure(s: Scenario, reps: number, capture: Capture): Promise<Figures> {
  let result: Awaited<ReturnType<typeof findQueue>> | undefined;
  const call = async () => {
    result = await findQueue({ actor: s.actor, filter: s.filter });
  };
  // Warm-up: plan caches, buffers, the JIT of the query compiler.
  await call();
  await call();
  const times: number[] = [];
  const dbTimes: number[] = [];
  let statements = 0;
  for (let i = 0; i < reps; i++) {
    await breathe();
    let elapsed = 0;
    const queries = await capture(async () => {
      const start = performance.now();
      await call();
      elapsed = performance.now() - start;
    });
    times.push(elapsed);
    dbTimes.push(queries.reduce((sum, q) => sum + q.ms, 0));
    statements = queries.length;
  }
  times.sort((a, b) => a - b);
  dbTimes.sort((a, b) => a - b);
  return {
    name: s.name,
    rows: result!.items.length,
    more: result!.nextCursor !== null,
    statements,
    min: times[0]!,
    median: percentile(times, 50),
    p95: percentile(times, 95),
    max: times[times.length - 1]!,
    dbMedian: percentile(dbTimes, 50),
  };
}

/** Follows nextCursor towards the given page (1-based); stops at the last page of a short queue. */
async function pageFilter(actor: Actor, filter: TQueueFilter, page: number) {
  let after: string | undefined;
  let reached = 1;
  while (reached < page) {
    await breathe();
    const { nextCursor } = await findQueue({ actor, filter: { ...filter, after } });
    if (!nextCursor) break;
    after = nextCursor;
    reached++;
  }
  return { page: reached, filter: { ...filter, after } };
}

// ---------------------------------------------------------------------------------------------------
// Plans

/** Runs EXPLAIN ANALYZE with buffer counts where the engine allows it. */
async function explain(sql: SqlConnection, statement: string, params: unknown[]) {
  for (const options of ["ANALYZE, BUFFERS", "ANALYZE"]) {
    try {
      const rows = await sql.query<{ "QUERY PLAN": string }>(`EXPLAIN (${options}) ${statement}`, params);
      return [...(options === "ANALYZE" ? ["(BUFFERS refused by this engine)"] : []), ...rows.map((r) => r["QUERY PLAN"])];
    } catch (error) {
      if (options === "ANALYZE") return [`(EXPLAIN failed: ${(error as Error).message.split("\n")[0]})`];
    }
  }
  return [];
}

/**
 * Plan nodes worth a second look: sequential scans (of Application, or of more than a few rows), and
 * reading many more Application rows than a page shows — rows the scan returns plus rows its filter
 * throws away (a condition the index cannot apply, or an order it cannot give).
 */
function findConcerns(plan: string[]) {
  const concerns: string[] = [];
  let applicationRows = 0;
  let inApplicationScan = false;
  for (const line of plan) {
    const actual = /actual time=[\d.]+\.\.[\d.]+ rows=([\d.]+) loops=(\d+)/.exec(line);
    const rows = actual ? Math.round(Number(actual[1]) * Number(actual[2])) : 0;
    if (actual) inApplicationScan = /Scan.* on "?Application"?\s/.test(line);
    const seq = /Seq Scan on "?(\w+)"?/.exec(line);
    if (seq && (seq[1] === "Application" || rows > 1000)) concerns.push(`sequential scan of ${seq[1]} (${rows} rows)`);
    if (inApplicationScan && actual) applicationRows += rows;
    const removed = /Rows Removed by (?:Filter|Index Recheck): (\d+)/.exec(line);
    if (inApplicationScan && removed) applicationRows += Number(removed[1]);
  }
  if (applicationRows > 1000) concerns.push(`reads ${applicationRows} Application rows for a page of ${QUEUE_PAGE_SIZE}`);
  return concerns;
}

const ADVICE = {
  twoStages: `the front office's queue lists two stages (SUBMITTED, VERIFICATION) ordered by submittedAt:
    Application(officeId, status, submittedAt, id) finds them but cannot give that order across two
    status values, so every waiting file is read and sorted for each page; the cost grows with the
    backlog, not with the page. A partial index ("officeId", "submittedAt", "id") WHERE "status" IN
    ('SUBMITTED', 'VERIFICATION') serves the order, but PostgreSQL does not use it for this query: Prisma
    sends enum values as CAST($n::text AS "ApplicationStatus"), which the planner cannot match to an
    index predicate. The fix is in find-queue.ts, not an index: one query per stage (each an ordered
    scan of the existing index, take 26) merged by (submittedAt, id) and cut to the page.`,
  keyset: `the keyset condition reaches the database as (sortDay > $at OR (sortDay = $at AND id > $id)),
    which PostgreSQL applies as a filter, not an index bound, so page n reads the n-1 pages before it.
    No index fixes that; adding the redundant bound { [sortColumn]: { gte: cursor.at } } next to the
    OR in find-queue.ts lets Application(officeId, status, dueDay|submittedAt, id) start at the cursor.`,
  search: `the free-text search is one OR across Application.registrationNumber (LIKE '%q%') and
    User.fullName (ILIKE '%q%') through a LEFT JOIN, so every file of the queue and every user is read.
    No B-tree helps a leading wildcard, and no index can serve an OR across two tables. It stays
    bounded by the size of the queue; if it grows too slow: trigram indexes (pg_trgm) on
    "User"("fullName") and "Application"("registrationNumber") with the search written as a UNION of
    the two matches (PGlite must then load the extension: new PGlite(dir, { extensions: { pg_trgm } })
    from @electric-sql/pglite/contrib/pg_trgm), or an exact-number / name-prefix search instead of "contains".`,
  type: `the permit-type filter: Application(officeId, status, permitTypeId, dueDay, id).`,
  technical: `the technical team's queue (the permit types of one agency): Application(officeId, status,
    permitTypeId, dueDay, id), queried with permitTypeId IN (the agency's types) instead of the join.`,
} as const;

// ---------------------------------------------------------------------------------------------------

const ms = (n: number) => n.toFixed(1).padStart(8);

/** Set on Ctrl-C: the clean-up under way, which the failing main must wait for before exiting. */
let interruption: Promise<void> | null = null;

async function main() {
  const { count, reps } = parseArgs(process.argv.slice(2));
  const throwaway = await createThrowaway();
  let database: DatabaseTarget | undefined;
  let sql: SqlConnection | undefined;
  const onSignal = () => {
    if (interruption) return;
    console.error("\nInterrupted: removing the throwaway database...");
    interruption = (async () => {
      await sql?.close().catch(() => {});
      await removeThrowaway(throwaway, database).catch((e: unknown) => console.error(`Clean-up failed: ${String(e)}`));
    })().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    database = getEnv().database;
    const engineName = database.kind === "embedded" ? "embedded PGlite" : `PostgreSQL ${database.display}`;
    const capturing = installCapturingClient(database);
    if (!capturing.installed) console.warn("warning: could not install the query-capturing client; plans will be skipped.");

    let started = performance.now();
    await prepareDatabase({ seed: "always" });
    const prepareMs = performance.now() - started;

    const office = await db().office.findUniqueOrThrow({ where: { code: DEMO_OFFICE.code }, select: { id: true, timeZone: true } });
    const today = localToday(office.timeZone);
    started = performance.now();
    const filled = await fillDatabase(office.id, count, today);
    const fillMs = performance.now() - started;

    sql = await openSqlConnection(database);
    const [{ version }] = (await sql.query<{ version: string }>("SELECT version()")) as [{ version: string }];
    const byStatus = await sql.query<{ status: string; n: number }>(
      `SELECT status::text AS status, count(*)::int AS n FROM "Application" GROUP BY status ORDER BY n DESC`,
    );
    const [{ size }] = (await sql.query<{ size: string }>(
      `SELECT pg_size_pretty(pg_total_relation_size('"Application"')) AS size`,
    )) as [{ size: string }];

    const actorOf = async (email: string): Promise<Actor> => {
      const u = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, agencyId: true, officeId: true } });
      return u;
    };
    const frontOffice = await actorOf("front.office@kotacontoh.go.id");
    const backOffice = await actorOf("back.office@kotacontoh.go.id");
    const head = await actorOf("kepala@kotacontoh.go.id");
    const dinkes = await actorOf("dinkes@kotacontoh.go.id");
    // A file waiting in the front office, as a clerk would look it up from the applicant's receipt.
    const sample = await db().application.findFirst({
      where: { officeId: office.id, status: { in: ["SUBMITTED", "VERIFICATION"] } },
      orderBy: { registrationNumber: "desc" },
      select: { registrationNumber: true },
    });
    const number = sample?.registrationNumber ?? `REG-${today.slice(0, 4)}-000001`;
    const reklame = await db().permitType.findUniqueOrThrow({
      where: { officeId_code: { officeId: office.id, code: "IZIN-REKLAME" } },
      select: { id: true },
    });
    // Four fifths of the way through the back office's queue: the deep end of keyset paging.
    const processing = byStatus.find((r) => r.status === "PROCESSING")?.n ?? 0;
    const deepPage = Math.max(2, Math.floor((processing * 0.8) / QUEUE_PAGE_SIZE));

    const foPage20 = await pageFilter(frontOffice, {}, 20);
    const boPage20 = await pageFilter(backOffice, {}, 20);
    const boDeep = await pageFilter(backOffice, {}, deepPage);
    const listed: Scenario[] = [
      { name: "front office, first page", actor: frontOffice, filter: {}, advice: ADVICE.twoStages },
      { name: `front office, page ${foPage20.page}`, actor: frontOffice, filter: foPage20.filter, advice: ADVICE.twoStages },
      { name: "front office, stage VERIFICATION only", actor: frontOffice, filter: { stage: "VERIFICATION" } },
      { name: "back office, first page (due day)", actor: backOffice, filter: {} },
      { name: `back office, page ${boPage20.page}`, actor: backOffice, filter: boPage20.filter, advice: ADVICE.keyset },
      { name: `back office, page ${boDeep.page}`, actor: backOffice, filter: boDeep.filter, advice: ADVICE.keyset },
      { name: "back office, marker late", actor: backOffice, filter: { marker: "late" } },
      { name: "back office, permit type IZIN-REKLAME", actor: backOffice, filter: { permitTypeId: reklame.id }, advice: ADVICE.type },
      { name: "head, first page", actor: head, filter: {} },
      { name: "technical DINKES, first page", actor: dinkes, filter: {}, advice: ADVICE.technical },
      { name: `front office, search ${number}`, actor: frontOffice, filter: { q: number } },
      { name: `front office, search "wijaya"`, actor: frontOffice, filter: { q: "wijaya" }, advice: ADVICE.search },
      { name: `front office, search "${number.slice(-6)}" (part of a number)`, actor: frontOffice, filter: { q: number.slice(-6) }, advice: ADVICE.search },
      { name: `front office, search "zzqx" (no match)`, actor: frontOffice, filter: { q: "zzqx" }, advice: ADVICE.search },
    ];
    // A short queue (a small --count) can make two of the paging cases the same page.
    const scenarios = listed.filter((s, i) => listed.findIndex((o) => o.name === s.name) === i);

    console.log(`\nQueue benchmark — ${engineName}`);
    console.log(`  ${version.split(",")[0]}`);
    console.log(
      `  ${filled.applications.toLocaleString("en")} applications (${size}), ${filled.users.toLocaleString("en")} applicants; ` +
        `migrate+seed ${(prepareMs / 1000).toFixed(1)} s, fill+analyze ${(fillMs / 1000).toFixed(1)} s`,
    );
    console.log(`  by status: ${byStatus.map((r) => `${r.status} ${r.n}`).join(", ")}`);
    console.log(`  today (${office.timeZone}) ${today}; page size ${QUEUE_PAGE_SIZE}; ${reps} timed calls each after 2 warm-up calls\n`);

    const figures: Figures[] = [];
    for (const s of scenarios) figures.push(await measure(s, reps, capturing.capture));

    const width = Math.max(...figures.map((f) => f.name.length));
    const header = `${"findQueue call".padEnd(width)}  rows  more   min ms  median ms   p95 ms   max ms  db ms*`;
    console.log(header);
    console.log("-".repeat(header.length));
    for (const f of figures) {
      console.log(
        `${f.name.padEnd(width)}  ${String(f.rows).padStart(4)}  ${(f.more ? "yes" : "no").padStart(4)} ${ms(f.min)}   ${ms(f.median)} ${ms(f.p95)} ${ms(f.max)} ${ms(f.dbMedian)}`,
      );
    }
    console.log(
      `Each call is the whole findQueue (${figures[0]?.statements ?? "?"} statements: the queue query, its relation queries and the office calendar).\n` +
        "* db ms: median time Prisma reports for those statements together; the rest is Prisma's and findQueue's own work.",
    );

    if (capturing.installed) {
      console.log("\nPlans of the Application queries (EXPLAIN (ANALYZE, BUFFERS), or ANALYZE alone where BUFFERS is refused)");
      const findings: string[] = [];
      const sequential: string[] = [];
      for (const s of scenarios) {
        await breathe();
        const queries = await capturing.capture(() => findQueue({ actor: s.actor, filter: s.filter }));
        const main = queries.find((q) => /FROM\s+"public"\."Application"/.test(q.sql));
        console.log(`\n=== ${s.name} (${queries.length} statements in the call)`);
        if (!main) {
          console.log("(no Application query captured)");
          continue;
        }
        console.log(`SQL: ${main.sql}`);
        console.log(`params: ${JSON.stringify(main.params)}`);
        const plan = await explain(sql, main.sql, main.params);
        for (const line of plan) console.log(`  ${line}`);
        const concerns = findConcerns(plan);
        if (concerns.some((c) => c.startsWith("sequential scan of Application"))) sequential.push(s.name);
        if (!concerns.length) continue;
        findings.push(`- ${s.name}: ${concerns.join("; ")}`);
        const advice = s.advice ?? "no suggestion for this shape: read its plan above.";
        if (!findings.includes(`    ${advice}`)) findings.push(`    ${advice}`);
        else findings.push("    (see the suggestion above)");
      }
      console.log("\nFindings");
      console.log(`Sequential scans of Application: ${sequential.length ? sequential.join(", ") : "none"}.`);
      console.log(findings.length ? findings.join("\n") : "No query reads far more rows than its page.");
    }
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    if (!interruption) {
      await sql?.close().catch(() => {});
      await removeThrowaway(throwaway, database);
      console.log(`\nRemoved the throwaway database${throwaway.server ? ` ${throwaway.server.name}` : ""} and ${throwaway.tmpDir}.`);
    }
  }
}

main().then(
  () => process.exit(0),
  async (error) => {
    // Interrupted: the queries failed because the database went away; the clean-up exits.
    if (interruption) return interruption;
    console.error(error instanceof Error && !("code" in error) ? `Error: ${error.message}` : error);
    process.exit(1);
  },
);
