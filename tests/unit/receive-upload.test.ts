import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { receiveSingleUpload } from "@/app/_lib/receive-upload";
import { resetEnvCache } from "@/lib/env";

const PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
const BOUNDARY = "XYZ";
const filePart = (name: string, filename: string, content: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n${content}\r\n`;
const post = (body: string) =>
  new Request("http://portal.test/api/applications/x/documents", { method: "POST", body, headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` } });

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "receive-upload-"));
  process.env.DATA_DIR = dataDir;
  resetEnvCache();
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
  resetEnvCache();
});

async function storedFiles() {
  const dir = path.join(dataDir, "uploads");
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

describe("receiving an upload", () => {
  it("stores the file of a whole body", async () => {
    const upload = await receiveSingleUpload(post(filePart("file", "a.pdf", PDF) + `--${BOUNDARY}--\r\n`), { accept: ["pdf"], maxBytes: 1024 });
    expect(upload.result).toMatchObject({ ok: true });
    expect(await storedFiles()).toHaveLength(1);
  });

  it("refuses a body that breaks after its file and keeps nothing of it", async () => {
    const truncated = filePart("file", "a.pdf", PDF) + `--${BOUNDARY}\r\nContent-Disposition: form-data; name="note"\r\n\r\nabc`;
    await expect(receiveSingleUpload(post(truncated), { accept: ["pdf"], maxBytes: 1024 })).rejects.toMatchObject({ code: "MALFORMED" });
    expect(await storedFiles()).toEqual([]);
  });

  it("refuses a body with a broken part header and stores none of the parts after it", async () => {
    const body = filePart("photo", "a\u0000.pdf", "x") + filePart("file", "b.pdf", PDF) + `--${BOUNDARY}--\r\n`;
    await expect(receiveSingleUpload(post(body), { accept: ["pdf"], maxBytes: 1024 })).rejects.toMatchObject({ code: "MALFORMED" });
    expect(await storedFiles()).toEqual([]);
  });
});
