// The code in an issued document's QR: random, unguessable, short enough to type from paper.
import crypto from "node:crypto";
import { getEnv } from "@/lib/env";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export function newVerificationCode() {
  return [...crypto.randomBytes(14)].map((b) => ALPHABET[b % 32]).join("");
}

/** The portal's public address, as printed on its documents. */
export function portalAddress() {
  const env = getEnv();
  return (env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
}

/** The public page a document's QR points to. */
export function verificationUrl(code: string) {
  return `${portalAddress()}/verify/${code}`;
}
