"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePage } from "@/app/_lib/session";
import { markAllRead } from "@/lib/notifications/notification-centre";

export async function markAllReadAction() {
  const actor = await requirePage("read:notification:own");
  await markAllRead({ actor });
  // The header's count lives in the root layout: redraw it too.
  revalidatePath("/", "layout");
  redirect("/notifications?read=1");
}
