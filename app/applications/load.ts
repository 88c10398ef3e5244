// Stored answers as the inputs of the application form.
/** Stored values as form inputs: address parts become `key.part`, numbers become text. */
export function flattenValues(data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value && typeof value === "object") {
      for (const [part, v] of Object.entries(value)) out[`${key}.${part}`] = String(v ?? "");
    } else if (value !== null && value !== undefined) {
      out[key] = String(value);
    }
  }
  return out;
}
