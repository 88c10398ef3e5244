// Health check for load balancers: answers 200 when this instance can reach the database.
import { databaseReachable } from "@/lib/db/check-database";

export const dynamic = "force-dynamic";

export async function GET() {
  return (await databaseReachable()) ? Response.json({ status: "ok" }) : Response.json({ status: "unavailable" }, { status: 503 });
}
