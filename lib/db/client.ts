// The Prisma client of this process, created lazily on first use (never while `next build` runs)
// and kept on globalThis so that development reloads do not open a second connection.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { getEnv } from "@/lib/env";
import { PrismaClient } from "@/lib/db/generated/client";
import { getPglite } from "@/lib/db/connection";

export type Db = PrismaClient;

const globalForPrisma = globalThis as unknown as { __prisma?: PrismaClient };

function createClient(): PrismaClient {
  const { database } = getEnv();
  if (database.kind === "embedded") {
    return new PrismaClient({ adapter: new PrismaPGlite(getPglite(database.dataDir)) });
  }
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 10 }) });
}

export function db(): PrismaClient {
  globalForPrisma.__prisma ??= createClient();
  return globalForPrisma.__prisma;
}

export async function disconnectDb() {
  const client = globalForPrisma.__prisma;
  globalForPrisma.__prisma = undefined;
  if (client) await client.$disconnect();
}
