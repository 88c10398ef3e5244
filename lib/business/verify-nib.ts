// Public check of a NIB: is it well formed with a correct check digit, and was it issued here? A typo
// is caught by the check digit before anything is looked up. The business's name is public (as in OSS)
// and shown in full; of a sole proprietorship's owner, a person, only a masked name is shown.
import { db } from "@/lib/db/client";
import { isValidNib } from "@/lib/risk/classify";
import { maskName } from "@/lib/issuance/verify-issued-document";

export type NibCheck =
  | { valid: false; reason: "format" | "checkDigit" }
  | { valid: true; registered: false }
  | {
      valid: true;
      registered: true;
      business: { name: string; form: string; owner: string | null; issuedAt: string | null; certificateCode: string | null; activities: { kbli: string; titleId: string; titleEn: string; riskLevel: string | null }[] };
    };

export async function verifyNib(input: string): Promise<NibCheck> {
  const nib = input.replace(/[\s.\-]/g, "");
  if (!/^\d{13}$/.test(nib)) return { valid: false, reason: "format" };
  if (!isValidNib(nib)) return { valid: false, reason: "checkDigit" };
  const business = await db().businessActor.findUnique({
    where: { nib },
    select: {
      name: true,
      form: true,
      owner: { select: { fullName: true } },
      nibIssuedAt: true,
      activities: { where: { status: { not: "DRAFT" } }, orderBy: { createdAt: "asc" }, select: { kbli: true, riskLevel: true, kbliRef: { select: { titleId: true, titleEn: true } } } },
      nibApplication: { select: { issuedDocuments: { where: { kind: "NIB_CERTIFICATE", supersededAt: null }, select: { code: true } } } },
    },
  });
  if (!business) return { valid: true, registered: false };
  return {
    valid: true,
    registered: true,
    business: {
      name: business.name,
      form: business.form,
      owner: business.form === "PERORANGAN" ? maskName(business.owner.fullName) : null,
      issuedAt: business.nibIssuedAt?.toISOString() ?? null,
      certificateCode: business.nibApplication?.issuedDocuments[0]?.code ?? null,
      activities: business.activities.map((a) => ({ kbli: a.kbli, titleId: a.kbliRef.titleId, titleEn: a.kbliRef.titleEn, riskLevel: a.riskLevel })),
    },
  };
}
