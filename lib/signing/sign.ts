// Signs an issued document's data and checks such a signature. The signature (Ed25519) covers the
// UTF-8 bytes of canonicalJson(payload), so anyone holding the office's public key can check it.
import crypto, { type KeyObject } from "node:crypto";
import { canonicalJson } from "@/lib/signing/canonical";
import { keyIdOf, type SigningKey } from "@/lib/signing/office-key";

export interface SignedDocument<T extends object = object> {
  payload: T;
  /** Which office key made the signature (see keyIdOf). */
  keyId: string;
  /** Ed25519 signature over canonicalJson(payload), base64url without padding. */
  signature: string;
}

const SIGNATURE_BYTES = 64;

export function signDocument<T extends object>(payload: T, key: Pick<SigningKey, "privateKey" | "keyId">): SignedDocument<T> {
  const message = Buffer.from(canonicalJson(payload), "utf8");
  const signature = crypto.sign(null, message, key.privateKey).toString("base64url");
  return { payload, keyId: key.keyId, signature };
}

/**
 * True only when `signed` is a signed document whose signature holds for its payload under
 * `publicKey` and whose keyId names that key. Never throws: anything malformed is simply false.
 */
export function verifyDocument(signed: unknown, publicKey: KeyObject): boolean {
  try {
    if (typeof signed !== "object" || signed === null) return false;
    const { payload, keyId, signature } = signed as Record<string, unknown>;
    if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return false;
    if (typeof keyId !== "string" || keyId !== keyIdOf(publicKey)) return false;
    return verifyCanonical(canonicalJson(payload), signature, publicKey);
  } catch {
    return false;
  }
}

/** Checks a signature against canonical bytes as they were signed. Never throws. */
export function verifyCanonical(canonical: string | Uint8Array, signature: unknown, publicKey: KeyObject): boolean {
  try {
    if (typeof signature !== "string" || !/^[A-Za-z0-9_-]+$/.test(signature)) return false;
    const bytes = Buffer.from(signature, "base64url");
    // Re-encoding refuses strings that differ only in the unused bits of the last character.
    if (bytes.length !== SIGNATURE_BYTES || bytes.toString("base64url") !== signature) return false;
    if (publicKey.type !== "public" || publicKey.asymmetricKeyType !== "ed25519") return false;
    const message = typeof canonical === "string" ? Buffer.from(canonical, "utf8") : canonical;
    return crypto.verify(null, message, publicKey, bytes);
  } catch {
    return false;
  }
}
