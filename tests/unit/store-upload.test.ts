import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACCEPTED_KINDS } from "@/lib/documents/detect-file-type";
import { openStoredFile, pathForHash, storeUpload } from "@/lib/documents/store-upload";
import { AppError } from "@/lib/errors";

const ascii = (value: string) => new TextEncoder().encode(value);
const concat = (...parts: (Uint8Array | number[])[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const PDF = ascii("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const JPEG = concat([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], ascii("JFIF\0"), [0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]);
const PNG = concat(
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [0, 0, 0, 13],
  ascii("IHDR"),
  [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89],
  [0, 0, 0, 0],
  ascii("IEND"),
  [0xae, 0x42, 0x60, 0x82],
);
const HTML = ascii("<!DOCTYPE html>\n<html><head><title>Invoice</title></head><body><script>fetch('/api')</script></body></html>\n");

/** A source that counts how many chunks were pulled from it and whether it was closed. */
function countingSource(first: Uint8Array, chunkSize: number, chunks: number) {
  const counter = { pulled: 0, closed: false };
  async function* generate() {
    try {
      counter.pulled++;
      yield first;
      for (let i = 1; i < chunks; i++) {
        counter.pulled++;
        yield new Uint8Array(chunkSize).fill(0x41);
      }
    } finally {
      counter.closed = true;
    }
  }
  return { stream: generate(), counter };
}

async function* chunked(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  const files: string[] = [];
  for (const entry of entries) if ((await stat(path.join(dir, entry))).isFile()) files.push(entry);
  return files.sort();
}

let uploadsDir: string;
beforeEach(async () => {
  uploadsDir = await mkdtemp(path.join(os.tmpdir(), "store-upload-"));
});
afterEach(async () => {
  await rm(uploadsDir, { recursive: true, force: true });
});

const store = (stream: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array> | Readable, maxBytes = 1024 * 1024) =>
  storeUpload({ stream, accept: [...ACCEPTED_KINDS], maxBytes, uploadsDir });

describe("storeUpload", () => {
  it("stores a PDF, a JPEG and a PNG under their SHA-256 and reports what they are", async () => {
    for (const [bytes, kind, mime] of [
      [PDF, "pdf", "application/pdf"],
      [JPEG, "jpeg", "image/jpeg"],
      [PNG, "png", "image/png"],
    ] as const) {
      const result = await store(chunked(bytes, 7));
      expect(result).toEqual({ ok: true, sha256: sha256(bytes), size: bytes.length, kind, mime, created: true });
      expect(new Uint8Array(await readFile(pathForHash(uploadsDir, sha256(bytes))))).toEqual(bytes);
    }
    const hashes = [PDF, JPEG, PNG].map(sha256);
    expect(await filesUnder(uploadsDir)).toEqual(hashes.map((h) => path.join(h.slice(0, 2), h.slice(2, 4), h)).sort());
  });

  it("goes by the content, not the name or declared type: a PDF named .png is a PDF", async () => {
    const file = new File([PDF], "ktp-scan.png", { type: "image/png" });
    const result = await storeUpload({ stream: file.stream(), accept: ["png"], maxBytes: 1024, uploadsDir });
    expect(result).toEqual({ ok: false, reason: "wrong_type" });
    const asPdf = await storeUpload({ stream: file.stream(), accept: ["pdf"], maxBytes: 1024, uploadsDir });
    expect(asPdf).toMatchObject({ ok: true, kind: "pdf", mime: "application/pdf" });
  });

  it("rejects a text file named .pdf as wrong_type", async () => {
    const file = new File(["Surat pernyataan: saya menyatakan bahwa data ini benar.\n"], "surat.pdf", { type: "application/pdf" });
    expect(await store(file.stream())).toEqual({ ok: false, reason: "wrong_type" });
    expect(await filesUnder(uploadsDir)).toEqual([]);
  });

  it("rejects an HTML file", async () => {
    expect(await store(Readable.from([Buffer.from(HTML)]))).toEqual({ ok: false, reason: "wrong_type" });
    expect(await filesUnder(uploadsDir)).toEqual([]);
  });

  it("rejects a type that is real but not accepted", async () => {
    const result = await storeUpload({ stream: chunked(PNG, 64), accept: ["pdf", "jpeg"], maxBytes: 1024, uploadsDir });
    expect(result).toEqual({ ok: false, reason: "wrong_type" });
  });

  it("rejects the wrong type from the first chunk, without reading the rest", async () => {
    const { stream, counter } = countingSource(concat(HTML, new Uint8Array(2048)), 64 * 1024, 10_000);
    expect(await store(stream, 1024 ** 3)).toEqual({ ok: false, reason: "wrong_type" });
    expect(counter.pulled).toBe(1);
    expect(counter.closed).toBe(true);
    expect(await filesUnder(uploadsDir)).toEqual([]);
  });

  it("rejects an image-only field early, once the longest image signature has arrived", async () => {
    const { stream, counter } = countingSource(ascii("%PDF-1.4 and more text"), 1024, 100);
    const result = await storeUpload({ stream, accept: ["jpeg", "png"], maxBytes: 1024 ** 2, uploadsDir });
    expect(result).toEqual({ ok: false, reason: "wrong_type" });
    expect(counter.pulled).toBe(1);
  });

  it("waits for more bytes when the first chunk is too short to decide", async () => {
    const result = await store(chunked(concat(new Uint8Array(600).fill(0x0a), PDF), 100));
    expect(result).toMatchObject({ ok: true, kind: "pdf" });
  });

  it("stops reading an oversized upload as soon as it passes the limit, and leaves no temporary file", async () => {
    const chunkSize = 1024;
    const { stream, counter } = countingSource(concat(PDF, new Uint8Array(chunkSize - PDF.length)), chunkSize, 100_000);
    expect(await store(stream, 4 * chunkSize)).toEqual({ ok: false, reason: "too_large" });
    // Four chunks fit; the fifth passes the limit; nothing after it is pulled.
    expect(counter.pulled).toBe(5);
    expect(counter.closed).toBe(true);
    expect(await filesUnder(uploadsDir)).toEqual([]);
  });

  it("cancels a web stream that is too large", async () => {
    let pulled = 0;
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(pulled === 1 ? concat(PDF, new Uint8Array(1000)) : new Uint8Array(1000));
      },
      cancel() {
        cancelled = true;
      },
    }, { highWaterMark: 0 });
    expect(await store(stream, 3000)).toEqual({ ok: false, reason: "too_large" });
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThanOrEqual(5);
    expect(await filesUnder(uploadsDir)).toEqual([]);
  });

  it("accepts a file of exactly maxBytes and refuses one byte more", async () => {
    const exact = concat(PDF, new Uint8Array(500 - PDF.length).fill(0x20));
    expect(await store(chunked(exact, 128), 500)).toMatchObject({ ok: true, size: 500 });
    const over = concat(exact, [0x0a]);
    expect(await store(chunked(over, 128), 500)).toEqual({ ok: false, reason: "too_large" });
    expect(await filesUnder(uploadsDir)).toHaveLength(1);
  });

  it("rejects an empty file", async () => {
    expect(await store(chunked(new Uint8Array(0), 1))).toEqual({ ok: false, reason: "empty" });
    expect(await store(Readable.from([Buffer.alloc(0), Buffer.alloc(0)]))).toEqual({ ok: false, reason: "empty" });
    expect(await store(new File([], "empty.pdf").stream())).toEqual({ ok: false, reason: "empty" });
    expect(await filesUnder(uploadsDir)).toEqual([]);
  });

  it("stores the same content once", async () => {
    const first = await store(chunked(JPEG, 5));
    const second = await store(Readable.from([Buffer.from(JPEG)]));
    expect(first).toMatchObject({ ok: true, created: true });
    expect(second).toEqual({ ...first, created: false });
    expect(await filesUnder(uploadsDir)).toEqual([path.join(sha256(JPEG).slice(0, 2), sha256(JPEG).slice(2, 4), sha256(JPEG))]);
  });

  it("lets concurrent uploads of the same content both succeed, leaving one file", async () => {
    const bytes = concat(PNG, new Uint8Array(64_000).fill(7));
    const results = await Promise.all(Array.from({ length: 6 }, () => store(chunked(bytes, 4096))));
    for (const result of results) expect(result).toMatchObject({ ok: true, sha256: sha256(bytes), size: bytes.length, kind: "png", mime: "image/png" });
    expect(results.filter((r) => r.ok && r.created)).toHaveLength(1);
    expect(await filesUnder(uploadsDir)).toHaveLength(1);
    expect(new Uint8Array(await readFile(pathForHash(uploadsDir, sha256(bytes))))).toEqual(bytes);
  });

  it("removes the temporary file when the source fails, and passes the error on", async () => {
    async function* failing() {
      yield PDF;
      throw new Error("connection reset");
    }
    await expect(store(failing())).rejects.toThrow("connection reset");
    expect(await filesUnder(uploadsDir)).toEqual([]);
  });

  it("refuses a stream of strings, whose length is not a byte count", async () => {
    await expect(store(Readable.from(["%PDF-1.4 text"]))).rejects.toThrow(TypeError);
    expect(await filesUnder(uploadsDir)).toEqual([]);
  });

  it("refuses a limit that is not a positive whole number", async () => {
    await expect(store(chunked(PDF, 10), 0)).rejects.toThrow(RangeError);
    await expect(store(chunked(PDF, 10), 1.5)).rejects.toThrow(RangeError);
  });
});

describe("pathForHash", () => {
  const hash = sha256(PDF);

  it("splits a hash into two levels of folders", () => {
    expect(pathForHash("/srv/uploads", hash)).toBe(path.join("/srv/uploads", hash.slice(0, 2), hash.slice(2, 4), hash));
  });

  it("refuses anything but 64 lowercase hex characters", () => {
    for (const bad of ["../etc/passwd", "../../" + hash.slice(6), hash.toUpperCase(), hash.slice(1), hash + "0", `${hash.slice(0, 63)}g`, "", `${hash}\n`]) {
      expect(() => pathForHash("/srv/uploads", bad), bad).toThrow(AppError);
    }
  });
});

describe("openStoredFile", () => {
  it("opens a stored file, and answers null for a hash with nothing stored", async () => {
    const result = await store(chunked(PDF, 16));
    if (!result.ok) throw new Error("expected the upload to be stored");
    const stream = await openStoredFile(uploadsDir, result.sha256);
    expect(stream).not.toBeNull();
    expect(await text(stream!)).toBe(new TextDecoder().decode(PDF));
    expect(await openStoredFile(uploadsDir, sha256(JPEG))).toBeNull();
  });

  it("refuses an unsafe hash", async () => {
    await expect(openStoredFile(uploadsDir, "../etc/passwd")).rejects.toThrow(AppError);
  });
});
