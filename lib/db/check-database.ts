// Whether this instance reaches its database, for the load balancer's health check.
import { db } from "@/lib/db/client";

export async function databaseReachable(): Promise<boolean> {
  try {
    await db().$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
