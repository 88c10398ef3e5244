"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, parseInput, plainAction } from "@/app/_lib/action";
import { setWorkWeek, ZWorkWeekSchema } from "@/lib/calendar/work-week";
import { confirmHolidays, createHoliday, deleteHoliday, ZCreateHolidaySchema } from "@/lib/calendar/holidays";

export const createHolidayAction = formAction("manage:calendar:office", async ({ actor, values }) => {
  await createHoliday({ actor, input: parseInput(ZCreateHolidaySchema, values) });
  revalidatePath("/admin/holidays");
  return { success: "admin.holidays.added" };
});

export const confirmHolidaysAction = plainAction("manage:calendar:office", async ({ actor, formData }) => {
  const ids = formData.getAll("id").filter((v): v is string => typeof v === "string" && v !== "").slice(0, 400);
  await confirmHolidays({ actor, ids });
  revalidatePath("/admin/holidays");
});

export const deleteHolidayAction = plainAction("manage:calendar:office", async ({ actor, field }) => {
  await deleteHoliday({ actor, id: field("id") });
  revalidatePath("/admin/holidays");
});

export const setWorkWeekAction = plainAction("manage:calendar:office", async ({ actor, formData }) => {
  const parsed = ZWorkWeekSchema.safeParse(formData.getAll("day"));
  if (!parsed.success) redirect("/admin/holidays?workWeekError=1");
  await setWorkWeek({ actor, days: parsed.data });
  redirect("/admin/holidays?workWeekSaved=1");
});
