// Recognises a unique-constraint violation from Prisma, whichever driver adapter raised it.

/** The columns of the violated unique constraint, or null when the error is something else. */
export function uniqueViolationFields(error: unknown): string[] | null {
  const e = error as { code?: string; meta?: Record<string, unknown>; message?: string };
  if (e?.code !== "P2002") return null;
  const meta = e.meta ?? {};
  const target = meta.target ?? (meta.driverAdapterError as { cause?: { constraint?: { fields?: string[] } } })?.cause?.constraint?.fields;
  if (Array.isArray(target)) return target.map(String);
  if (typeof target === "string") return [target];
  return [];
}
