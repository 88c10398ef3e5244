// Canonical JSON: the one byte sequence a signed document's data stands for. Keys are sorted
// recursively (by UTF-16 code units, as RFC 8785 does), there is no whitespace and only JSON types pass,
// so the same data always gives the same bytes, whoever builds the object and in whatever order.

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Serialises `value` canonically. Object properties whose value is `undefined` are left out (as
 * JSON.stringify does: an absent optional field); everything that is not plain JSON is refused with a
 * TypeError naming where it is: Dates (pass ISO strings), non-finite numbers, bigints, class instances,
 * functions, symbols, `undefined` inside arrays and cycles.
 */
export function canonicalJson(value: unknown): string {
  return write(value, "$", new Set());
}

function write(value: unknown, at: string, open: Set<object>): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} at ${at} is not a JSON number`);
      return JSON.stringify(value);
    case "object":
      break;
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} at ${at} is not JSON`);
  }
  if (value instanceof Date) {
    throw new TypeError(`canonicalJson: a Date at ${at}; pass an ISO string (date.toISOString()) instead`);
  }
  if (open.has(value)) throw new TypeError(`canonicalJson: a cycle at ${at}`);
  open.add(value);
  try {
    if (Array.isArray(value)) {
      return `[${value
        .map((item, i) => {
          if (item === undefined) throw new TypeError(`canonicalJson: undefined at ${at}[${i}]`);
          return write(item, `${at}[${i}]`, open);
        })
        .join(",")}]`;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      const name = (value as object).constructor?.name ?? "object";
      throw new TypeError(`canonicalJson: a ${name} at ${at} is not a plain object`);
    }
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${write(record[key], `${at}.${key}`, open)}`);
    return `{${members.join(",")}}`;
  } finally {
    open.delete(value);
  }
}
