"use server";
import { redirect } from "next/navigation";
import { plainAction } from "@/app/_lib/action";
import { retryMail } from "@/lib/notifications/outbox-admin";

export const retryMailAction = plainAction("manage:mail:office", async ({ actor, field }) => {
  await retryMail({ actor, mailId: field("mailId") });
  redirect("/admin/mail?retried=1");
});
