// The NIB (Nomor Induk Berusaha): 13 digits, the last a Luhn check digit over the first 12. Bodies come
// from one counter row incremented in the submitting transaction, so a NIB is never given twice and,
// once given, never reused (the row only grows; a rolled-back submission gives its number back unused).
import type { Tx } from "@/lib/audit/record-audit";
import { nibCheckDigit } from "@/lib/risk/classify";

/** Bodies start with 91: the series this portal issues in. 10 digits of sequence follow. */
const SERIES = "91";
const MAX_SEQ = 9_999_999_999;

export function formatNib(seq: number) {
  if (!Number.isSafeInteger(seq) || seq < 1 || seq > MAX_SEQ) throw new RangeError("NIB sequence out of range");
  const body = `${SERIES}${String(seq).padStart(10, "0")}`;
  return `${body}${nibCheckDigit(body)}`;
}

export async function allocateNib(tx: Tx) {
  const rows = await tx.$queryRaw<{ lastSeq: bigint | number }[]>`
    INSERT INTO "NibCounter" ("id", "lastSeq") VALUES (1, 1)
    ON CONFLICT ("id") DO UPDATE SET "lastSeq" = "NibCounter"."lastSeq" + 1
    RETURNING "lastSeq"`;
  return formatNib(Number(rows[0]!.lastSeq));
}
