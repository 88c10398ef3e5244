// The office's Ed25519 key that signs issued documents. In embedded mode it is generated once and
// kept in the data folder; with a PostgreSQL server every instance must sign with the same key, so it
// has to be configured (SIGNING_PRIVATE_KEY).
import "server-only";
import crypto, { type KeyObject } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ConfigError, getEnv, type Env } from "@/lib/env";

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** First 16 hex characters of the SHA-256 of the raw 32-byte public key; names the key on documents. */
  keyId: string;
}

export const SIGNING_KEY_FILE = "signing-key.pem";
const GENERATE_HINT = "generate one with: openssl genpkey -algorithm ed25519";

let cached: SigningKey | undefined;

export function getSigningKey(): SigningKey {
  cached ??= loadSigningKey(getEnv());
  return cached;
}

/** For tests that change the environment between cases. */
export function resetSigningKeyCache() {
  cached = undefined;
}

/** Reads the configured key or, in embedded mode, the one kept in the data folder (made on first use). */
export function loadSigningKey(env: Pick<Env, "SIGNING_PRIVATE_KEY" | "database" | "dataDir">): SigningKey {
  if (env.SIGNING_PRIVATE_KEY) return signingKeyFromPem(env.SIGNING_PRIVATE_KEY, "SIGNING_PRIVATE_KEY");
  if (env.database.kind === "postgres") {
    throw new ConfigError(
      `SIGNING_PRIVATE_KEY is required with a PostgreSQL DATABASE_URL (${GENERATE_HINT}, then put the PEM in SIGNING_PRIVATE_KEY)`,
    );
  }
  const file = path.join(env.dataDir, SIGNING_KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(env.dataDir, { recursive: true });
    const { privateKey } = crypto.generateKeyPairSync("ed25519");
    const pem = privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    // Written whole under a private name, then linked into place: link fails with EEXIST when another
    // process got there first (so only one key is ever made), and no reader sees a half-written file.
    const draft = `${file}.${process.pid}.${crypto.randomUUID()}.tmp`;
    fs.writeFileSync(draft, pem, { mode: 0o600, flag: "wx" });
    try {
      fs.linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      fs.rmSync(draft, { force: true });
    }
  }
  return signingKeyFromPem(fs.readFileSync(file, "utf8"), file);
}

/** Builds the key from a PKCS#8 PEM; `source` names where it came from in the one-line error. */
export function signingKeyFromPem(pem: string, source: string): SigningKey {
  // A PEM pasted into a one-line environment variable often arrives with literal "\n".
  const text = pem.includes("\n") ? pem : pem.replaceAll("\\n", "\n");
  let privateKey: KeyObject;
  try {
    privateKey = crypto.createPrivateKey({ key: text, format: "pem" });
  } catch {
    throw new ConfigError(`${source} is not a PEM private key (${GENERATE_HINT})`);
  }
  if (privateKey.asymmetricKeyType !== "ed25519") {
    throw new ConfigError(`${source} is a ${privateKey.asymmetricKeyType} key, not Ed25519 (${GENERATE_HINT})`);
  }
  const publicKey = crypto.createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

/** The key id of an Ed25519 public key: sha256(raw public key), first 16 hex characters. */
export function keyIdOf(publicKey: KeyObject): string {
  const raw = Buffer.from(publicKey.export({ format: "jwk" }).x ?? "", "base64url");
  return crypto.createHash("sha256").update(raw).digest("hex").slice(0, 16);
}
