import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/demo";

export function printDemoAccounts() {
  console.log(`Demo accounts (password for all: ${DEMO_PASSWORD}):`);
  for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(13)} ${u.email}`);
}
