// The office's time zone (Office.timeZone) is the one source of the zone in which its days begin and
// end, its deadlines fall and its dates are written; nothing else names a zone.
import type { Tx } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";

/** The zone of one office, read inside the caller's transaction when there is one. */
export async function officeTimeZone(tx: Tx | null, officeId: string): Promise<string> {
  const office = await (tx ?? db()).office.findUniqueOrThrow({ where: { id: officeId }, select: { timeZone: true } });
  return office.timeZone;
}

/**
 * The zone for a person: their own office's, or, for someone not attached to an office (an applicant,
 * a visitor), the zone of the office this installation serves (the first one created).
 */
export async function findTimeZoneFor(officeId: string | null | undefined): Promise<string | null> {
  const office = officeId
    ? await db().office.findUnique({ where: { id: officeId }, select: { timeZone: true } })
    : await db().office.findFirst({ orderBy: { createdAt: "asc" }, select: { timeZone: true } });
  return office?.timeZone ?? null;
}
