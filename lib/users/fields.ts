// Field schemas shared by the user forms. Messages are translation keys.
import { z } from "zod";

export const ZPersonName = z
  .string()
  .trim()
  .min(1, "validation.required")
  .min(3, "validation.name.short")
  .max(100, "validation.name.long");

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "validation.required")
  .max(254, "validation.email.format")
  .pipe(z.email("validation.email.format"));

export const ZLocale = z.enum(["id", "en"], "validation.invalid");
