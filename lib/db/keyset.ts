// Keyset (cursor) pagination over (createdAt, id), newest first: stable under inserts and fast at any depth.

export interface KeysetRow {
  createdAt: Date;
  id: string;
}

export function encodeCursor(row: KeysetRow) {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
}

export function decodeCursor(cursor: string | undefined | null): KeysetRow | null {
  if (!cursor) return null;
  const [iso, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const createdAt = new Date(iso ?? "");
  return id && !Number.isNaN(createdAt.getTime()) ? { createdAt, id } : null;
}

/** The where-condition for rows after the cursor in (createdAt desc, id desc) order. */
export function afterCursor(cursor: KeysetRow) {
  return { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] };
}

/** Splits the fetched page+1 rows into the page and the cursor of the next one. */
export function pageOf<T extends KeysetRow>(rows: T[], size: number) {
  const items = rows.slice(0, size);
  return { items, nextCursor: rows.length > size ? encodeCursor(items[items.length - 1]!) : null };
}
