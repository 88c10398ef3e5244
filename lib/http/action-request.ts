// Whether a post to a page can be a server action at all, checked before the framework decodes it:
// the framework answers 500 to a body it cannot read (truncated or garbled multipart, invalid JSON, a
// reference to a part that was never sent) and to a foreign origin, which are the sender's mistakes.
// The shapes accepted are the ones React's form and action encoders produce.

export type ActionRequestProblem = "foreign_origin" | "malformed" | "unsupported_type" | null;

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

// A reference to another part of the body: "$1" (a model), "$@1" (a promise), "$Q1", "$W1", "$i1",
// "$B1", "$F1" (a map, set, iterator, blob, server reference), numbered in hexadecimal.
const PART_REFERENCE = /^\$(?:@|Q|W|i|B|F)?([0-9a-f]+)$/;

/** Every part the JSON refers to (directly or through parts it refers to) is in the body. */
function referencesResolve(json: string, part: (id: number) => string | null, seen = new Set<number>()): boolean {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return false;
  }
  const pending: unknown[] = [value];
  while (pending.length) {
    const v = pending.pop();
    if (typeof v === "string") {
      const match = PART_REFERENCE.exec(v);
      if (!match) continue;
      const id = parseInt(match[1]!, 16);
      if (seen.has(id)) continue;
      seen.add(id);
      const body = part(id);
      if (body === null || !referencesResolve(body, part, seen)) return false;
    } else if (Array.isArray(v)) pending.push(...v);
    else if (v && typeof v === "object") pending.push(...Object.values(v));
  }
  return true;
}

function textPart(form: FormData, name: string): string | null {
  const value = form.get(name);
  return typeof value === "string" ? value : null;
}

/** A form posted without JavaScript: a bound action's metadata must be readable. */
function formActionReadable(form: FormData): boolean {
  for (const key of form.keys()) {
    if (!key.startsWith("$ACTION_REF_")) continue;
    const prefix = `$ACTION_${key.slice("$ACTION_REF_".length)}:`;
    const meta = textPart(form, `${prefix}0`);
    if (meta === null || !referencesResolve(meta, (id) => textPart(form, `${prefix}${id}`))) return false;
  }
  return true;
}

/**
 * Checks a POST to a page. `isAction`: it carries the Next-Action header (a call from the page's own
 * script); otherwise it is a plain form post, which may carry a form action in its fields.
 */
export async function checkActionRequest(request: Request, isAction: boolean): Promise<ActionRequestProblem> {
  if (isForeignOrigin(request.headers)) return "foreign_origin";
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (FORM_TYPES.some((t) => type.startsWith(t))) {
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return "malformed";
    }
    if (!isAction) return formActionReadable(form) ? null : "malformed";
    const root = textPart(form, "0");
    if (root === null) return type.startsWith("multipart/") ? "malformed" : formActionReadable(form) ? null : "malformed";
    return referencesResolve(root, (id) => textPart(form, String(id))) ? null : "malformed";
  }
  if (!isAction) return null; // not a form: the page is simply rendered
  if (!type.startsWith("text/plain") && type !== "") return "unsupported_type";
  const body = await request.clone().text();
  return referencesResolve(body, () => null) ? null : "malformed";
}
