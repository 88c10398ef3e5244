// Finding a KBLI code by its number or words of its title, for the activity form.
import { db } from "@/lib/db/client";

export async function searchKbli(query: string, limit = 20) {
  const q = query.trim().slice(0, 100);
  if (q.length < 2) return [];
  if (/^\d{1,5}$/.test(q)) {
    return db().kbli.findMany({ where: { code: { startsWith: q } }, orderBy: { code: "asc" }, take: limit });
  }
  const words = q.split(/\s+/).filter(Boolean).slice(0, 5);
  return db().kbli.findMany({
    where: { AND: words.map((w) => ({ OR: [{ titleId: { contains: w, mode: "insensitive" as const } }, { titleEn: { contains: w, mode: "insensitive" as const } }] })) },
    orderBy: { code: "asc" },
    take: limit,
  });
}

export async function getKbli(code: string) {
  return /^\d{5}$/.test(code) ? db().kbli.findUnique({ where: { code } }) : null;
}
