// A business actor's profile: a person (by NIK) or a legal entity (PT, CV, cooperative, foundation,
// firm, with its deed and tax number), its address, contacts and capital. One applicant account may
// manage several. Once the NIB is issued the identity (form, name, NIK, deed, NPWP) is fixed.
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { loadOwnBusiness } from "@/lib/business/activities";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { nikProblem, normalizePhone } from "@/lib/users/identity";
import { ZEmail } from "@/lib/users/fields";
import { normalizeNpwp, ZRupiah } from "@/lib/business/fields";

export const BUSINESS_FORMS = ["PERORANGAN", "PT", "CV", "KOPERASI", "YAYASAN", "FIRMA"] as const;
export type BusinessFormCode = (typeof BUSINESS_FORMS)[number];

const optionalText = (max: number) => zText().trim().max(max, "validation.tooLong").optional().default("");

export const ZSaveBusinessSchema = z
  .object({
    form: z.enum(BUSINESS_FORMS, "validation.business.form"),
    name: zText().trim().min(1, "validation.required").min(3, "validation.business.nameShort").max(150, "validation.tooLong"),
    nik: optionalText(16),
    deedNumber: optionalText(60),
    deedDate: optionalText(10),
    npwp: optionalText(25),
    address: zText().trim().min(1, "validation.required").min(10, "validation.address.short").max(500, "validation.tooLong"),
    phone: zText()
      .trim()
      .min(1, "validation.required")
      .transform((v, ctx) => normalizePhone(v) ?? (ctx.addIssue({ code: "custom", message: "validation.phone" }), z.NEVER)),
    email: ZEmail,
    paidUpCapital: ZRupiah,
    totalInvestment: ZRupiah,
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (v.form === "PERORANGAN") {
      if (!v.nik) issue("nik", "validation.required");
      else if (typeof v.nik === "string") {
        const problem = nikProblem(v.nik);
        if (problem) issue("nik", problem);
      }
    } else {
      if (!v.deedNumber) issue("deedNumber", "validation.business.deedNumber");
      if (!v.deedDate) issue("deedDate", "validation.business.deedDate");
      else if (!/^\d{4}-\d{2}-\d{2}$/.test(v.deedDate) || Number.isNaN(Date.parse(`${v.deedDate}T00:00:00Z`))) issue("deedDate", "validation.date");
      if (!v.npwp) issue("npwp", "validation.business.npwpRequired");
    }
    if (typeof v.npwp === "string" && v.npwp) {
      const npwp = normalizeNpwp(v.npwp);
      if (!npwp.ok) issue("npwp", npwp.problem);
    }
    if (typeof v.paidUpCapital === "number" && typeof v.totalInvestment === "number" && v.totalInvestment < v.paidUpCapital) {
      issue("totalInvestment", "validation.business.investmentBelowCapital");
    }
  }, {
    // Check these even when other fields failed, so that every problem shows at once.
    when: (payload) => typeof payload.value === "object" && payload.value !== null && typeof (payload.value as { form?: unknown }).form === "string",
  })
  .transform((v) => ({
    ...v,
    nik: v.nik || null,
    deedNumber: v.form === "PERORANGAN" ? null : v.deedNumber || null,
    deedDate: v.form === "PERORANGAN" || !v.deedDate ? null : new Date(`${v.deedDate}T00:00:00Z`),
    npwp: v.npwp ? (normalizeNpwp(v.npwp) as { value: string }).value : null,
  }));
export type TSaveBusiness = z.output<typeof ZSaveBusinessSchema>;

function columns(input: TSaveBusiness) {
  return {
    form: input.form,
    name: input.name,
    nik: input.nik,
    deedNumber: input.deedNumber,
    deedDate: input.deedDate,
    npwp: input.npwp,
    address: input.address,
    phone: input.phone,
    email: input.email,
    paidUpCapital: BigInt(input.paidUpCapital),
    totalInvestment: BigInt(input.totalInvestment),
  };
}

export async function createBusiness({ actor, input }: { actor: Actor; input: TSaveBusiness }) {
  requirePermission(actor, "create:business:own");
  return db().$transaction(async (tx) => {
    const office = actor.officeId
      ? { id: actor.officeId }
      : await tx.office.findFirstOrThrow({ orderBy: { createdAt: "asc" }, select: { id: true } });
    const business = await tx.businessActor.create({ data: { ...columns(input), officeId: office.id, ownerId: actor.id } });
    await recordAudit(tx, { officeId: business.officeId, actorId: actor.id, action: "business.create", entity: "BusinessActor", entityId: business.id });
    return business;
  });
}

const IDENTITY = ["form", "name", "nik", "deedNumber", "npwp"] as const;

export async function updateBusiness({ actor, businessId, input }: { actor: Actor; businessId: string; input: TSaveBusiness }) {
  requirePermission(actor, "update:business:own");
  return db().$transaction(async (tx) => {
    const business = await loadOwnBusiness(tx, actor, businessId);
    const next = columns(input);
    if (business.nib) {
      const changed = IDENTITY.filter((k) => (next[k] ?? null) !== (business[k] ?? null));
      const deedChanged = (next.deedDate?.getTime() ?? null) !== (business.deedDate?.getTime() ?? null);
      if (changed.length || deedChanged) {
        const fields = Object.fromEntries([...changed, ...(deedChanged ? ["deedDate"] : [])].map((k) => [k, "validation.business.identityFixed"]));
        throw new AppError("INVALID_INPUT", "validation.business.identityFixed", fields);
      }
    }
    await tx.businessActor.update({ where: { id: business.id }, data: { ...next, lockVersion: { increment: 1 } } });
    await recordAudit(tx, { officeId: business.officeId, actorId: actor.id, action: "business.update", entity: "BusinessActor", entityId: business.id });
  });
}
