// The letterhead and signer of the office's documents, from the office and its head.
import type { Tx } from "@/lib/audit/record-audit";
import { can, type Actor } from "@/lib/auth/permissions";
import type { Letterhead, Signer } from "@/lib/documents/pdf/layout";
import { translator } from "@/lib/i18n/translate";

const OFFICE_FULL = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu";

export async function letterheadOf(tx: Tx, officeId: string, signerId: string | null): Promise<{ letterhead: Letterhead; signer: Signer; city: string; contact: string }> {
  const office = await tx.office.findUniqueOrThrow({ where: { id: officeId } });
  const head = signerId ? await tx.user.findUnique({ where: { id: signerId }, select: { fullName: true } }) : null;
  return {
    letterhead: { government: `Pemerintah ${office.city}`, office: OFFICE_FULL, address: office.address, contact: office.contact ?? undefined },
    signer: { position: `Kepala ${OFFICE_FULL} ${office.city}`, name: head?.fullName ?? `Kepala ${office.name}` },
    city: office.city,
    contact: [office.address, office.contact].filter(Boolean).join(", "),
  };
}

/**
 * Who decides and signs a letter, as their account says: the head signs in their own name; an officer
 * below the head signs in their own name and position on the head's behalf (a.n.), never in the head's.
 */
export async function officerSignerOf(tx: Tx, officeId: string, actor: Actor): Promise<Signer> {
  const [office, user] = await Promise.all([
    tx.office.findUniqueOrThrow({ where: { id: officeId }, select: { city: true } }),
    tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { fullName: true, role: true, agency: { select: { nameId: true } } } }),
  ]);
  const head = `Kepala ${OFFICE_FULL} ${office.city}`;
  if (can(actor, "sign:document:office")) return { position: head, name: user.fullName };
  const role = translator("id")(`roles.${user.role}`);
  return { onBehalfOf: `a.n. ${head}`, position: user.agency ? `${role} ${user.agency.nameId}` : role, name: user.fullName };
}
