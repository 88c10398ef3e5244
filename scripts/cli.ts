// Shared start-up for the command-line scripts: one clear line and exit code 1 on a known failure.
import { ConfigError } from "@/lib/env";
import { DatabaseUnavailableError } from "@/lib/db/prepare-database";
import { MigrationError } from "@/lib/db/migrate";

export async function runCli(main: () => Promise<void>) {
  try {
    await main();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DatabaseUnavailableError || error instanceof MigrationError) {
      console.error(`Error: ${error.message}`);
    } else {
      console.error(error);
    }
    process.exit(1);
  }
}
