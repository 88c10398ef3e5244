// Checked when a server instance starts: a wrong configuration stops it with one clear line.
import { ConfigError, getEnv } from "@/lib/env";
import { getAuthSecret } from "@/lib/auth/secret";
import { getSigningKey } from "@/lib/signing/office-key";

export function checkConfigurationOrExit() {
  try {
    getEnv();
    getAuthSecret();
    getSigningKey();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
