// Whether a post to a page can be a server action at all, checked before the framework decodes it:
// the framework answers 500 to a body it cannot read (truncated or garbled multipart, invalid JSON, a
// reference to a part that was never sent) and to a foreign origin, which are the sender's mistakes.
// The shapes accepted are the ones React's form and action encoders produce.
import Busboy from "busboy";

export type ActionRequestProblem = "foreign_origin" | "malformed" | "too_large" | "unsupported_type" | null;

/** A post from another site: the browser names it in Origin (a missing Origin is an old browser or a tool). */
export function isForeignOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin) return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" and other opaque origins
  }
}

const FORM_TYPES = ["multipart/form-data", "application/x-www-form-urlencoded"];

// React's reply decoder answers 500 to a reply whose arrays hold more than a million slots (their
// lengths and the lengths of the strings in them) and overflows its stack on deep nesting; what a
// page's own script sends stays far below both.
const MAX_ARRAY_SLOTS = 1_000_000;
const MAX_DEPTH = 256;

// A reference to another part of the body, numbered in hexadecimal: "$1" (a model), "$@1" (a promise).
const PART_REFERENCE = /^\$@?([0-9a-f]+)$/;

/**
 * What a "$" string of a reply is. The portal's pages pass an action its form data ("$K1") and the
 * form's previous state (plain values, "$undefined", "$$" escapes); the decoder's other encodings
 * (typed arrays, blobs, streams, maps, sets, server and temporary references, paths into parts)
 * throw on a body that does not hold what they point at, so they are refused.
 */
function replyString(value: string): "plain" | "reference" | "refused" {
  if (!value.startsWith("$")) return "plain";
  if (PART_REFERENCE.test(value)) return "reference";
  const tag = value[1];
  if (tag === "$" || tag === "u" || tag === "I" || tag === "N" || tag === "-" || tag === "D") return "plain"; // escapes, undefined, numbers, dates
  if (tag === "K") return /^\$K[0-9a-f]+$/.test(value) ? "plain" : "refused"; // form data: missing fields are just absent
  if (tag === "n") return /^\$n-?\d{1,300}$/.test(value) ? "plain" : "refused"; // a BigInt
  return "refused";
}

type Check = "ok" | "malformed" | "too_large";

/** Counts `value`'s array slots into `budget` (without recursion, as the nesting may be deep). */
function withinLimits(value: unknown, budget: { slots: number }): boolean {
  const pending: [unknown, number, boolean][] = [[value, 0, false]];
  while (pending.length) {
    const [v, depth, inArray] = pending.pop()!;
    if (depth > MAX_DEPTH) return false;
    if (typeof v === "string") {
      if (inArray) budget.slots += v.length;
    } else if (Array.isArray(v)) {
      budget.slots += v.length + 1;
      for (const item of v) pending.push([item, depth + 1, true]);
    } else if (v && typeof v === "object") {
      for (const item of Object.values(v)) pending.push([item, depth + 1, false]);
    }
    if (budget.slots > MAX_ARRAY_SLOTS) return false;
  }
  return true;
}

/**
 * A reply (or a part of one) the decoder can read: valid JSON in the decoder's limits, using only the
 * encodings above, every part it refers to (directly or through other parts) in the body. `array`:
 * it must be a list (an action's arguments).
 */
function checkReply(json: string, part: (id: number) => string | null, { array = false } = {}, seen = new Set<number>(), budget = { slots: 0 }): Check {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return "malformed";
  }
  if (array && !Array.isArray(value)) return "malformed";
  if (!withinLimits(value, budget)) return "too_large";
  const pending: unknown[] = [value];
  while (pending.length) {
    const v = pending.pop();
    if (typeof v === "string") {
      const kind = replyString(v);
      if (kind === "refused") return "malformed";
      if (kind === "plain") continue;
      const id = parseInt(PART_REFERENCE.exec(v)![1]!, 16);
      if (seen.has(id)) continue;
      seen.add(id);
      const body = part(id);
      if (body === null) return "malformed";
      const referenced = checkReply(body, part, {}, seen, budget);
      if (referenced !== "ok") return referenced;
    } else if (Array.isArray(v)) pending.push(...v);
    else if (v && typeof v === "object") pending.push(...Object.values(v));
  }
  return "ok";
}

const problemOf = (check: Check): ActionRequestProblem => (check === "ok" ? null : check);

function textPart(form: FormData, name: string): string | null {
  const value = form.get(name);
  return typeof value === "string" ? value : null;
}

/** A form posted without JavaScript: a bound action's metadata must be readable. */
function checkFormAction(form: FormData): Check {
  for (const key of form.keys()) {
    if (!key.startsWith("$ACTION_REF_")) continue;
    const prefix = `$ACTION_${key.slice("$ACTION_REF_".length)}:`;
    const meta = textPart(form, `${prefix}0`);
    if (meta === null) return "malformed";
    const check = checkReply(meta, (id) => textPart(form, `${prefix}${id}`));
    if (check !== "ok") return check;
  }
  return "ok";
}

/**
 * The text fields of a multipart body as the framework reads an action call's (with busboy, which
 * refuses some bodies the standard parser takes, such as a control character in a part's header);
 * null when it cannot be read.
 */
async function readMultipartFields(request: Request): Promise<Map<string, string> | null> {
  const body = Buffer.from(await request.clone().arrayBuffer());
  return new Promise((resolve) => {
    const fields = new Map<string, string>();
    let parser: Busboy.Busboy;
    try {
      parser = Busboy({ headers: { "content-type": request.headers.get("content-type") ?? "" }, defParamCharset: "utf8", limits: { fieldSize: body.length } });
    } catch {
      resolve(null);
      return;
    }
    parser.on("field", (name, value) => fields.set(name, value));
    parser.on("file", (_name, stream) => stream.on("error", () => {}).resume()); // the parser's own error is the one handled
    parser.on("error", () => resolve(null));
    parser.on("close", () => resolve(fields));
    parser.end(body);
  });
}

/**
 * Checks a POST to a page. `isAction`: it carries the Next-Action header (a call from the page's own
 * script); otherwise it is a plain form post, which may carry a form action in its fields.
 */
export async function checkActionRequest(request: Request, isAction: boolean): Promise<ActionRequestProblem> {
  if (isForeignOrigin(request.headers)) return "foreign_origin";
  const rawType = request.headers.get("content-type") ?? "";
  const type = rawType.toLowerCase();
  if (isAction) {
    // The framework reads a call as multipart exactly when its type starts so (letter case included);
    // any other body is taken as the reply itself, in text.
    if (rawType.startsWith("multipart/form-data")) {
      const fields = await readMultipartFields(request);
      const root = fields?.get("0");
      if (!fields || root === undefined) return "malformed";
      return problemOf(checkReply(root, (id) => fields.get(String(id)) ?? null, { array: true }));
    }
    if (!type.startsWith("text/plain") && type !== "") return "unsupported_type";
    const body = await request.clone().text();
    return problemOf(checkReply(body, () => null, { array: true }));
  }
  if (!FORM_TYPES.some((t) => type.startsWith(t))) return null; // not a form: the page is simply rendered
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return "malformed";
  }
  return problemOf(checkFormAction(form));
}
