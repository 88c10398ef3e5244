// The activities a business actor is about to register: added and removed while still drafts. The
// KBLI code must be in the reference table; the scale follows from the activity's capital.
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { activityScope, businessScope } from "@/lib/auth/access-scopes";
import type { Tx } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { scaleFromCapital } from "@/lib/risk/classify";
import { ZKbliCode, type RuleParameter } from "@/lib/risk/rules";
import { ZParameters, ZRupiah } from "@/lib/business/fields";

export const ZAddActivitySchema = z.object({
  kbli: zText().trim().min(1, "validation.business.kbliRequired").pipe(ZKbliCode),
  location: zText().trim().min(1, "validation.required").min(10, "validation.address.short").max(500, "validation.tooLong"),
  capital: ZRupiah,
  workers: zText()
    .trim()
    .transform((v, ctx) => {
      if (v === "") return null;
      if (!/^\d{1,7}$/.test(v)) {
        ctx.addIssue({ code: "custom", message: "validation.integer" });
        return z.NEVER;
      }
      return Number(v);
    }),
  parameters: ZParameters,
});
export type TAddActivity = z.output<typeof ZAddActivitySchema>;

/** Loads the actor's own business, locking it for the rest of the transaction. */
export async function loadOwnBusiness(tx: Tx, actor: Actor, businessId: string) {
  await tx.$queryRaw`SELECT "id" FROM "BusinessActor" WHERE "id" = ${businessId} FOR UPDATE`;
  const business = await tx.businessActor.findFirst({ where: { id: businessId, ...businessScope(actor, "update:business") } });
  if (!business) throw new AppError("NOT_FOUND", "errors.notFound");
  return business;
}

export async function addActivity({ actor, businessId, input }: { actor: Actor; businessId: string; input: TAddActivity }) {
  requirePermission(actor, "update:business:own");
  return db().$transaction(async (tx) => {
    const business = await loadOwnBusiness(tx, actor, businessId);
    const kbli = await tx.kbli.findUnique({ where: { code: input.kbli }, select: { code: true } });
    if (!kbli) throw new AppError("INVALID_INPUT", "validation.business.kbliUnknown", { kbli: "validation.business.kbliUnknown" });
    // A rule bounding a parameter can only be applied when the parameter is given: ask, never guess.
    const bounded = await tx.riskRule.findMany({ where: { kbli: input.kbli, parameterName: { not: null } }, select: { parameterName: true }, distinct: ["parameterName"] });
    const missing = bounded.map((r) => r.parameterName as RuleParameter).filter((p) => input.parameters[p] === undefined);
    if (missing.length) throw new AppError("INVALID_INPUT", "validation.business.parameterRequired", Object.fromEntries(missing.map((p) => [p, "validation.business.parameterRequired"])));
    const open = await tx.businessActivity.count({ where: { businessId: business.id } });
    if (open >= 100) throw new AppError("INVALID_INPUT", "validation.business.tooManyActivities");
    const parameters = Object.fromEntries(Object.entries(input.parameters).filter(([, v]) => v !== undefined));
    return tx.businessActivity.create({
      data: {
        businessId: business.id,
        kbli: input.kbli,
        location: input.location,
        capital: BigInt(input.capital),
        workers: input.workers,
        scale: scaleFromCapital(input.capital),
        parameters: parameters as Prisma.InputJsonObject,
      },
    });
  });
}

export async function removeActivity({ actor, activityId }: { actor: Actor; activityId: string }) {
  requirePermission(actor, "update:business:own");
  return db().$transaction(async (tx) => {
    const activity = await tx.businessActivity.findFirst({ where: { id: activityId, ...activityScope(actor, "update:business") }, select: { businessId: true } });
    if (!activity) throw new AppError("NOT_FOUND", "errors.notFound");
    await loadOwnBusiness(tx, actor, activity.businessId);
    const removed = await tx.businessActivity.deleteMany({ where: { id: activityId, status: "DRAFT" } });
    if (removed.count === 0) throw new AppError("INVALID_TRANSITION", "errors.business.activityNotDraft");
    return { businessId: activity.businessId };
  });
}
