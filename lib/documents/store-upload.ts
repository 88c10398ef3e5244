// Stores an applicant's uploaded document on disk, content-addressed by its SHA-256, after checking
// its real type and size while it streams in; and opens stored documents again by that hash.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { link, mkdir, open, rename, rm, type FileHandle } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { AppError } from "@/lib/errors";
import {
  bytesNeededToDecide,
  detectFileType,
  DETECTION_WINDOW,
  type DetectedFileType,
  type FileKind,
} from "@/lib/documents/detect-file-type";

export type UploadStream = Readable | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

export interface StoreUploadOptions {
  stream: UploadStream;
  accept: readonly FileKind[];
  /** Largest accepted size in bytes, inclusive. */
  maxBytes: number;
  uploadsDir: string;
}

export type StoreUploadResult =
  /** `created`: this upload put the file in place (false when the same content was stored already). */
  | { ok: true; sha256: string; size: number; kind: FileKind; mime: string; created: boolean }
  | { ok: false; reason: "too_large" | "wrong_type" | "empty" };

const SHA256_HEX = /^[0-9a-f]{64}$/;
// Temporary files live inside uploadsDir so the final rename or link stays on one file system, and in
// their own folder so that ones left by a killed process are easy to find and sweep.
const TEMP_FOLDER = "tmp";

export async function storeUpload(options: StoreUploadOptions): Promise<StoreUploadResult> {
  const { stream, accept, maxBytes, uploadsDir } = options;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) throw new RangeError(`maxBytes must be a positive integer, got ${maxBytes}`);

  const tempDir = path.join(uploadsDir, TEMP_FOLDER);
  await mkdir(tempDir, { recursive: true });
  const tempPath = path.join(tempDir, `${randomUUID()}.part`);
  const file = await open(tempPath, "wx", 0o600);
  let fileOpen = true;
  try {
    const hash = createHash("sha256");
    const needed = bytesNeededToDecide(accept);
    let head: Uint8Array = new Uint8Array(0);
    let detected: DetectedFileType | null = null;
    let size = 0;

    // Leaving this loop early (return) ends the source's iterator, which cancels a web stream and
    // destroys a Node stream, so a rejected upload is not read any further.
    for await (const chunk of chunksOf(stream)) {
      if (!detected) {
        head = appendUpTo(head, chunk, DETECTION_WINDOW);
        detected = detectFileType(head);
        if (detected ? !accept.includes(detected.kind) : head.length >= needed) return { ok: false, reason: "wrong_type" };
      }
      size += chunk.length;
      if (size > maxBytes) return { ok: false, reason: "too_large" };
      hash.update(chunk);
      await writeAll(file, chunk);
    }

    if (size === 0) return { ok: false, reason: "empty" };
    // The whole file is shorter than the prefix that settles its type, and matched nothing.
    if (!detected) return { ok: false, reason: "wrong_type" };

    // A stored file is trusted forever under its hash, so its bytes must be on disk before it gets that name.
    await file.sync();
    fileOpen = false;
    await file.close();

    const sha256 = hash.digest("hex");
    const target = pathForHash(uploadsDir, sha256);
    await mkdir(path.dirname(target), { recursive: true });
    const created = await placeAt(tempPath, target);
    return { ok: true, sha256, size, kind: detected.kind, mime: detected.mime, created };
  } finally {
    try {
      if (fileOpen) await file.close();
    } finally {
      // After a successful link this removes the temporary name only; the stored file keeps its own.
      await rm(tempPath, { force: true });
    }
  }
}

/** Where the file with this SHA-256 is stored. Refuses anything but 64 lowercase hex characters. */
export function pathForHash(uploadsDir: string, sha256: string): string {
  // The hash may come from a URL; anything else could climb out of uploadsDir ("../") or name the
  // same file twice (uppercase). No stored file can have such a name, hence NOT_FOUND.
  if (!SHA256_HEX.test(sha256)) throw new AppError("NOT_FOUND", "errors.notFound");
  return path.join(uploadsDir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

/** Opens a stored file for reading, or answers null if nothing is stored under this hash. */
export async function openStoredFile(uploadsDir: string, sha256: string): Promise<Readable | null> {
  const filePath = pathForHash(uploadsDir, sha256);
  try {
    // Opening first (rather than checking existence, then opening) leaves no gap for a race.
    const handle = await open(filePath, "r");
    return handle.createReadStream();
  } catch (error) {
    if (isErrno(error, "ENOENT")) return null;
    throw error;
  }
}

/**
 * Gives the finished temporary file its content-addressed name atomically. A hard link never replaces
 * an existing file, so when the same content is already stored (or a concurrent upload of it won the
 * race) the existing file stays and only the temporary one is removed by the caller. True when this
 * call put the file in place.
 */
async function placeAt(tempPath: string, target: string): Promise<boolean> {
  try {
    await link(tempPath, target);
    return true;
  } catch (error) {
    if (isErrno(error, "EEXIST")) return false;
    // Some file systems (certain network mounts) have no hard links. rename is atomic as well; if it
    // replaces a file, that file has the same content, so readers see no difference.
    if (isErrno(error, "EPERM") || isErrno(error, "ENOTSUP") || isErrno(error, "ENOSYS")) {
      await rename(tempPath, target);
      return true;
    }
    throw error;
  }
}

async function* chunksOf(stream: UploadStream): AsyncGenerator<Uint8Array> {
  if (isWebStream(stream)) {
    const reader = stream.getReader();
    let finished = false;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (value.length > 0) yield value;
      }
      finished = true;
    } finally {
      // Cancelling tells the producer (e.g. a request body) that nothing more will be read. Its
      // rejection only repeats the stream's own error, which is already on its way to the caller.
      if (!finished) await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
    return;
  }
  for await (const chunk of stream as AsyncIterable<unknown>) {
    // A Node stream with an encoding set yields strings, whose length is not a byte count.
    if (!(chunk instanceof Uint8Array)) throw new TypeError("storeUpload expects a stream of bytes");
    if (chunk.length > 0) yield chunk;
  }
}

function isWebStream(stream: UploadStream): stream is ReadableStream<Uint8Array> {
  return typeof (stream as Partial<ReadableStream<Uint8Array>>).getReader === "function";
}

// A single write may store fewer bytes than asked (a full disk, for one); the rest must follow, or the
// stored file would be shorter than the content its name was hashed from.
async function writeAll(file: FileHandle, chunk: Uint8Array): Promise<void> {
  for (let offset = 0; offset < chunk.length; ) {
    const { bytesWritten } = await file.write(chunk, offset, chunk.length - offset);
    if (bytesWritten === 0) throw new Error("storeUpload: the file system accepted no bytes");
    offset += bytesWritten;
  }
}

function appendUpTo(head: Uint8Array, chunk: Uint8Array, limit: number): Uint8Array {
  if (head.length >= limit) return head;
  const taken = chunk.subarray(0, limit - head.length);
  const joined = new Uint8Array(head.length + taken.length);
  joined.set(head);
  joined.set(taken, head.length);
  return joined;
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
