// Fulfilling a commitment: the business sends its proof (the KKPR, environmental approval or PBG it
// obtained) and the back office checks it, accepting it or saying why not. The business hears of
// either outcome; a refused proof can be sent again.
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { commitmentScope } from "@/lib/auth/access-scopes";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { formatDay, inBothLanguages } from "@/lib/calendar/format-date";
import id from "@/messages/id.json";
import en from "@/messages/en.json";

export const PROOF_ACCEPT = ["pdf"] as const;
export const PROOF_MAX_MB = 10;

/** A basic requirement's name in both languages, as the business page shows it. */
export function requirementInWords(requirement: string) {
  const name = (catalogue: typeof id) => (catalogue.business.requirements as Record<string, string>)[requirement] ?? requirement;
  return { id: name(id), en: name(en) };
}

export type CommitmentState = "open" | "awaiting_check" | "refused" | "fulfilled";

export function commitmentState(c: { fulfilledAt: Date | null; proofSubmittedAt: Date | null; rejectReason: string | null }): CommitmentState {
  if (c.fulfilledAt) return "fulfilled";
  if (c.proofSubmittedAt) return "awaiting_check";
  return c.rejectReason ? "refused" : "open";
}

/** Checks that the actor may send proof for the commitment now, before the upload is received. */
export async function findProofTarget({ actor, commitmentId }: { actor: Actor; commitmentId: string }) {
  requirePermission(actor, "update:business:own");
  const commitment = await db().commitment.findFirst({
    where: { id: commitmentId, ...commitmentScope(actor, "update:business") },
    include: { business: { select: { id: true } } },
  });
  if (!commitment) throw new AppError("NOT_FOUND", "errors.notFound");
  if (commitment.fulfilledAt) throw new AppError("CONFLICT", "errors.business.commitmentFulfilled");
  return { businessId: commitment.business.id };
}

export async function submitCommitmentProof({
  actor,
  commitmentId,
  file,
  now = new Date(),
}: {
  actor: Actor;
  commitmentId: string;
  file: { sha256: string; size: number; mime: string; originalName: string };
  now?: Date;
}) {
  requirePermission(actor, "update:business:own");
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Commitment" WHERE "id" = ${commitmentId} FOR UPDATE`;
    const commitment = await tx.commitment.findFirst({
      where: { id: commitmentId, ...commitmentScope(actor, "update:business") },
      include: { business: { select: { officeId: true } } },
    });
    if (!commitment) throw new AppError("NOT_FOUND", "errors.notFound");
    if (commitment.fulfilledAt) throw new AppError("CONFLICT", "errors.business.commitmentFulfilled");
    const stored = await tx.storedFile.create({ data: { ...file, originalName: file.originalName || "bukti.pdf", uploadedById: actor.id } });
    await tx.commitment.update({ where: { id: commitment.id }, data: { proofFileId: stored.id, proofSubmittedAt: now, rejectReason: null } });
    await recordAudit(tx, { officeId: commitment.business.officeId, actorId: actor.id, action: "commitment.submitProof", entity: "Commitment", entityId: commitment.id });
    return { businessId: commitment.businessId };
  });
}

export async function findCommitmentsToCheck({ actor }: { actor: Actor }) {
  requirePermission(actor, "check:commitment:office");
  return db().commitment.findMany({
    where: { proofSubmittedAt: { not: null }, fulfilledAt: null, ...commitmentScope(actor, "check:commitment") },
    include: { activity: { select: { kbli: true } }, business: { select: { id: true, name: true, nib: true } } },
    orderBy: [{ proofSubmittedAt: "asc" }, { id: "asc" }],
    take: 200,
  });
}

export const ZCheckCommitmentSchema = z
  .object({
    outcome: z.enum(["accept", "refuse"], "validation.choice"),
    reason: zText().trim().max(1000, "validation.tooLong").optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "refuse" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "validation.business.refuseReason" });
  });

export async function checkCommitment({
  actor,
  commitmentId,
  input,
  now = new Date(),
}: {
  actor: Actor;
  commitmentId: string;
  input: z.output<typeof ZCheckCommitmentSchema>;
  now?: Date;
}) {
  requirePermission(actor, "check:commitment:office");
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Commitment" WHERE "id" = ${commitmentId} FOR UPDATE`;
    const commitment = await tx.commitment.findFirst({
      where: { id: commitmentId, ...commitmentScope(actor, "check:commitment") },
      include: { business: true, activity: { select: { kbli: true } } },
    });
    if (!commitment) throw new AppError("NOT_FOUND", "errors.notFound");
    if (commitment.fulfilledAt || !commitment.proofSubmittedAt) throw new AppError("CONFLICT", "errors.business.commitmentNotAwaiting");
    const accepted = input.outcome === "accept";
    await tx.commitment.update({
      where: { id: commitment.id },
      data: accepted
        ? { fulfilledAt: now, checkedById: actor.id, checkedAt: now }
        : { proofSubmittedAt: null, rejectReason: input.reason, checkedById: actor.id, checkedAt: now },
    });
    await notify(tx, {
      event: accepted ? "commitmentFulfilled" : "commitmentRefused",
      occurrence: `${commitment.id}:${now.getTime()}`,
      userIds: [commitment.business.ownerId],
      link: `/business/${commitment.businessId}`,
      params: {
        requirement: requirementInWords(commitment.requirement),
        kbli: commitment.activity.kbli,
        business: commitment.business.name,
        due: inBothLanguages((locale) => formatDay(commitment.dueDay, locale)),
        reason: input.reason,
      },
      now,
    });
    await recordAudit(tx, { officeId: commitment.business.officeId, actorId: actor.id, action: accepted ? "commitment.accept" : "commitment.refuse", entity: "Commitment", entityId: commitment.id, data: accepted ? undefined : { reason: input.reason } });
  });
}

/** The proof file, for the business's owner and office staff who check commitments. */
export async function findCommitmentProof({ actor, commitmentId }: { actor: Actor; commitmentId: string }) {
  const commitment = await db().commitment.findFirst({
    where: { id: commitmentId, proofFileId: { not: null }, OR: [commitmentScope(actor, "read:business"), commitmentScope(actor, "check:commitment")] },
    select: { proofFileId: true },
  });
  if (!commitment?.proofFileId) throw new AppError("NOT_FOUND", "errors.notFound");
  return db().storedFile.findUniqueOrThrow({ where: { id: commitment.proofFileId } });
}

export async function getCommitmentForCheck({ actor, commitmentId }: { actor: Actor; commitmentId: string }) {
  requirePermission(actor, "check:commitment:office");
  const commitment = await db().commitment.findFirst({
    where: { id: commitmentId, ...commitmentScope(actor, "check:commitment") },
    include: { activity: { select: { kbli: true } }, business: { select: { id: true, name: true, nib: true, officeId: true } } },
  });
  if (!commitment) throw new AppError("NOT_FOUND", "errors.notFound");
  return commitment;
}
