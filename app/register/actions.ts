"use server";
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { registerApplicant, ZRegisterApplicantSchema } from "@/lib/users/register-applicant";
import { fieldErrorsFrom, formStateFromError, formValues, type FormState } from "@/lib/forms";

export async function registerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["password", "passwordConfirm"]);
  const parsed = ZRegisterApplicantSchema.safeParse({ ...values, ...passwords(formData), locale: await getLocale() });
  if (!parsed.success) return { values, fieldErrors: fieldErrorsFrom(parsed.error) };
  let email: string;
  try {
    email = (await registerApplicant(parsed.data)).email;
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(`/login?registered=1&email=${encodeURIComponent(email)}`);
}

function passwords(formData: FormData) {
  return { password: String(formData.get("password") ?? ""), passwordConfirm: String(formData.get("passwordConfirm") ?? "") };
}
