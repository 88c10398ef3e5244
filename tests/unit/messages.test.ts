// Every message key the code names exists in both languages, and both catalogues have the same keys.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import id from "@/messages/id.json";
import en from "@/messages/en.json";

type Tree = { [k: string]: string | Tree };
const keys = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : keys(v, `${prefix}${k}.`)));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(d.name) ? [full] : [];
  });
}

describe("translation catalogues", () => {
  const idKeys = new Set(keys(id as Tree));
  const enKeys = new Set(keys(en as Tree));

  it("have the same keys in Indonesian and English", () => {
    expect([...idKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !idKeys.has(k))).toEqual([]);
  });

  it("contain every message key used as a literal in lib/ and app/", () => {
    const root = path.resolve(__dirname, "../..");
    const pattern = /["'`]((?:validation|errors|login|register|admin|adminPermits|common|roles|home|applicant|staff|application|catalogue|track|status|events|queue|review)\.[a-zA-Z]+(?:\.[a-zA-Z]+)*)["'`]/g;
    const missing: string[] = [];
    for (const file of [...sourceFiles(path.join(root, "lib")), ...sourceFiles(path.join(root, "app"))]) {
      for (const match of fs.readFileSync(file, "utf8").matchAll(pattern)) {
        const key = match[1]!;
        const isPrefix = [...idKeys].some((k) => k.startsWith(`${key}.`));
        if (!idKeys.has(key) && !isPrefix) missing.push(`${path.relative(root, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("messages sent to the browser", () => {
  it("include every namespace a client component reads", async () => {
    const { CLIENT_NAMESPACES } = await import("@/lib/i18n/client-namespaces");
    const root = path.resolve(__dirname, "../..");
    const used = new Set<string>();
    for (const file of [...sourceFiles(path.join(root, "app")), ...sourceFiles(path.join(root, "components"))]) {
      const text = fs.readFileSync(file, "utf8");
      if (!text.startsWith('"use client"')) continue;
      for (const m of text.matchAll(/useTranslations\("([a-zA-Z]+)/g)) used.add(m[1]!);
      // Full keys (t("ns.key")) only where the translator is not already scoped to a namespace.
      if (text.includes("useTranslations()")) for (const m of text.matchAll(/\bt\([`"]([a-zA-Z]+)\./g)) used.add(m[1]!);
    }
    expect([...used].filter((ns) => !(CLIENT_NAMESPACES as readonly string[]).includes(ns))).toEqual([]);
  });
});
