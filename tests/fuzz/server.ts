// The fuzz test's server: the production build started by the e2e server script on a data folder the
// test keeps, stopped between runs so that the embedded database can be read (one process at a time).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";

export interface RunningServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

/** Starts scripts/e2e-server.ts on `dataDir` and `port`, its output appended to `logFile`. */
export async function startServer({ dataDir, port, logFile }: { dataDir: string; port: number; logFile: string }): Promise<RunningServer> {
  const log = fs.openSync(logFile, "a");
  const child: ChildProcess = spawn(process.execPath, [createRequire(import.meta.url).resolve("tsx/cli"), "--conditions=react-server", "scripts/e2e-server.ts"], {
    cwd: process.cwd(),
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      E2E_PORT: String(port),
      E2E_DATA_DIR: dataDir,
      // Nothing but the requests may write: the background jobs stay off.
      DEADLINE_SWEEP_MINUTES: "0",
      MAIL_WORKER_SECONDS: "0",
      REMINDER_MINUTES: "0",
    },
  });
  let exited = false;
  const exit = new Promise<void>((resolve) => child.on("exit", () => ((exited = true), resolve())));
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited) throw new Error(`The server exited while starting; see ${logFile}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`The server did not answer /api/health within 120 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    baseUrl,
    stop: async () => {
      if (!exited) child.kill("SIGTERM");
      await exit;
      fs.closeSync(log);
    },
  };
}

/** What the portal has stored: per table its row count and a digest of its rows, and the uploaded files. */
export interface StoredState {
  tables: Record<string, { rows: number; digest: string }>;
  uploads: string[];
}

export async function readStoredState(dataDir: string): Promise<StoredState> {
  const pg = await PGlite.create(path.join(dataDir, "pglite"));
  try {
    const { rows: names } = await pg.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    );
    const tables: StoredState["tables"] = {};
    for (const { name } of names) {
      const quoted = `"${name.replace(/"/g, '""')}"`;
      const { rows } = await pg.query<{ rows: number; digest: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM ${quoted} t`,
      );
      tables[name] = rows[0]!;
    }
    return { tables, uploads: listFiles(path.join(dataDir, "uploads")) };
  } finally {
    await pg.close();
  }
}

function listFiles(dir: string, prefix = ""): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}

/** The differences between two states, one line each; empty when nothing changed. */
export function describeChanges(before: StoredState, after: StoredState): string[] {
  const lines: string[] = [];
  for (const name of new Set([...Object.keys(before.tables), ...Object.keys(after.tables)])) {
    const a = before.tables[name];
    const b = after.tables[name];
    if (!a || !b) lines.push(`table ${name}: ${a ? "dropped" : "created"}`);
    else if (a.rows !== b.rows) lines.push(`table ${name}: ${a.rows} -> ${b.rows} rows`);
    else if (a.digest !== b.digest) lines.push(`table ${name}: rows changed (${a.rows} rows)`);
  }
  const added = after.uploads.filter((f) => !before.uploads.includes(f));
  const removed = before.uploads.filter((f) => !after.uploads.includes(f));
  if (added.length) lines.push(`uploads: ${added.length} new file(s): ${added.slice(0, 5).join(", ")}`);
  if (removed.length) lines.push(`uploads: ${removed.length} file(s) gone: ${removed.slice(0, 5).join(", ")}`);
  return lines;
}
