// The letterhead and signer of the office's documents, from the office and its head.
import type { Tx } from "@/lib/audit/record-audit";
import type { Letterhead, Signer } from "@/lib/documents/pdf/layout";

const OFFICE_FULL = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu";

export async function letterheadOf(tx: Tx, officeId: string, signerId: string | null): Promise<{ letterhead: Letterhead; signer: Signer; city: string }> {
  const office = await tx.office.findUniqueOrThrow({ where: { id: officeId } });
  const head = signerId ? await tx.user.findUnique({ where: { id: signerId }, select: { fullName: true } }) : null;
  return {
    letterhead: { government: `Pemerintah ${office.city}`, office: OFFICE_FULL, address: office.address, contact: office.contact ?? undefined },
    signer: { position: `Kepala ${OFFICE_FULL} ${office.city}`, name: head?.fullName ?? `Kepala ${office.name}` },
    city: office.city,
  };
}
