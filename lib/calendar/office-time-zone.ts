// The office's time zone (Office.timeZone) is the one source of the zone in which its days begin and
// end, its deadlines fall and its dates are written; nothing else names a zone.
import type { Tx } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";

/** The zone of one office, read inside the caller's transaction when there is one. */
export async function officeTimeZone(tx: Tx | null, officeId: string): Promise<string> {
  const office = await (tx ?? db()).office.findUniqueOrThrow({ where: { id: officeId }, select: { timeZone: true } });
  return office.timeZone;
}

// Every page asks for the viewer's zone (the request configuration); an office's zone is set when the
// office is created, so each server keeps the answer for a minute instead of asking the database per page.
const ZONE_TTL_MS = 60_000;
const zones = new Map<string, { zone: string | null; until: number }>();

/**
 * The zone for a person: their own office's, or, for someone not attached to an office (an applicant,
 * a visitor), the zone of the office this installation serves (the first one created).
 */
export async function findTimeZoneFor(officeId: string | null | undefined): Promise<string | null> {
  const key = officeId ?? "";
  const known = zones.get(key);
  if (known && known.until > Date.now()) return known.zone;
  const office = officeId
    ? await db().office.findUnique({ where: { id: officeId }, select: { timeZone: true } })
    : await db().office.findFirst({ orderBy: { createdAt: "asc" }, select: { timeZone: true } });
  const zone = office?.timeZone ?? null;
  // Not kept while no office exists yet, so the first seeded office is seen at once.
  if (zone) zones.set(key, { zone, until: Date.now() + ZONE_TTL_MS });
  return zone;
}
