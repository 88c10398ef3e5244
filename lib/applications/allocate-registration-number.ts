// Allocates the next registration number of an office's year inside the caller's transaction.
// The counter row stays locked until that transaction ends: concurrent submissions queue, and a
// rolled-back submission gives its number back, so numbers are unique and gap-free.
import type { Tx } from "@/lib/audit/record-audit";
import { formatRegistrationNumber } from "@/lib/applications/numbering";

export async function allocateRegistrationNumber(tx: Tx, officeId: string, year: number) {
  const rows = await tx.$queryRaw<{ lastSeq: number }[]>`
    INSERT INTO "RegistrationCounter" ("officeId", "year", "lastSeq") VALUES (${officeId}, ${year}, 1)
    ON CONFLICT ("officeId", "year") DO UPDATE SET "lastSeq" = "RegistrationCounter"."lastSeq" + 1
    RETURNING "lastSeq"`;
  const seq = Number(rows[0]!.lastSeq);
  return { year, seq, number: formatRegistrationNumber(year, seq) };
}
