// The fuzz test: thousands of generated malformed requests against the built portal (pages, route
// handlers, uploads, server actions; anonymous and as the demo applicant). It passes when no answer is
// a server error and nothing was stored by a request the portal refused.
//
//   npm run test:fuzz                      FUZZ_SEED, FUZZ_RUNS (default 2000), FUZZ_TIME_BUDGET_SECONDS (480),
//   FUZZ_SEED=7 FUZZ_ONLY=12,40 npm run ... FUZZ_PORT (3200); FUZZ_ONLY re-sends only the requests with those numbers.
//
// How "nothing stored" is checked: the embedded database belongs to the running server, so the server
// runs three times on one kept data folder. First to log in and note the demo data's ids; then the
// folder is copied and its tables (row counts and a digest of every row) and uploaded files are read;
// then the generated requests are sent and the folder is read again. If anything changed, the copy
// is served once more and only the refused requests are sent again: the copy must then read exactly
// as before, or a refused request has stored something.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { computeCacheBustingSearchParam } from "next/dist/shared/lib/router/utils/cache-busting-search-param";
import { DEMO_PASSWORD, DEMO_USERS } from "../../prisma/seed/demo";
import { describeChanges, readStoredState, startServer, type RunningServer } from "./server";
import { encodeBody, excerpt, listActions, listRoutes, POOLS, requestArbitrary, resolveText, type FuzzRequest, type Pool, type Resolver } from "./requests";

const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const BUDGET_MS = Number(process.env.FUZZ_TIME_BUDGET_SECONDS ?? 480) * 1000;
const PORT = Number(process.env.FUZZ_PORT ?? 3200);
const ONLY = process.env.FUZZ_ONLY ? new Set(process.env.FUZZ_ONLY.split(",").map(Number)) : null;
const REQUEST_TIMEOUT_MS = 30_000;
const HEAD_LIMIT = 16 * 1024;
const OUT = path.join(process.cwd(), "test-results", "fuzz");
const ORIGIN = `http://localhost:${PORT}`;

interface Result {
  index: number;
  request: FuzzRequest;
  status: number;
  location: string | null;
  /** Refused by the portal: an error status, or an answer that says the input was not taken. */
  refused: boolean;
  ms: number;
  sent: { path: string; headers: Record<string, string>; body: string };
  answer: string;
}

async function main() {
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.error("No production build in .next: run `npm run build` first (npm test builds it in its e2e step).");
    process.exit(1);
  }
  fs.mkdirSync(OUT, { recursive: true });
  const logFile = path.join(OUT, "server.log");
  fs.writeFileSync(logFile, "");
  const routes = listRoutes();
  const actions = listActions();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "perizinan-fuzz-"));
  const dataDir = path.join(work, "data");
  const copyDir = path.join(work, "before");
  const started = Date.now();
  console.log(`fuzz: seed ${SEED}, ${RUNS} requests, ${routes.length} routes, ${actions.length} actions, data in ${work}`);

  try {
    // 1. Log in and learn the demo data's ids.
    const applicant = DEMO_USERS.find((u) => u.role === "APPLICANT")!;
    let server = await startServer({ dataDir, port: PORT, logFile });
    let session: string;
    let pools: Record<Pool, string[]>;
    try {
      session = await login(server.baseUrl, applicant.email, DEMO_PASSWORD);
      pools = await readPools(server.baseUrl, session);
      await startDrafts(server.baseUrl, session, pools.permit);
      await registerBusiness(server.baseUrl, session, applicant);
      pools = await readPools(server.baseUrl, session);
    } finally {
      await server.stop();
    }
    console.log(`fuzz: logged in as ${applicant.email}; known ids: ${POOLS.map((p) => `${p} ${pools[p].length}`).join(", ")}`);
    fs.cpSync(dataDir, copyDir, { recursive: true });
    const before = await readStoredState(dataDir);
    const resolver: Resolver = { pools, actions };

    // 2. The generated requests.
    const all = fc.sample(requestArbitrary({ routes, actions, origin: ORIGIN }), { seed: SEED, numRuns: RUNS });
    const chosen = all.map((request, index) => ({ request, index })).filter(({ index }) => !ONLY || ONLY.has(index));
    server = await startServer({ dataDir, port: PORT, logFile });
    let results: Result[];
    try {
      await checkSession(server, session);
      results = await sendAll(server, chosen, resolver, session);
    } finally {
      await server.stop();
    }
    const elapsed = (Date.now() - started) / 1000;
    report(results, logFile);

    const failures: string[] = [];
    const serverErrors = results.filter((r) => r.status >= 500 || r.status === 0);
    if (serverErrors.length) failures.push(`${serverErrors.length} request(s) answered with a server error or not at all`);
    const uncaught = fs.readFileSync(logFile, "utf8").match(/uncaughtException|unhandledRejection/g)?.length ?? 0;
    if (uncaught) failures.push(`the server reported ${uncaught} uncaught exception(s) or unhandled rejection(s) (see ${logFile})`);
    if (results.length < chosen.length) failures.push(`only ${results.length} of ${chosen.length} requests were sent within ${BUDGET_MS / 1000} s`);

    // 3. Nothing stored by a refused request.
    const changes = describeChanges(before, await readStoredState(dataDir));
    const taken = results.filter((r) => !r.refused && r.request.method === "POST");
    const refused = results.filter((r) => r.refused);
    console.log(`fuzz: ${refused.length} refused, ${results.length - refused.length} taken (${taken.length} of them posts)`);
    if (changes.length === 0) {
      console.log("fuzz: nothing stored (tables and uploads read exactly as before)");
    } else {
      console.log(`fuzz: stored during the run:\n  ${changes.join("\n  ")}`);
      if (taken.length === 0) {
        failures.push("something was stored although every post was refused");
      } else {
        console.log(`fuzz: sending the ${refused.length} refused requests again to a copy of the data from before the run`);
        server = await startServer({ dataDir: copyDir, port: PORT, logFile });
        let again: Result[];
        try {
          await checkSession(server, session);
          again = await sendAll(server, refused, resolver, session);
        } finally {
          await server.stop();
        }
        const storedByRefused = describeChanges(before, await readStoredState(copyDir));
        if (again.length < refused.length) failures.push(`only ${again.length} of ${refused.length} refused requests were sent again within the time budget`);
        const againErrors = again.filter((r) => r.status >= 500 || r.status === 0);
        if (againErrors.length) failures.push(`${againErrors.length} refused request(s) answered with a server error when sent again`);
        if (storedByRefused.length) {
          failures.push(`refused requests stored something:\n  ${storedByRefused.join("\n  ")}`);
          const after = await readStoredState(copyDir);
          for (const file of after.uploads.filter((f) => !before.uploads.includes(f))) {
            const senders = refused.filter((r) => fileHashesOf(r.request, resolver).includes(path.basename(file))).map((r) => `#${r.index} (${r.status} ${r.location ?? ""})`);
            if (senders.length) failures.push(`uploaded file ${path.basename(file)} was sent in refused request(s) ${senders.join(", ")}`);
          }
        }
        else console.log("fuzz: the refused requests alone stored nothing; what was stored came from the requests that were taken");
      }
    }

    console.log(`fuzz: ${results.length} requests in ${elapsed.toFixed(0)} s (whole run ${((Date.now() - started) / 1000).toFixed(0)} s)`);
    if (failures.length) {
      console.error(`\nfuzz FAILED (seed ${SEED}):\n- ${failures.join("\n- ")}\nDetails in ${path.join(OUT, "failures.json")}; server output in ${logFile}.`);
      process.exitCode = 1;
    } else {
      console.log("fuzz passed");
    }
  } finally {
    if (process.env.FUZZ_KEEP !== "1") fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Posts the form of `page` that contains `marker` as a browser without JavaScript does: its hidden fields and `fields`. */
async function submitForm(base: string, page: string, marker: string, fields: Record<string, string>, cookie = ""): Promise<Response> {
  const html = await (await fetch(`${base}${page}`, { headers: { accept: "text/html", cookie }, redirect: "manual" })).text();
  const form = [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)].find((m) => m[1]!.includes(marker));
  if (!form) throw new Error(`No form with ${marker} on ${page}`);
  const body = new FormData();
  for (const [input] of form[1]!.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    if (name) body.append(unescapeHtml(name), unescapeHtml(/value="([^"]*)"/.exec(input)?.[1] ?? ""));
  }
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  return fetch(`${base}${page}`, { method: "POST", body, headers: { origin: base, accept: "text/html", cookie }, redirect: "manual" });
}

/** Logs in through the login form and returns the session cookie. */
async function login(base: string, email: string, password: string): Promise<string> {
  const res = await submitForm(base, "/login", 'name="email"', { email, password });
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]!);
  const token = cookies.find((c) => c.startsWith("next-auth.session-token=") && c.length > "next-auth.session-token=".length);
  if (!token) throw new Error(`Logging in as ${email} failed: ${res.status} ${excerpt(await res.text())}`);
  return cookies.filter((c) => !c.endsWith("=")).join("; ");
}

/** Registers a business for the applicant (best effort: without one the business pages are fuzzed with unknown ids). */
async function registerBusiness(base: string, session: string, applicant: { fullName: string; email: string; nik?: string; phone?: string }) {
  const res = await submitForm(
    base,
    "/business/new",
    'name="form"',
    {
      form: "PERORANGAN",
      name: applicant.fullName,
      nik: applicant.nik ?? "",
      address: "Jl. Merdeka No. 1, Kota Contoh",
      phone: applicant.phone ?? "081234567890",
      email: applicant.email,
      paidUpCapital: "50000000",
      totalInvestment: "100000000",
    },
    session,
  );
  if (res.status !== 303) console.log(`fuzz: registering a business did not work (${res.status}); business pages get unknown ids only`);
}

/** The demo applicant has no applications: starts drafts of two permits, so that requests can name real ones. */
async function startDrafts(base: string, session: string, permitCodes: string[]) {
  for (const code of permitCodes.slice(0, 2)) {
    const res = await submitForm(base, `/permits/${code}`, 'name="permitTypeId"', {}, session);
    if (res.status !== 303 || !/\/applications\/[^/]+\/edit/.test(res.headers.get("location") ?? "")) {
      throw new Error(`Starting an application for ${code} failed: ${res.status} ${res.headers.get("location") ?? ""}`);
    }
  }
}

function unescapeHtml(text: string) {
  return text.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

const POOL_PATTERNS: Record<Pool, RegExp> = {
  application: /\/applications\/([A-Za-z0-9_-]{10,})/g,
  business: /\/business\/([A-Za-z0-9_-]{10,})/g,
  permit: /\/permits\/([A-Za-z0-9_.-]+)(?=["/?#])/g,
  notification: /\/notifications\/([A-Za-z0-9_-]{10,})/g,
  document: /\/api\/documents\/([A-Za-z0-9_-]{10,})/g,
  commitment: /\/api\/commitments\/([A-Za-z0-9_-]{10,})/g,
  code: /\/(?:verify|api\/issued)\/([A-Za-z0-9_.-]{4,})(?=["/?#])/g,
  key: /[?&](?:amp;)?key=([A-Za-z0-9_.-]+)/g,
  permitType: /name="permitTypeId" value="([^"]+)"/g,
};

/** Reads the applicant's pages (reads only) for ids the generated requests can name. */
async function readPools(base: string, session: string): Promise<Record<Pool, string[]>> {
  const found = Object.fromEntries(POOLS.map((p) => [p, new Set<string>()])) as Record<Pool, Set<string>>;
  const read = async (page: string) => {
    const html = await (await fetch(`${base}${page}`, { headers: { cookie: session, accept: "text/html" }, redirect: "manual" })).text();
    for (const pool of POOLS) for (const m of html.matchAll(POOL_PATTERNS[pool])) if (m[1] !== "new") found[pool].add(m[1]!);
  };
  for (const page of ["/applicant", "/business", "/notifications", "/permits", "/track"]) await read(page);
  for (const code of [...found.permit].slice(0, 3)) await read(`/permits/${code}`);
  for (const id of [...found.application].slice(0, 4)) for (const page of [`/applications/${id}`, `/applications/${id}/documents`, `/applications/${id}/edit`]) await read(page);
  for (const id of [...found.business].slice(0, 3)) await read(`/business/${id}`);
  return Object.fromEntries(POOLS.map((p) => [p, [...found[p]].sort()])) as Record<Pool, string[]>;
}

/** The session from the first run must still let the applicant in. */
async function checkSession(server: RunningServer, session: string) {
  const res = await fetch(`${server.baseUrl}/applicant`, { headers: { cookie: session, accept: "text/html" }, redirect: "manual" });
  if (res.status !== 200) throw new Error(`The applicant's session does not open /applicant (${res.status} ${res.headers.get("location") ?? ""})`);
}

/** The SHA-256 of each file a request carries (the name it would be stored under). */
function fileHashesOf(request: FuzzRequest, resolver: Resolver): string[] {
  if (request.body?.kind !== "multipart") return [];
  return request.body.parts.flatMap((p) => ("filename" in p ? [createHash("sha256").update(resolveText(p.content, resolver)).digest("hex")] : []));
}

/** Header values as fetch can send them (bytes 0x20-0x7e). */
function headerValue(text: string) {
  return text.replace(/[^\x20-\x7e]/g, "?");
}

async function sendAll(server: RunningServer, list: { request: FuzzRequest; index: number }[], resolver: Resolver, session: string): Promise<Result[]> {
  const results: Result[] = [];
  const start = Date.now();
  for (const item of list) {
    if (Date.now() - start > BUDGET_MS) break;
    results.push(await send(server.baseUrl, item.index, item.request, resolver, session));
    if (results.length % 250 === 0) console.log(`fuzz: ${results.length}/${list.length} sent (${((Date.now() - start) / 1000).toFixed(0)} s)`);
  }
  return results;
}

async function send(base: string, index: number, request: FuzzRequest, resolver: Resolver, session: string): Promise<Result> {
  let requestPath = resolveText(request.path, resolver);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name] = headerValue(resolveText(value, resolver));
  if (headers["x-fuzz-rsc-cache-key"]) {
    // The cache key the client router would add, so that the framework reads the router headers.
    delete headers["x-fuzz-rsc-cache-key"];
    const prefetch = headers["next-router-prefetch"] as "1" | undefined;
    const key = await computeCacheBustingSearchParam(prefetch, undefined, headers["next-router-state-tree"], headers["next-url"]);
    if (key) requestPath += `${requestPath.includes("?") ? "&" : "?"}_rsc=${key}`;
  }
  if (request.who === "applicant") {
    // The applicant keeps the session; a generated cookie only adds to it.
    const extra = headers.cookie && !headers.cookie.includes("next-auth.session-token") ? `; ${headers.cookie}` : "";
    headers.cookie = session + extra;
  }
  headers["x-request-id"] = `fuzz-${index}`;
  const { body, contentType } = encodeBody(request, resolver);
  if (contentType) headers["content-type"] = headerValue(contentType);
  const sent = { path: requestPath, headers, body: excerpt(body) };
  const t0 = Date.now();
  let status = 0;
  let location: string | null = null;
  let answer = "";
  try {
    // Joined as text: a path such as "//x" is a path here, not another host.
    const res = await fetch(`${base}${requestPath.startsWith("/") ? "" : "/"}${requestPath}`, {
      method: request.method,
      headers,
      body: request.method === "GET" || request.method === "HEAD" ? undefined : body,
      redirect: "manual",
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    status = res.status;
    location = res.headers.get("location") ?? res.headers.get("x-action-redirect");
    answer = await res.text();
  } catch (error) {
    const cause = (error as Error & { cause?: Error & { code?: string } }).cause;
    answer = `no answer: ${(error as Error).message}${cause ? ` (${cause.message})` : ""}`;
    // Node's HTTP server answers a request head over its 16 KB limit with 431 and closes the connection,
    // which the client may see as a reset while it is still writing.
    const head = requestPath.length + Object.entries(headers).reduce((n, [k, v]) => n + k.length + v.length + 4, 0);
    if (head > HEAD_LIMIT && (cause?.code === "ECONNRESET" || cause?.code === "EPIPE")) status = 431;
  }
  return { index, request, status, location, refused: isRefusal(request, status, location, answer), ms: Date.now() - t0, sent, answer: answer.slice(0, 600) };
}

/**
 * Whether the portal refused the request: an error status, a redirect to the login, to the page that
 * explains a refusal or back with an error, or a form answered with its errors.
 */
function isRefusal(request: FuzzRequest, status: number, location: string | null, answer: string) {
  if (status >= 400 || status === 0) return true;
  if (location && /^\/login|\/login(\?|$)|\/problem\b|[?&](error|photoError|proofError)=/.test(location)) return true;
  if (request.method === "POST" && /"(formError|fieldErrors)"/.test(answer)) return true;
  return false;
}

function report(results: Result[], logFile: string) {
  const byStatus = new Map<number, number>();
  const byKind = new Map<string, Map<number, number>>();
  for (const r of results) {
    byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
    const kind = byKind.get(r.request.kind) ?? new Map<number, number>();
    kind.set(r.status, (kind.get(r.status) ?? 0) + 1);
    byKind.set(r.request.kind, kind);
  }
  const line = (m: Map<number, number>) => [...m].sort(([a], [b]) => a - b).map(([s, n]) => `${s || "none"}: ${n}`).join(", ");
  console.log(`fuzz: statuses ${line(byStatus)}`);
  for (const [kind, m] of [...byKind].sort()) console.log(`  ${kind.padEnd(14)} ${line(m)}`);
  const slowest = [...results].sort((a, b) => b.ms - a.ms)[0];
  if (slowest) console.log(`fuzz: slowest answer ${slowest.ms} ms (#${slowest.index} ${slowest.request.method} ${slowest.sent.path.slice(0, 80)})`);

  const failed = results.filter((r) => r.status >= 500 || r.status === 0);
  const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").split("\n") : [];
  const details = failed.map((r) => ({
    reproduce: `FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} FUZZ_ONLY=${r.index} npm run test:fuzz`,
    index: r.index,
    kind: r.request.kind,
    who: r.request.who,
    method: r.request.method,
    status: r.status,
    path: r.sent.path.slice(0, 500),
    headers: r.sent.headers,
    body: r.sent.body,
    answer: r.answer.slice(0, 300),
    serverLog: log.filter((l) => l.includes(`"fuzz-${r.index}"`)).map((l) => l.slice(0, 800)),
  }));
  fs.writeFileSync(path.join(OUT, "failures.json"), JSON.stringify(details, null, 2));
  fs.writeFileSync(
    path.join(OUT, "results.json"),
    JSON.stringify(results.map((r) => ({ index: r.index, kind: r.request.kind, who: r.request.who, method: r.request.method, path: r.sent.path.slice(0, 200), status: r.status, location: r.location, refused: r.refused, ms: r.ms }))),
  );
  for (const d of details.slice(0, 15)) {
    console.error(`\n#${d.index} ${d.kind} as ${d.who}: ${d.method} ${d.path.slice(0, 200)} -> ${d.status || "no answer"}`);
    console.error(`  headers ${JSON.stringify(d.headers).slice(0, 400)}`);
    if (d.body) console.error(`  body ${d.body}`);
    console.error(`  answer ${JSON.stringify(d.answer.slice(0, 200))}`);
    for (const l of d.serverLog.slice(0, 2)) console.error(`  server ${l.slice(0, 400)}`);
    console.error(`  reproduce: ${d.reproduce}`);
  }
  if (details.length > 15) console.error(`\n… and ${details.length - 15} more in ${path.join(OUT, "failures.json")}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
