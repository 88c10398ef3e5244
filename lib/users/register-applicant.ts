// Self-registration of an applicant (a citizen identified by NIK).
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { uniqueViolationFields } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import { nikProblem, normalizePhone } from "@/lib/users/identity";
import { hashPassword } from "@/lib/users/password-hash";
import { passwordRefinement, ZEmail, ZLocale, ZPersonName } from "@/lib/users/fields";

export const ZRegisterApplicantSchema = z
  .object({
    fullName: ZPersonName,
    nik: zText()
      .trim()
      .min(1, "validation.required")
      .superRefine((v, ctx) => {
        const problem = nikProblem(v);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    email: ZEmail,
    phone: zText()
      .trim()
      .min(1, "validation.required")
      .transform((v, ctx) => {
        const phone = normalizePhone(v);
        if (!phone) {
          ctx.addIssue({ code: "custom", message: "validation.phone" });
          return z.NEVER;
        }
        return phone;
      }),
    password: zText().min(1, "validation.required"),
    passwordConfirm: zText().min(1, "validation.required"),
    locale: ZLocale.optional(),
  })
  .superRefine(...passwordRefinement);

export type TRegisterApplicant = z.input<typeof ZRegisterApplicantSchema>;

export async function registerApplicant(input: z.output<typeof ZRegisterApplicantSchema>) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db().$transaction(async (tx) => {
      const office = await tx.office.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
      const user = await tx.user.create({
        data: {
          officeId: office?.id ?? null,
          fullName: input.fullName,
          nik: input.nik,
          email: input.email,
          phone: input.phone,
          passwordHash,
          role: "APPLICANT",
          locale: input.locale ?? "id",
        },
        select: { id: true, email: true, role: true, officeId: true },
      });
      await recordAudit(tx, { officeId: user.officeId, actorId: user.id, action: "user.register", entity: "User", entityId: user.id });
      return user;
    });
  } catch (error) {
    const fields = uniqueViolationFields(error);
    if (fields) {
      // Two registrations racing for the same e-mail or NIK: the database decides, the loser gets a field error.
      const field = fields.includes("nik") ? "nik" : "email";
      throw new AppError("CONFLICT", `validation.${field}.taken`, { [field]: `validation.${field}.taken` });
    }
    throw error;
  }
}
