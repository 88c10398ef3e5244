// Writes one row of the audit log. Always called inside the transaction of the change it records.
import type { Prisma } from "@/lib/db/generated/client";

export type Tx = Prisma.TransactionClient;

export interface AuditEntry {
  /** The office whose data the change concerns (for shared reference data such as the KBLI table, the acting administrator's office). */
  officeId: string | null;
  actorId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  data?: Prisma.InputJsonValue;
}

export async function recordAudit(tx: Tx, entry: AuditEntry) {
  await tx.auditLog.create({
    data: {
      officeId: entry.officeId,
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      data: entry.data,
    },
  });
}
