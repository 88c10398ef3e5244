// Recognises a unique-constraint violation from Prisma, whichever driver adapter raised it.

interface DriverConstraint {
  fields?: string[];
  index?: string;
}

/**
 * The columns of the violated unique constraint ([] when unknown), or null when the error is
 * something else. The PGlite adapter reports the fields; the pg adapter only the index name,
 * which Prisma names `<Model>_<field>[_<field>...]_key`.
 */
export function uniqueViolationFields(error: unknown): string[] | null {
  const e = error as { code?: string; meta?: Record<string, unknown> };
  if (e?.code !== "P2002") return null;
  const meta = e.meta ?? {};
  if (Array.isArray(meta.target)) return meta.target.map(String);
  const cause = (meta.driverAdapterError as { cause?: { constraint?: DriverConstraint } } | undefined)?.cause;
  const constraint = cause?.constraint;
  if (constraint?.fields) return constraint.fields;
  const match = constraint?.index ? /^[^_]+_(.+)_key$/.exec(constraint.index) : null;
  return match ? match[1]!.split("_") : [];
}
