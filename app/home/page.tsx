import { redirect } from "next/navigation";
import { getActor } from "@/app/_lib/session";
import { ROLE_HOME } from "@/lib/auth/permissions";

// "My home": sends each person to the home page of their role.
export default async function MyHomePage() {
  const actor = await getActor();
  redirect(actor ? ROLE_HOME[actor.role].path : "/login?returnTo=%2Fhome");
}
