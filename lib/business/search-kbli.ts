// Finding a KBLI code by its number or words of its title, for the activity form. Results come best
// first: for a number the exact code, then codes that start with it; for words, titles that hold the
// word whole ("jamu" in "... (jamu) ..."), then titles with a word that starts with it ("Jamur"), then
// titles that only hold it inside a word.
import { db } from "@/lib/db/client";
import { Prisma, type Kbli } from "@/lib/db/generated/client";

export type KbliHit = Pick<Kbli, "code" | "titleId" | "titleEn" | "section">;

/** The word as a literal in a PostgreSQL regular expression. */
const literal = (word: string) => word.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");

export async function searchKbli(query: string, limit = 20): Promise<KbliHit[]> {
  const q = query.trim().slice(0, 100);
  if (q.length < 2) return [];
  if (/^\d{1,5}$/.test(q)) {
    const rows = await db().kbli.findMany({ where: { code: { startsWith: q } }, select: { code: true, titleId: true, titleEn: true, section: true }, orderBy: { code: "asc" }, take: limit });
    return rows.sort((a, b) => Number(b.code === q) - Number(a.code === q));
  }
  const words = q.split(/\s+/).filter(Boolean).slice(0, 5);
  // \m and \M are PostgreSQL's start and end of a word (the same in every version the portal runs on).
  const rank = (word: string, column: Prisma.Sql) => Prisma.sql`CASE WHEN ${column} ~* ${`\\m${literal(word)}\\M`} THEN 0 WHEN ${column} ~* ${`\\m${literal(word)}`} THEN 1 ELSE 2 END`;
  const matches = words.map(
    (w) => Prisma.sql`(strpos(lower("titleId"), lower(${w})) > 0 OR strpos(lower("titleEn"), lower(${w})) > 0)`,
  );
  const score = words.map((w) => Prisma.sql`LEAST(${rank(w, Prisma.sql`"titleId"`)}, ${rank(w, Prisma.sql`"titleEn"`)})`);
  return db().$queryRaw<KbliHit[]>`
    SELECT "code", "titleId", "titleEn", "section" FROM "Kbli"
    WHERE ${Prisma.join(matches, " AND ")}
    ORDER BY ${Prisma.join(score, " + ")}, "code"
    LIMIT ${limit}`;
}

export async function getKbli(code: string) {
  return /^\d{5}$/.test(code) ? db().kbli.findUnique({ where: { code } }) : null;
}
