"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, parseInput } from "@/app/_lib/action";
import { createStaffUser, ZCreateStaffUserSchema } from "@/lib/users/create-staff-user";
import { setUserActive, updateStaffUser, ZSetUserActiveSchema, ZUpdateStaffUserSchema } from "@/lib/users/update-staff-user";

export const createStaffUserAction = formAction(
  "manage:user:office",
  async ({ actor, values, field }) => {
    const { id } = await createStaffUser({ actor, input: parseInput(ZCreateStaffUserSchema, { ...values, password: field("password") }) });
    redirect(`/admin/users/${id}?created=1`);
  },
  { secret: ["password"] },
);

export const updateStaffUserAction = formAction("manage:user:office", async ({ actor, values }) => {
  const input = parseInput(ZUpdateStaffUserSchema, values);
  await updateStaffUser({ actor, input });
  // Redraw the page from what was saved (the summary shows the role too, and a non-technical role
  // drops the agency), rather than echoing what was typed.
  revalidatePath(`/admin/users/${input.userId}`);
  return { success: "admin.users.updated" };
});

export const setUserActiveAction = formAction("manage:user:office", async ({ actor, values }) => {
  const parsed = ZSetUserActiveSchema.safeParse(values);
  if (!parsed.success) return { formError: "validation.invalid" };
  await setUserActive({ actor, userId: parsed.data.userId, active: parsed.data.active });
  redirect(`/admin/users/${parsed.data.userId}?${parsed.data.active ? "reactivated" : "deactivated"}=1`);
});
