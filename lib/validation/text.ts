// Text as people type it. NUL and the other control characters are refused with a field error: no
// keyboard produces them, PostgreSQL cannot store NUL, and they hide text in logs and documents.
// Tabs and line breaks pass (multi-line fields have them).
import { z } from "zod";

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function hasControlCharacters(value: string) {
  return CONTROL_CHARACTERS.test(value);
}

/** A string schema that refuses control characters; chain `.trim()`, `.min()`, `.max()` as with z.string(). */
export function zText() {
  return z.string().refine((v) => !hasControlCharacters(v), "validation.controlCharacters");
}
