// Prisma CLI configuration. The application itself connects through driver adapters (lib/db),
// so the URL here is only used by `prisma migrate deploy` where Prisma's native engine is available.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/perizinan" },
});
