"use server";
import { redirect } from "next/navigation";
import { endSession } from "@/app/_lib/start-session";

export async function logoutAction() {
  await endSession();
  redirect("/login?loggedOut=1");
}
