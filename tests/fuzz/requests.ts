// Generated malformed requests: fast-check arbitraries for requests to the pages, route handlers and
// server actions of the built portal. A request is generated as data that does not depend on the
// running server (ids of the demo data and action ids are named by an index, resolved when it is sent),
// so that a seed reproduces the same requests against any build and any fresh database.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";

/** Text that stands for something known only when sending: «pool:index» (an id of the demo data) or a large string. */
const mark = (name: string, index: number) => `\uE000${name}:${index}\uE001`;
const MARK = /\uE000(\w+):(\d+)\uE001/g;

export type Who = "anonymous" | "applicant";

export type Part = { name: string; value: string } | { name: string; filename: string; type: string; content: string };

export type Body =
  | { kind: "text"; text: string }
  | { kind: "urlencoded"; fields: [string, string][] }
  | {
      kind: "multipart";
      parts: Part[];
      /** How the body is spoiled: a boundary other than the header's, cut short, no closing boundary, bare LF. */
      spoil: "none" | "other-boundary" | "truncated" | "no-close" | "lf-only" | "no-boundary-param" | "empty-boundary";
      cutAt: number;
    };

export interface FuzzRequest {
  kind: string;
  who: Who;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Body;
  /** The content type to send instead of the body's own ("" sends none). */
  contentType?: string;
}

// ---------------------------------------------------------------- the app's routes, read from app/

export interface RouteTemplate {
  /** e.g. "/applications/[id]/documents" */
  template: string;
  kind: "page" | "route";
  methods: string[];
}

/** Every page and route handler under app/, with the methods a route handler exports. */
export function listRoutes(appDir = path.join(process.cwd(), "app")): RouteTemplate[] {
  const found: RouteTemplate[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name.startsWith("_")) continue; // private folders
        const segment = /^\(.*\)$/.test(entry.name) ? [] : [entry.name]; // route groups add nothing
        walk(path.join(dir, entry.name), [...segments, ...segment]);
      } else if (/^page\.tsx?$/.test(entry.name)) {
        found.push({ template: `/${segments.join("/")}`, kind: "page", methods: ["GET"] });
      } else if (/^route\.tsx?$/.test(entry.name)) {
        const source = fs.readFileSync(path.join(dir, entry.name), "utf8");
        const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => new RegExp(`export const ${m}\\b|as ${m}\\b`).test(source));
        found.push({ template: `/${segments.join("/")}`, kind: "route", methods });
      }
    }
  };
  walk(appDir, []);
  return found.sort((a, b) => a.template.localeCompare(b.template));
}

export interface ActionRef {
  id: string;
  name: string;
  /** The page templates whose code holds the action, e.g. "/login". */
  pages: string[];
}

/** The server actions of the build, in a stable order (by file and name, not by id, which changes per build). */
export function listActions(manifestFile = path.join(process.cwd(), ".next/server/server-reference-manifest.json")): ActionRef[] {
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node)
    .map(([id, entry]) => ({
      id,
      name: `${entry.filename ?? "?"}#${entry.exportedName ?? id}`,
      pages: Object.keys(entry.workers)
        .filter((w) => w.endsWith("/page") && !w.includes("_not-found"))
        .map((w) => `/${w.slice("app/".length, -"/page".length)}`.replace(/\/\([^/]+\)/g, "").replace(/^\/page$/, "/") || "/")
        .sort(),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

// ---------------------------------------------------------------- values

/** Pools of ids and keys of the demo data, filled before the run by reading the applicant's pages. */
export const POOLS = ["application", "business", "permit", "permitType", "notification", "document", "commitment", "code", "key"] as const;
export type Pool = (typeof POOLS)[number];

const known = fc.tuple(fc.constantFrom(...POOLS), fc.nat(50)).map(([pool, i]) => mark(pool, i));

const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE \"User\"; --",
  "1; SELECT pg_sleep(0)--",
  "\") OR 1=1 --",
  "<script>alert(1)</script>",
  "\"><img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "${7*7}{{7*7}}#{7*7}",
  "../../../../etc/passwd",
  "..%2f..%2f..%2fetc%2fpasswd",
  "\u0000",
  "a\u0000b",
  "\r\nSet-Cookie: x=1",
  "\uD800",
  "\uDFFF\uD800",
  "\uFEFF\u202E\u200B",
  "🇮🇩🙂👩🏽‍💻",
  "ꦗꦮ ꦲꦏ꧀ꦱꦫ",
  "Jl. Merdeka No. 1, RT 01/RW 02",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "1e309",
  "99999999999999999999999999999999999999",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "$1",
  "$@0",
  "$K1",
  "$Q9",
  "$T",
  "$h0",
  "$D2026-13-45",
  "$n1e3",
  "2026-02-30",
  "9999-12-31T23:59:59Z",
  "pemohon@contoh.id\u0000",
  "%",
  "%E0%A4%A",
  "",
  " ",
];

/** A large string (about 1 MB, or 64 KB), made when the request is sent. */
const large = fc.tuple(fc.constantFrom(1_048_576, 65_536, 1_048_600), fc.nat(4)).map(([n, p]) => mark(`large${p}`, n));
/** A long one for an address or a header: beyond the server's 16 KB limit for a request's head, or within it. */
const long = fc.tuple(fc.constantFrom(4_000, 20_000), fc.constantFrom(0, 3, 4)).map(([n, p]) => mark(`large${p}`, n));

/** Text as a sender might put in any field: unicode, control characters, injections, ids, huge. */
const textWith = (big: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 2, arbitrary: known },
  { weight: 1, arbitrary: big },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
);
export const nastyText = textWith(large);
const urlText = textWith(long);

/** A path segment: encoded nasty text, a known id, or one of the shapes that break decoders. */
const segment: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: known },
  { weight: 4, arbitrary: urlText.map(encodeSegment) },
  { weight: 2, arbitrary: fc.constantFrom("%", "%E0%A4%A", "%C0%AF", "%FF", "%00", "%2e%2e", "%2F", "..", ".", "%25", "a%20b", "~", "new", "0", "-1", "x".repeat(3000)) },
);

/** Percent-encodes text for a path (lone surrogates, which encodeURIComponent refuses, become U+FFFD). */
export function encodeSegment(text: string) {
  return encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, "\uFFFD")).replace(/%EE%80%80(\w+)%3A(\d+)%EE%80%81/g, (_m, name: string, index: string) => mark(name, Number(index)));
}

const QUERY_KEYS = ["key", "error", "doc", "uploaded", "returnTo", "back", "page", "cursor", "after", "q", "status", "code", "nib", "id", "lang", "sort", "limit", "registered", "loggedOut", "saved", "_rsc", "commitment", "callbackUrl"];

const query: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constant("") },
  {
    weight: 5,
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom(...QUERY_KEYS), urlText), { minLength: 1, maxLength: 4 })
      .map((pairs) => "?" + pairs.map(([k, v]) => `${k}=${encodeSegment(v)}`).join("&")),
  },
  { weight: 1, arbitrary: fc.constantFrom("?%", "?a=%E0%A4%A", "?key", "?=", "?&&&", "?key=a&key=b&key=c", "?returnTo=//evil.example", "?returnTo=https%3A%2F%2Fevil.example") },
);

/** Fills a template's dynamic segments ([id], [...nextauth]) with generated segments. */
function fillTemplate(template: string): fc.Arbitrary<string> {
  const parts = template.split("/").filter(Boolean);
  const dynamicCount = parts.filter((p) => p.startsWith("[")).length;
  return fc.tuple(fc.array(segment, { minLength: dynamicCount, maxLength: dynamicCount }), fc.array(segment, { minLength: 1, maxLength: 3 })).map(([values, rest]) => {
    let i = 0;
    const filled = parts.map((p) => {
      if (p.startsWith("[...")) return rest.join("/");
      if (p.startsWith("[")) return values[i++]!;
      return p;
    });
    return `/${filled.join("/")}`;
  });
}

// ---------------------------------------------------------------- headers

const ACCEPTS = ["text/html,application/xhtml+xml", "application/json", "*/*", "text/x-component", "image/png", "", "text/html;q=abc"];
const LANGUAGES = ["id", "en", "en-US,en;q=0.9", "zz-ZZ;q=abc", "*", "id;q=2,en;q=-1", "x".repeat(500), ""];

const headersFor = (sameOrigin: string): fc.Arbitrary<Record<string, string>> =>
  fc
    .record(
      {
        accept: fc.constantFrom(...ACCEPTS),
        "accept-language": fc.constantFrom(...LANGUAGES),
        origin: fc.constantFrom(sameOrigin, sameOrigin, sameOrigin, "https://evil.example", "null", "not a url"),
        cookie: fc.constantFrom("NEXT_LOCALE=xx", "NEXT_LOCALE=%E0", "next-auth.session-token=garbage", "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x.y.z", "a=b; ; =; c"),
        rsc: fc.constant("1"),
        "next-router-state-tree": fc.constantFrom("%5B%22%22%5D", "garbage", "%7B", encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }, null, null, true]))),
        "next-router-prefetch": fc.constant("1"),
        "next-url": fc.constantFrom("/x", "%"),
        range: fc.constantFrom("bytes=abc", "bytes=99999999-", "bytes=0-0,1-1,2-2"),
        referer: fc.constantFrom(`${sameOrigin}/%`, "not a url", "https://evil.example/", `${sameOrigin}/applications/x`),
        "x-forwarded-host": fc.constantFrom("evil.example", ""),
      },
      { requiredKeys: [] },
    )
    // The client router's headers in one request of eight: without the matching cache key the framework
    // only redirects such a request (307), with it the router state is read.
    .chain((h) => fc.tuple(fc.constant(h), fc.nat(7), fc.boolean()))
    .map(([h, n, busted]) => {
      const routerHeaders = n === 0;
      const kept = Object.entries(h).filter(([k, v]) => v !== "" && (routerHeaders || !k.startsWith("next-router") && k !== "rsc"));
      return Object.fromEntries(routerHeaders && busted ? [...kept, ["x-fuzz-rsc-cache-key", "1"]] : kept);
    });

// ---------------------------------------------------------------- bodies

const FIELD_NAMES = ["_applicationId", "_next", "applicationId", "csv", "day", "declaration", "email", "fullName", "id", "kind", "locale", "mailId", "members", "nik", "note", "outcome", "password", "passwordConfirm", "permitTypeId", "phone", "place", "reason", "returnTo", "scheduledFor", "signer", "businessId", "permitCode", "kbli", "file", "name", "address", "requirements"];

const fieldName = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FIELD_NAMES) }, { weight: 1, arbitrary: nastyText });

const FILE_TYPES = ["application/pdf", "image/jpeg", "image/png", "text/plain", "application/octet-stream", "application/x-msdownload", "", "pdf; charset=\"x"];
const FILE_CONTENTS = ["%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF", "\u00ff\u00d8\u00ff\u00e0JFIF", "MZ\u0090\u0000", "<svg onload=alert(1)>", "", "\u0000".repeat(64)];

const part: fc.Arbitrary<Part> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ name: fieldName, value: nastyText }) },
  {
    weight: 2,
    arbitrary: fc.record({
      name: fc.constantFrom("file", "proof", "photo", "document", "0", "1_file"),
      filename: fc.oneof(fc.constantFrom("dokumen.pdf", "a\u0000.pdf", "../../etc/passwd", "ktp.exe", "", "😀.jpg", "x".repeat(300) + ".pdf"), nastyText),
      type: fc.constantFrom(...FILE_TYPES),
      content: fc.oneof(fc.constantFrom(...FILE_CONTENTS), nastyText),
    }),
  },
);

const SPOILS = ["none", "none", "none", "other-boundary", "truncated", "no-close", "lf-only", "no-boundary-param", "empty-boundary"] as const;

const multipart = (parts: fc.Arbitrary<Part[]>): fc.Arbitrary<Body> =>
  fc.record({ kind: fc.constant("multipart" as const), parts, spoil: fc.constantFrom(...SPOILS), cutAt: fc.double({ min: 0, max: 1, noNaN: true }) });

const formBody: fc.Arbitrary<Body> = fc.oneof(
  multipart(fc.array(part, { maxLength: 6 })),
  fc.record({ kind: fc.constant("urlencoded" as const), fields: fc.array(fc.tuple(fieldName, nastyText), { maxLength: 6 }) }),
  fc.record({ kind: fc.constant("text" as const), text: fc.oneof(nastyText, fc.constantFrom("a=%E0", "a=%", "=&=&", "\u0000\u0000")) }),
);

const WRONG_TYPES = ["application/json", "application/xml", "image/png", "text/plain", "text/plain; charset=utf-16", "multipart/form-data", "multipart/mixed; boundary=x", "application/x-www-form-urlencoded; charset=latin1", "", "garbage"];

// A reply as React's encoder writes it for an action's arguments, and broken variants of it.
const replyValue: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    nastyText,
    fc.constantFrom("$K1", "$K2", "$undefined", "$1", "$@1", "$Q1", "$W1", "$i1", "$B1", "$F1", "$T", "$h1", "$S", "$n", "$D", "$R1", "$r1", "$X1", "$x1", "$AT1", "$O1", "$l1", "$$", "$-0", "$Infinity", "$NaN", "$Z", "$E", "$Y", "$l"),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("v"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom("values", "formError", "fieldErrors", "id", "bound", "__proto__", "then", "status", "value", "_response"), tie("v"), { maxKeys: 3 }),
  ),
})).v;

const replyJson: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(replyValue, { maxLength: 3 }).map((args) => JSON.stringify(args)) },
  { weight: 2, arbitrary: fc.constantFrom('[{},"$K1"]', '["$K1"]', '[null,"$K1"]', '["$undefined","$K1"]') },
  { weight: 1, arbitrary: replyValue.map((v) => JSON.stringify(v) ?? "null") },
  { weight: 1, arbitrary: fc.constantFrom("[", '{"a":', "[1,]", "\u0000", "", "[".repeat(20000) + "]".repeat(20000), `"${"\\u0000".repeat(10)}"`, '["\\ud800"]') },
  { weight: 1, arbitrary: large.map((l) => JSON.stringify([{}, l])) },
);

/** The body of a call from a page's script (Next-Action header): the reply and the form's fields. */
const actionBody: fc.Arbitrary<{ body: Body; contentType?: string }> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(replyJson, fc.array(fc.tuple(fieldName, nastyText), { maxLength: 5 }), fc.array(part, { maxLength: 2 }), fc.constantFrom(...SPOILS), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([root, fields, extra, spoil, cutAt]) => ({
        body: { kind: "multipart" as const, parts: [{ name: "0", value: root }, ...fields.map(([n, v]) => ({ name: `1_${n}`, value: v })), ...extra], spoil, cutAt },
      })),
  },
  { weight: 2, arbitrary: replyJson.map((text) => ({ body: { kind: "text" as const, text }, contentType: "text/plain;charset=UTF-8" })) },
  { weight: 1, arbitrary: fc.array(fc.tuple(fc.oneof(fc.constantFrom("0", "1_email", "1_password"), fieldName), nastyText), { maxLength: 5 }).map((fields) => ({ body: { kind: "urlencoded" as const, fields } })) },
  { weight: 2, arbitrary: fc.tuple(replyJson, fc.constantFrom(...WRONG_TYPES)).map(([text, contentType]) => ({ body: { kind: "text" as const, text }, contentType })) },
);

/** A form posted without JavaScript that names an action in its fields (or garbles that naming). */
const noScriptActionFields = (actionId: fc.Arbitrary<string>): fc.Arbitrary<Part[]> =>
  fc.oneof(
    actionId.map((id) => [{ name: `$ACTION_ID_${id}`, value: "" }]),
    fc.tuple(actionId, replyJson, replyJson, fc.boolean()).map(([id, meta, bound, wellFormed]) => [
      { name: "$ACTION_REF_1", value: "" },
      { name: "$ACTION_1:0", value: wellFormed ? JSON.stringify({ id, bound: "$@1" }) : meta },
      { name: "$ACTION_1:1", value: bound },
    ]),
    fc.tuple(actionId, replyJson).map(([id, meta]) => [
      { name: "$ACTION_REF_1", value: "" },
      { name: "$ACTION_1:0", value: JSON.stringify({ id, bound: meta }) },
    ]),
    fc.constant<Part[]>([{ name: "$ACTION_REF_7", value: "" }]),
    fc.constant<Part[]>([{ name: "$ACTION_KEY", value: "k0" }]),
  );

// ---------------------------------------------------------------- requests

export function requestArbitrary({ routes, actions, origin }: { routes: RouteTemplate[]; actions: ActionRef[]; origin: string }): fc.Arbitrary<FuzzRequest> {
  const who = fc.constantFrom<Who>("anonymous", "applicant");
  const pages = routes.filter((r) => r.kind === "page");
  const getRoutes = routes.filter((r) => r.kind === "route" && r.methods.includes("GET"));
  const postRoutes = routes.filter((r) => r.kind === "route" && r.methods.includes("POST"));
  const headers = headersFor(origin);
  const anyPath = fc.oneof(
    fc.constantFrom(...routes).chain((r) => fillTemplate(r.template)),
    fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `/${s.join("/")}`),
  );
  // An action id as it is sent: a real one (by its index, resolved when sent), a garbled or an unknown one.
  const actionIndex = fc.nat(actions.length - 1);
  const actionId = fc.oneof(
    { weight: 6, arbitrary: actionIndex.map((i) => mark("action", i)) },
    { weight: 1, arbitrary: fc.constantFrom("7f" + "0".repeat(40), "00", "x", "7f".repeat(100), "") },
    { weight: 1, arbitrary: urlText.map((t) => t.replace(/[^\x20-\x7e]/g, "").slice(0, 200)) },
  );
  // The page an action is posted to: one that holds it (mostly), or any page.
  const actionPage = (i: number) => {
    const own = actions[i]!.pages;
    return own.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...own).chain(fillTemplate) }, { weight: 1, arbitrary: anyPath }) : anyPath;
  };

  const pageGet = fc.record({
    kind: fc.constant("page GET"),
    who,
    method: fc.constant("GET"),
    path: fc.tuple(fc.constantFrom(...pages).chain((r) => fillTemplate(r.template)), query).map(([p, q]) => p + q),
    headers,
  });
  const routeGet = fc.record({
    kind: fc.constant("route GET"),
    who,
    method: fc.constant("GET"),
    path: fc.tuple(fc.constantFrom(...getRoutes).chain((r) => fillTemplate(r.template)), query).map(([p, q]) => p + q),
    headers,
  });
  const unknownGet = fc.record({ kind: fc.constant("unknown GET"), who, method: fc.constant("GET"), path: fc.tuple(anyPath, query).map(([p, q]) => p + q), headers });
  const routePost = fc
    .record({
      kind: fc.constant("route POST"),
      who,
      method: fc.constant("POST"),
      path: fc.tuple(fc.constantFrom(...postRoutes).chain((r) => fillTemplate(r.template)), query).map(([p, q]) => p + q),
      headers,
      body: formBody,
      contentType: fc.option(fc.constantFrom(...WRONG_TYPES), { nil: undefined, freq: 4 }),
    })
    .map(dropUndefined);
  const upload = fc
    .record({
      kind: fc.constant("upload"),
      who: fc.constantFrom<Who>("applicant", "applicant", "applicant", "anonymous"),
      method: fc.constant("POST"),
      path: fc.tuple(fc.constantFrom("/api/applications/[id]/documents", "/api/commitments/[id]/proof", "/api/office/files/[id]/photos").chain(fillTemplate), fc.oneof(fc.constant(`?key=${mark("key", 0)}`), known.map((k) => `?key=${k}`), query)).map(([p, q]) => p + q),
      headers,
      body: multipart(fc.array(part, { minLength: 0, maxLength: 4 })),
      contentType: fc.option(fc.constantFrom(...WRONG_TYPES), { nil: undefined, freq: 6 }),
    })
    .map(dropUndefined);
  // Uploads to the applicant's own drafts for their real requirements: some are whole and taken, the
  // rest cut short, garbled or mistyped, which must leave nothing behind.
  const draftUpload = fc
    .record({
      kind: fc.constant("draft upload"),
      who: fc.constant<Who>("applicant"),
      method: fc.constant("POST"),
      path: fc.tuple(fc.nat(50), fc.nat(50)).map(([a, k]) => `/api/applications/${mark("application", a)}/documents?key=${mark("key", k)}`),
      headers: headers.map((h) => ({ ...h, origin })),
      body: fc
        .tuple(fc.string({ maxLength: 40 }), fc.constantFrom("application/pdf", "image/jpeg", ""), fc.array(part, { maxLength: 2 }), fc.boolean(), fc.constantFrom(...SPOILS), fc.double({ min: 0, max: 1, noNaN: true }))
        .map(([text, type, extra, fileFirst, spoil, cutAt]): Body => {
          const file: Part = { name: "file", filename: "dokumen.pdf", type, content: `%PDF-1.4\n% ${text}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n` };
          return { kind: "multipart", parts: fileFirst ? [file, ...extra] : [...extra, file], spoil, cutAt };
        }),
    });
  const action = actionIndex.chain((i) =>
    fc
      .record({
        kind: fc.constant("action"),
        who,
        method: fc.constant("POST"),
        path: actionPage(i),
        headers: fc.tuple(headers, fc.oneof({ weight: 8, arbitrary: fc.constant(mark("action", i)) }, { weight: 1, arbitrary: actionId })).map(([h, id]) => ({ ...h, "next-action": id })),
        body: actionBody,
      })
      .map(({ body, ...rest }) => dropUndefined({ ...rest, body: body.body, contentType: body.contentType })),
  );
  const formPost = actionIndex.chain((i) =>
    fc.record({
      kind: fc.constant("form POST"),
      who,
      method: fc.constant("POST"),
      path: actionPage(i),
      headers,
      body: fc
        .tuple(noScriptActionFields(fc.oneof({ weight: 4, arbitrary: fc.constant(mark("action", i)) }, { weight: 1, arbitrary: actionId })), fc.array(part, { maxLength: 5 }), fc.constantFrom(...SPOILS), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean())
        .map(([actionParts, fields, spoil, cutAt, asUrlencoded]): Body =>
          asUrlencoded
            ? { kind: "urlencoded", fields: [...actionParts, ...fields].map((p) => [p.name, "value" in p ? p.value : p.content]) }
            : { kind: "multipart", parts: [...actionParts, ...fields], spoil, cutAt },
        ),
    }),
  );
  const authPost = fc
    .record({
      kind: fc.constant("auth POST"),
      who,
      method: fc.constant("POST"),
      path: fc.tuple(fc.constantFrom("/api/auth/callback/credentials", "/api/auth/signin/credentials", "/api/auth/signout", "/api/auth/session", "/api/auth/_log", "/api/auth/csrf"), query).map(([p, q]) => p + q),
      headers,
      body: fc.record({ kind: fc.constant("urlencoded" as const), fields: fc.array(fc.tuple(fc.oneof(fc.constantFrom("csrfToken", "email", "password", "callbackUrl", "json"), fieldName), nastyText), { maxLength: 5 }) }),
      contentType: fc.option(fc.constantFrom(...WRONG_TYPES), { nil: undefined, freq: 4 }),
    })
    .map(dropUndefined);
  const otherMethod = fc
    .record({
      kind: fc.constant("other method"),
      who,
      method: fc.constantFrom("PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"),
      path: anyPath,
      headers,
      body: fc.option(formBody, { nil: undefined }),
    })
    .map((r) => dropUndefined(r.method === "HEAD" ? { ...r, body: undefined } : r));

  return fc.oneof(
    { weight: 4, arbitrary: pageGet },
    { weight: 3, arbitrary: routeGet },
    { weight: 1, arbitrary: unknownGet },
    { weight: 2, arbitrary: routePost },
    { weight: 3, arbitrary: upload },
    { weight: 2, arbitrary: draftUpload },
    { weight: 6, arbitrary: action },
    { weight: 3, arbitrary: formPost },
    { weight: 1, arbitrary: authPost },
    { weight: 1, arbitrary: otherMethod },
  );
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

// ---------------------------------------------------------------- sending

export interface Resolver {
  pools: Record<Pool, string[]>;
  actions: ActionRef[];
}

const LARGE_PATTERNS = ["a", "\u0000", "é漢🙂", "' OR 1=1 -- ", "<script>"];

/** Puts the known values in for their marks. */
export function resolveText(text: string, { pools, actions }: Resolver): string {
  return text.replace(MARK, (_m, name: string, index: string) => {
    const n = Number(index);
    if (name === "action") return actions[n % actions.length]!.id;
    if (name.startsWith("large")) {
      const pattern = LARGE_PATTERNS[Number(name.slice(5)) % LARGE_PATTERNS.length]!;
      return pattern.repeat(Math.ceil(n / pattern.length)).slice(0, n);
    }
    const pool = pools[name as Pool] ?? [];
    return pool.length ? pool[n % pool.length]! : `unknown-${name}-${n}`;
  });
}

const encoder = new TextEncoder();

function encodePart(boundary: string, p: Part, eol: string): string {
  const name = p.name.replace(/"/g, "%22").replace(/\r|\n/g, " ");
  if ("filename" in p) {
    const filename = p.filename.replace(/"/g, "%22").replace(/\r|\n/g, " ");
    return `--${boundary}${eol}Content-Disposition: form-data; name="${name}"; filename="${filename}"${eol}${p.type ? `Content-Type: ${p.type}${eol}` : ""}${eol}${p.content}${eol}`;
  }
  return `--${boundary}${eol}Content-Disposition: form-data; name="${name}"${eol}${eol}${p.value}${eol}`;
}

/** The bytes and content type of a request's body. */
export function encodeBody(request: FuzzRequest, resolver: Resolver): { body?: Uint8Array<ArrayBuffer>; contentType?: string } {
  const r = (t: string) => resolveText(t, resolver);
  const b = request.body;
  let body: Uint8Array<ArrayBuffer> | undefined;
  let contentType: string | undefined;
  if (b?.kind === "text") {
    body = encoder.encode(r(b.text));
    contentType = "text/plain;charset=UTF-8";
  } else if (b?.kind === "urlencoded") {
    body = encoder.encode(new URLSearchParams(b.fields.map(([k, v]) => [r(k), r(v)])).toString());
    contentType = "application/x-www-form-urlencoded";
  } else if (b?.kind === "multipart") {
    const boundary = "----fuzzBoundary7MA4YWxkTrZu0gW";
    const eol = b.spoil === "lf-only" ? "\n" : "\r\n";
    const written = b.spoil === "other-boundary" ? "----someOtherBoundary" : boundary;
    let text = b.parts.map((p) => encodePart(written, { ...p, name: r(p.name), ...("filename" in p ? { filename: r(p.filename), content: r(p.content) } : { value: r(p.value) }) }, eol)).join("");
    if (b.spoil !== "no-close") text += `--${written}--${eol}`;
    let bytes = encoder.encode(text);
    if (b.spoil === "truncated") bytes = bytes.slice(0, Math.floor(bytes.length * b.cutAt));
    body = bytes;
    contentType = b.spoil === "no-boundary-param" ? "multipart/form-data" : b.spoil === "empty-boundary" ? "multipart/form-data; boundary=" : `multipart/form-data; boundary=${boundary}`;
  }
  if (request.contentType !== undefined) contentType = request.contentType || undefined;
  return { body, contentType };
}

/** A short, printable excerpt of a body. */
export function excerpt(bytes: Uint8Array | string | undefined, max = 300): string {
  if (bytes === undefined) return "";
  const text = typeof bytes === "string" ? bytes : new TextDecoder().decode(bytes.slice(0, max * 4));
  const shown = JSON.stringify(text.slice(0, max));
  return text.length > max ? `${shown}… (${typeof bytes === "string" ? bytes.length : bytes.length} bytes)` : shown;
}
