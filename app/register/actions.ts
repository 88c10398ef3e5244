"use server";
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { parseInput, publicFormAction } from "@/app/_lib/action";
import { registerApplicant, ZRegisterApplicantSchema } from "@/lib/users/register-applicant";

export const registerAction = publicFormAction(
  async ({ values, field }) => {
    const input = parseInput(ZRegisterApplicantSchema, { ...values, password: field("password"), passwordConfirm: field("passwordConfirm"), locale: await getLocale() });
    const { email } = await registerApplicant(input);
    redirect(`/login?registered=1&email=${encodeURIComponent(email)}`);
  },
  { secret: ["password", "passwordConfirm"] },
);
