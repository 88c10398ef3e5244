"use server";
import { redirect } from "next/navigation";
import { requirePage } from "@/app/_lib/session";
import { markAllRead } from "@/lib/notifications/notification-centre";

export async function markAllReadAction() {
  const actor = await requirePage("read:notification:own");
  await markAllRead({ actor });
  redirect("/notifications?read=1");
}
