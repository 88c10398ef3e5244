"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { plainAction } from "@/app/_lib/action";
import { markAllRead } from "@/lib/notifications/notification-centre";

export const markAllReadAction = plainAction("read:notification:own", async ({ actor }) => {
  await markAllRead({ actor });
  // The header's count lives in the root layout: redraw it too.
  revalidatePath("/", "layout");
  redirect("/notifications?read=1");
});
