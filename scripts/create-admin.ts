// npm run admin:create -- --email <e-mail> --name "<full name>" [--office "<office name>" --city "<city>"]
// Creates the first administrator of a new installation (on PostgreSQL no demo data is loaded, so
// somebody has to be able to log in). The password is read from ADMIN_PASSWORD, never from the command
// line, so that it stays out of the shell history.
import { parseArgs } from "node:util";
import { runCli } from "./cli";
import { db, disconnectDb } from "@/lib/db/client";
import { closePglite } from "@/lib/db/connection";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { getEnv } from "@/lib/env";
import { recordAudit } from "@/lib/audit/record-audit";
import { ZEmail, ZPersonName } from "@/lib/users/fields";
import { passwordProblem } from "@/lib/users/identity";
import { hashPassword } from "@/lib/users/password-hash";

class UsageError extends Error {}

runCli(async () => {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, office: { type: "string" }, city: { type: "string" } },
  });
  const email = ZEmail.safeParse(values.email ?? "");
  const name = ZPersonName.safeParse(values.name ?? "");
  const password = process.env.ADMIN_PASSWORD ?? "";
  if (!email.success || !name.success) {
    console.error('usage: ADMIN_PASSWORD=... npm run admin:create -- --email <e-mail> --name "<full name>" [--office "<office>" --city "<city>"]');
    process.exit(1);
  }
  const problem = passwordProblem(password, { email: email.data });
  if (problem) {
    console.error("Error: ADMIN_PASSWORD must have at least 10 characters with letters and digits, and must not contain the e-mail.");
    process.exit(1);
  }
  await prepareDatabase({ seed: "never" });
  const passwordHash = await hashPassword(password);
  await db().$transaction(async (tx) => {
    let office = await tx.office.findFirst({ orderBy: { createdAt: "asc" } });
    if (!office) {
      if (!values.office || !values.city) throw new UsageError("No office exists yet: give --office and --city to create it.");
      // A new office starts in the configured zone; it is the office's own setting from then on.
      office = await tx.office.create({ data: { code: "OFFICE", name: values.office, city: values.city, timeZone: getEnv().APP_TIME_ZONE } });
    }
    if (await tx.user.findUnique({ where: { email: email.data } })) throw new UsageError(`An account ${email.data} already exists.`);
    const user = await tx.user.create({
      data: { email: email.data, fullName: name.data, role: "ADMIN", passwordHash, officeId: office.id },
    });
    await recordAudit(tx, { officeId: office.id, actorId: null, action: "user.create", entity: "User", entityId: user.id, data: { email: email.data, role: "ADMIN" } });
  }).catch((error) => {
    if (error instanceof UsageError) {
      console.error(`Error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  });
  console.log(`Administrator ${email.data} created.`);
  await disconnectDb();
  const { database } = getEnv();
  if (database.kind === "embedded") await closePglite(database.dataDir);
});
