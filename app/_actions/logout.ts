"use server";
import { redirect } from "next/navigation";
import { plainAction } from "@/app/_lib/action";
import { endSession } from "@/app/_lib/start-session";

export const logoutAction = plainAction(null, async () => {
  await endSession();
  redirect("/login?loggedOut=1");
});
