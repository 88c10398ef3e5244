"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { setWorkWeek, ZWorkWeekSchema } from "@/lib/calendar/work-week";
import { requirePage } from "@/app/_lib/session";
import { confirmHolidays, createHoliday, deleteHoliday, ZCreateHolidaySchema } from "@/lib/calendar/holidays";
import { fieldErrorsFrom, formStateFromError, formValues, type FormState } from "@/lib/forms";

export async function createHolidayAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePage("manage:calendar:any");
  const values = formValues(formData);
  const parsed = ZCreateHolidaySchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsFrom(parsed.error) };
  try {
    await createHoliday({ actor, input: parsed.data });
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidatePath("/admin/holidays");
  return { success: "admin.holidays.added" };
}

export async function confirmHolidaysAction(formData: FormData) {
  const actor = await requirePage("manage:calendar:any");
  const ids = formData.getAll("id").map(String).filter(Boolean).slice(0, 400);
  await confirmHolidays({ actor, ids });
  revalidatePath("/admin/holidays");
}

export async function deleteHolidayAction(formData: FormData) {
  const actor = await requirePage("manage:calendar:any");
  await deleteHoliday({ actor, id: String(formData.get("id") ?? "") });
  revalidatePath("/admin/holidays");
}

export async function setWorkWeekAction(formData: FormData) {
  const actor = await requirePage("manage:calendar:any");
  const parsed = ZWorkWeekSchema.safeParse(formData.getAll("day"));
  if (!parsed.success) redirect("/admin/holidays?workWeekError=1");
  await setWorkWeek({ actor, days: parsed.data });
  redirect("/admin/holidays?workWeekSaved=1");
}
