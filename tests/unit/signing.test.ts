import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { ConfigError, getEnv, resetEnvCache, type DatabaseTarget } from "@/lib/env";
import { canonicalJson } from "@/lib/signing/canonical";
import {
  getSigningKey,
  keyIdOf,
  loadSigningKey,
  resetSigningKeyCache,
  SIGNING_KEY_FILE,
  signingKeyFromPem,
  type SigningKey,
} from "@/lib/signing/office-key";
import { signDocument, verifyCanonical, verifyDocument } from "@/lib/signing/sign";

const tempDirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "signing-test-"));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

const embedded = (dataDir: string): DatabaseTarget => ({ kind: "embedded", dataDir: path.join(dataDir, "pglite") });
const postgres: DatabaseTarget = { kind: "postgres", url: "postgresql://u:p@db/perizinan", display: "db:5432/perizinan" };

function newPem() {
  return crypto.generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString();
}

const keyA = signingKeyFromPem(newPem(), "test key A");
const keyB = signingKeyFromPem(newPem(), "test key B");

const payload = {
  kind: "permit",
  decreeNumber: "503/0127/PBG/DPMPTSP/XI/2026",
  holder: { name: "Budi Santoso", nik: "3273012505800003" },
  validUntil: "2031-11-23",
  area: 312.5,
  floors: 2,
  deemedApproval: false,
  revokedAt: null,
  conditions: ["Memasang papan informasi", "Sumur resapan"],
};

describe("canonicalJson", () => {
  it("sorts keys recursively and leaves out whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: "x" } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it("gives the same bytes whatever order the object was built in", () => {
    const reversed = Object.fromEntries(Object.entries(payload).reverse());
    expect(canonicalJson(reversed)).toBe(canonicalJson(payload));
    expect(canonicalJson(structuredClone(payload))).toBe(canonicalJson(payload));
  });

  it("keeps array order, which is meaningful", () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it("writes strings and numbers as JSON does", () => {
    expect(canonicalJson({ s: 'Kota "Baru"\n\u00e9\u{1f3e0}', n: -0, e: 1e21, f: 0.1 })).toBe(
      '{"e":1e+21,"f":0.1,"n":0,"s":"Kota \\"Baru\\"\\n\u00e9\u{1f3e0}"}',
    );
  });

  it("sorts keys by UTF-16 code units, not by locale", () => {
    expect(canonicalJson({ b: 1, B: 2, "\u00e9": 3, a: 4 })).toBe('{"B":2,"a":4,"b":1,"\u00e9":3}');
  });

  it("leaves out properties that are undefined (an absent optional field)", () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it("allows the same object twice when it is not a cycle", () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: [shared] })).toBe('{"a":{"x":1},"b":[{"x":1}]}');
  });

  it.each([
    ["a Date", { at: new Date("2026-11-24T00:00:00Z") }, /Date at \$\.at; pass an ISO string/],
    ["NaN", { n: Number.NaN }, /not a JSON number/],
    ["Infinity", [Infinity], /not a JSON number/],
    ["a bigint", { n: BigInt(1) }, /bigint/],
    ["a function", { f: () => 1 }, /function/],
    ["a symbol", { s: Symbol("x") }, /symbol/],
    ["a Map", { m: new Map() }, /Map at \$\.m is not a plain object/],
    ["a Buffer", { b: Buffer.from("x") }, /not a plain object/],
    ["undefined in an array", { list: [1, undefined] }, /undefined at \$\.list\[1\]/],
    ["undefined itself", undefined, /undefined/],
  ])("refuses %s", (_, value, message) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
    expect(() => canonicalJson(value)).toThrow(message);
  });

  it("refuses cycles", () => {
    const node: Record<string, unknown> = { a: 1 };
    node.self = node;
    expect(() => canonicalJson(node)).toThrow(/cycle at \$\.self/);
  });
});

describe("signDocument and verifyDocument", () => {
  const signed = signDocument(payload, keyA);

  it("signs the canonical payload and the signature verifies", () => {
    expect(signed.payload).toBe(payload);
    expect(signed.keyId).toBe(keyA.keyId);
    expect(signed.signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(verifyDocument(signed, keyA.publicKey)).toBe(true);
    expect(verifyCanonical(canonicalJson(payload), signed.signature, keyA.publicKey)).toBe(true);
    // The signature is over the canonical bytes exactly, so any Ed25519 implementation can check it.
    expect(
      crypto.verify(null, Buffer.from(canonicalJson(payload)), keyA.publicKey, Buffer.from(signed.signature, "base64url")),
    ).toBe(true);
  });

  it("still verifies after a round trip through JSON and with the keys in another order", () => {
    const stored = JSON.parse(JSON.stringify(signed));
    expect(verifyDocument(stored, keyA.publicKey)).toBe(true);
    const reordered = { ...signed, payload: Object.fromEntries(Object.entries(payload).reverse()) };
    expect(verifyDocument(reordered, keyA.publicKey)).toBe(true);
  });

  it("fails after flipping any bit of any byte of the canonical payload", () => {
    const small = { n: "503/1", v: 1, ok: true };
    const smallSigned = signDocument(small, keyA);
    const bytes = Buffer.from(canonicalJson(small), "utf8");
    let parsedMutations = 0;
    for (let i = 0; i < bytes.length; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const mutated = Buffer.from(bytes);
        mutated[i]! ^= 1 << bit;
        expect(verifyCanonical(mutated, smallSigned.signature, keyA.publicKey), `byte ${i} bit ${bit}`).toBe(false);
        // Where the changed bytes are still JSON, the document built from them must fail too.
        let parsed: unknown;
        try {
          parsed = JSON.parse(mutated.toString("utf8"));
        } catch {
          continue;
        }
        parsedMutations++;
        expect(verifyDocument({ ...smallSigned, payload: parsed }, keyA.publicKey), `byte ${i} bit ${bit}`).toBe(false);
      }
    }
    expect(parsedMutations).toBeGreaterThan(0);
  });

  it("fails after changing, adding or removing any field", () => {
    const mutations: [string, object][] = [
      ["kind", { ...payload, kind: "permit " }],
      ["decreeNumber", { ...payload, decreeNumber: "503/0128/PBG/DPMPTSP/XI/2026" }],
      ["holder.name", { ...payload, holder: { ...payload.holder, name: "Budi Santosa" } }],
      ["holder.nik", { ...payload, holder: { ...payload.holder, nik: "3273012505800004" } }],
      ["validUntil", { ...payload, validUntil: "2031-11-24" }],
      ["area", { ...payload, area: 312.51 }],
      ["floors as string", { ...payload, floors: "2" }],
      ["deemedApproval", { ...payload, deemedApproval: true }],
      ["revokedAt", { ...payload, revokedAt: "2027-01-01T00:00:00.000Z" }],
      ["conditions order", { ...payload, conditions: [...payload.conditions].reverse() }],
      ["condition removed", { ...payload, conditions: payload.conditions.slice(1) }],
      ["field added", { ...payload, extra: 1 }],
      ["field removed", Object.fromEntries(Object.entries(payload).filter(([k]) => k !== "validUntil"))],
    ];
    for (const [what, changed] of mutations) {
      expect(verifyDocument({ ...signed, payload: changed }, keyA.publicKey), what).toBe(false);
    }
  });

  it("fails after changing any character of the signature", () => {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (let i = 0; i < signed.signature.length; i++) {
      const char = signed.signature[i]!;
      const other = alphabet[(alphabet.indexOf(char) + 1) % alphabet.length]!;
      const changed = signed.signature.slice(0, i) + other + signed.signature.slice(i + 1);
      expect(verifyDocument({ ...signed, signature: changed }, keyA.publicKey), `character ${i}`).toBe(false);
    }
    for (const bad of ["", signed.signature.slice(1), `${signed.signature}A`, `${signed.signature}==`, signed.signature.replace(/./, "+")]) {
      expect(verifyDocument({ ...signed, signature: bad }, keyA.publicKey)).toBe(false);
    }
  });

  it("fails with another key, and when the keyId does not name the key", () => {
    expect(verifyDocument(signed, keyB.publicKey)).toBe(false);
    expect(verifyDocument({ ...signed, keyId: keyB.keyId }, keyB.publicKey)).toBe(false);
    expect(verifyDocument({ ...signed, keyId: keyB.keyId }, keyA.publicKey)).toBe(false);
    const byB = signDocument(payload, keyB);
    expect(verifyDocument({ ...byB, keyId: keyA.keyId }, keyA.publicKey)).toBe(false);
  });

  it("returns false, never throws, for garbage", () => {
    const garbage: unknown[] = [
      null,
      undefined,
      42,
      "signed",
      [],
      {},
      { payload: null, keyId: keyA.keyId, signature: signed.signature },
      { payload: "text", keyId: keyA.keyId, signature: signed.signature },
      { payload: [1, 2], keyId: keyA.keyId, signature: signed.signature },
      { payload: { at: new Date() }, keyId: keyA.keyId, signature: signed.signature },
      { payload: { n: Number.NaN }, keyId: keyA.keyId, signature: signed.signature },
      { payload, keyId: 7, signature: signed.signature },
      { payload, keyId: keyA.keyId, signature: 12 },
      { payload, keyId: keyA.keyId, signature: { toString: () => signed.signature } },
      { payload, keyId: keyA.keyId, signature: Buffer.from(signed.signature, "base64url").toString("base64") + "@" },
    ];
    for (const input of garbage) expect(verifyDocument(input, keyA.publicKey)).toBe(false);
    // Not a usable public key.
    const secret = crypto.createSecretKey(Buffer.alloc(32));
    for (const key of [keyA.privateKey, secret, {} as crypto.KeyObject, null as unknown as crypto.KeyObject]) {
      expect(verifyDocument(signed, key)).toBe(false);
      expect(verifyCanonical(canonicalJson(payload), signed.signature, key)).toBe(false);
    }
  });
});

describe("the office signing key", () => {
  afterEach(() => {
    resetSigningKeyCache();
    resetEnvCache();
  });

  it("derives the keyId from the raw public key: sha256, first 16 hex characters", () => {
    const spki = keyA.publicKey.export({ format: "der", type: "spki" });
    const raw = spki.subarray(spki.length - 32);
    expect(keyA.keyId).toBe(crypto.createHash("sha256").update(raw).digest("hex").slice(0, 16));
    expect(keyIdOf(keyA.publicKey)).toBe(keyA.keyId);
    expect(keyA.keyId).not.toBe(keyB.keyId);
  });

  it("is generated once in the data folder (0600) and reused afterwards", () => {
    const dataDir = path.join(tempDir(), "data");
    const env = { SIGNING_PRIVATE_KEY: undefined, dataDir, database: embedded(dataDir) };
    const first = loadSigningKey(env);
    const file = path.join(dataDir, SIGNING_KEY_FILE);
    const pem = fs.readFileSync(file, "utf8");
    expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe("600");
    expect(first.privateKey.asymmetricKeyType).toBe("ed25519");

    const second = loadSigningKey(env);
    expect(second.keyId).toBe(first.keyId);
    expect(fs.readFileSync(file, "utf8")).toBe(pem);
    expect(fs.readdirSync(dataDir)).toEqual([SIGNING_KEY_FILE]);
    // Documents signed before a restart still verify with the key read back.
    expect(verifyDocument(signDocument(payload, first), second.publicKey)).toBe(true);
  });

  it("uses a key file another process already wrote", () => {
    const dataDir = tempDir();
    const pem = newPem();
    fs.writeFileSync(path.join(dataDir, SIGNING_KEY_FILE), pem, { mode: 0o600 });
    const key = loadSigningKey({ SIGNING_PRIVATE_KEY: undefined, dataDir, database: embedded(dataDir) });
    expect(key.keyId).toBe(signingKeyFromPem(pem, "pem").keyId);
  });

  it("refuses a damaged key file with one line naming it", () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, SIGNING_KEY_FILE), "not a key");
    expect(() => loadSigningKey({ SIGNING_PRIVATE_KEY: undefined, dataDir, database: embedded(dataDir) })).toThrow(
      new RegExp(`${SIGNING_KEY_FILE} is not a PEM private key`),
    );
  });

  it("is required with a PostgreSQL DATABASE_URL, with one line saying how to make one", () => {
    const dataDir = tempDir();
    const load = () => loadSigningKey({ SIGNING_PRIVATE_KEY: undefined, dataDir, database: postgres });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/SIGNING_PRIVATE_KEY is required with a PostgreSQL DATABASE_URL.*openssl genpkey -algorithm ed25519/);
    try {
      load();
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
    expect(fs.existsSync(path.join(dataDir, SIGNING_KEY_FILE))).toBe(false);
  });

  it("uses the configured PEM, also written on one line with \\n", () => {
    const dataDir = tempDir();
    const pem = newPem();
    const expected = signingKeyFromPem(pem, "pem").keyId;
    for (const database of [postgres, embedded(dataDir)]) {
      expect(loadSigningKey({ SIGNING_PRIVATE_KEY: pem, dataDir, database }).keyId).toBe(expected);
    }
    expect(loadSigningKey({ SIGNING_PRIVATE_KEY: pem.trim().replaceAll("\n", "\\n"), dataDir, database: postgres }).keyId).toBe(expected);
    expect(fs.existsSync(path.join(dataDir, SIGNING_KEY_FILE))).toBe(false);
  });

  it("refuses a configured key that is not an Ed25519 PEM", () => {
    const dataDir = tempDir();
    const ec = crypto.generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    expect(() => loadSigningKey({ SIGNING_PRIVATE_KEY: ec, dataDir, database: postgres })).toThrow(/SIGNING_PRIVATE_KEY is a ec key, not Ed25519/);
    expect(() => loadSigningKey({ SIGNING_PRIVATE_KEY: "secret", dataDir, database: postgres })).toThrow(ConfigError);
    expect(() => loadSigningKey({ SIGNING_PRIVATE_KEY: "secret", dataDir, database: postgres })).toThrow(/openssl genpkey/);
  });

  it("is read from the environment once and kept", () => {
    const saved = { ...process.env };
    try {
      const dataDir = tempDir();
      const pem = newPem();
      delete process.env.DATABASE_URL;
      process.env.DATA_DIR = dataDir;
      process.env.SIGNING_PRIVATE_KEY = pem;
      resetEnvCache();
      expect(getEnv().SIGNING_PRIVATE_KEY).toBe(pem.trim());
      const key = getSigningKey();
      expect(key.keyId).toBe(signingKeyFromPem(pem, "pem").keyId);
      expect(getSigningKey()).toBe(key);

      process.env.SIGNING_PRIVATE_KEY = "";
      resetEnvCache();
      resetSigningKeyCache();
      expect(getEnv().SIGNING_PRIVATE_KEY).toBeUndefined();
      const generated: SigningKey = getSigningKey();
      expect(fs.existsSync(path.join(dataDir, SIGNING_KEY_FILE))).toBe(true);
      expect(generated.keyId).not.toBe(key.keyId);
    } finally {
      process.env = saved;
    }
  });
});
