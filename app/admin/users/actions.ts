"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePage } from "@/app/_lib/session";
import { createStaffUser, ZCreateStaffUserSchema } from "@/lib/users/create-staff-user";
import { setUserActive, updateStaffUser, ZSetUserActiveSchema, ZUpdateStaffUserSchema } from "@/lib/users/update-staff-user";
import { fieldErrorsFrom, formStateFromError, formValues, type FormState } from "@/lib/forms";

export async function createStaffUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePage("manage:user:any");
  const values = formValues(formData, ["password"]);
  const parsed = ZCreateStaffUserSchema.safeParse({ ...values, password: String(formData.get("password") ?? "") });
  if (!parsed.success) return { values, fieldErrors: fieldErrorsFrom(parsed.error) };
  let id: string;
  try {
    id = (await createStaffUser({ actor, input: parsed.data })).id;
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(`/admin/users/${id}?created=1`);
}

export async function updateStaffUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePage("manage:user:any");
  const values = formValues(formData);
  const parsed = ZUpdateStaffUserSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsFrom(parsed.error) };
  try {
    await updateStaffUser({ actor, input: parsed.data });
  } catch (error) {
    return formStateFromError(error, values);
  }
  // Redraw the page from what was saved (the summary shows the role too, and a non-technical role
  // drops the agency), rather than echoing what was typed.
  revalidatePath(`/admin/users/${parsed.data.userId}`);
  return { success: "admin.users.updated" };
}

export async function setUserActiveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePage("manage:user:any");
  const parsed = ZSetUserActiveSchema.safeParse(formValues(formData));
  if (!parsed.success) return { formError: "validation.invalid" };
  try {
    await setUserActive({ actor, userId: parsed.data.userId, active: parsed.data.active });
  } catch (error) {
    return formStateFromError(error, {});
  }
  redirect(`/admin/users/${parsed.data.userId}?${parsed.data.active ? "reactivated" : "deactivated"}=1`);
}
