// Field schemas shared by the user forms. Messages are translation keys.
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { passwordProblem } from "@/lib/users/identity";

export const ZPersonName = zText()
  .trim()
  .min(1, "validation.required")
  .min(3, "validation.name.short")
  .max(100, "validation.name.long");

export const ZEmail = zText()
  .trim()
  .toLowerCase()
  .min(1, "validation.required")
  .max(254, "validation.email.format")
  .pipe(z.email("validation.email.format"));

export const ZLocale = z.enum(["id", "en"], "validation.invalid");

interface PasswordInput {
  password: string;
  passwordConfirm?: string;
  email?: string;
}

/**
 * Checks strength (and the repeat, where the form has one) even when other fields of the form failed,
 * so that the person sees every problem at once.
 */
export const passwordRefinement = [
  (v: PasswordInput, ctx: z.RefinementCtx) => {
    const problem = passwordProblem(v.password, { email: typeof v.email === "string" ? v.email : undefined });
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    else if (v.passwordConfirm !== undefined && v.password !== v.passwordConfirm)
      ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "validation.password.mismatch" });
  },
  {
    when: (payload: { value: unknown }) => {
      const v = payload.value as Partial<PasswordInput> | undefined;
      return typeof v?.password === "string" && v.password.length > 0;
    },
  },
] as const;
