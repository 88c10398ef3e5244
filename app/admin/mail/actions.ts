"use server";
import { redirect } from "next/navigation";
import { requirePage } from "@/app/_lib/session";
import { retryMail } from "@/lib/notifications/outbox-admin";

export async function retryMailAction(formData: FormData) {
  const actor = await requirePage("manage:mail:any");
  await retryMail({ actor, mailId: String(formData.get("mailId") ?? "") });
  redirect("/admin/mail?retried=1");
}
