// Reads the single file of a multipart form post as a stream into content-addressed storage, checking
// its real type and stopping at the size limit (an oversized file is never stored whole).
import { rm } from "node:fs/promises";
import { PassThrough, Readable } from "node:stream";
import Busboy from "busboy";
import { uploadsDir } from "@/lib/applications/attach-document";
import { pathForHash, storeUpload, type StoreUploadResult } from "@/lib/documents/store-upload";
import type { FileKind } from "@/lib/documents/detect-file-type";
import { AppError } from "@/lib/errors";

export type ReceivedUpload = { result: StoreUploadResult | null; name: string } | { result: "too_large_declared"; name: "" };

export async function receiveSingleUpload(request: Request, { accept, maxBytes }: { accept: readonly FileKind[]; maxBytes: number }): Promise<ReceivedUpload> {
  // Far larger than allowed: answer at once instead of receiving it.
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes * 4 + 1024 * 1024) return { result: "too_large_declared", name: "" };
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "errors.unsupportedMediaType");
  if (!request.body) return { result: null, name: "" };
  const malformed = () => new AppError("MALFORMED", "errors.malformed");
  return new Promise((resolve, reject) => {
    let busboy: Busboy.Busboy;
    try {
      busboy = Busboy({ headers: { "content-type": type }, limits: { files: 1, fields: 5 } });
    } catch {
      return reject(malformed()); // no or a broken boundary
    }
    let pending: Promise<{ result: StoreUploadResult | null; name: string }> | null = null;
    let input: PassThrough | null = null;
    let failed = false;
    busboy.on("file", (_field, stream, info) => {
      // busboy reads on after reporting a broken part: nothing later in a refused body is stored.
      // A cut-short part fails its own stream as well as busboy; busboy's error is the one handled.
      stream.on("error", () => {});
      if (pending || failed) return stream.resume();
      // storeUpload stops reading a rejected file by destroying its input; give it a pipe of its own so
      // that busboy's stream survives and the rest of the request can be drained.
      input = new PassThrough();
      // Destroying it on a broken body reaches storeUpload through its reading (if it still reads); an
      // error event with no listener would otherwise be thrown as uncaught.
      input.on("error", () => {});
      stream.pipe(input);
      const own = input;
      pending = storeUpload({ stream: own, accept, maxBytes, uploadsDir: uploadsDir() }).then((result) => {
        stream.unpipe(own);
        stream.resume();
        return { result, name: info.filename ?? "" };
      });
      pending.catch(() => {}); // a broken body rejects the request below; this one is then moot
    });
    const fail = () => {
      failed = true;
      input?.destroy(malformed()); // storeUpload removes its partial file
      // The body may break after the file in it was stored whole: a refused request leaves nothing
      // behind, so a file this request put in place is removed again (one stored before stays).
      (pending ?? Promise.resolve(null))
        .then((stored) => (stored?.result?.ok && stored.result.created ? rm(pathForHash(uploadsDir(), stored.result.sha256), { force: true }) : undefined))
        .catch(() => {})
        .finally(() => reject(malformed()));
    };
    // A truncated or garbled body: whatever was being stored is discarded with the request.
    busboy.on("error", fail);
    // busboy closes after an error too; the request is then refused by `fail`, not answered here.
    busboy.on("close", () => {
      if (!failed) (pending ?? Promise.resolve({ result: null, name: "" })).then(resolve, reject);
    });
    const body = Readable.fromWeb(request.body as import("node:stream/web").ReadableStream);
    body.on("error", fail);
    body.pipe(busboy);
  });
}

export type UploadOutcome =
  | { ok: true; file: { sha256: string; size: number; mime: string; originalName: string } }
  | { ok: false; error: "too_large" | "wrong_type" | "empty" | "missing" };

/** What a received upload amounts to for the form it came from: the stored file, or the problem to show. */
export function uploadOutcome(upload: ReceivedUpload): UploadOutcome {
  if (upload.result === "too_large_declared") return { ok: false, error: "too_large" };
  // No file chosen: an empty part without a name.
  if (!upload.result || (upload.result.ok === false && upload.result.reason === "empty" && !upload.name)) return { ok: false, error: "missing" };
  if (!upload.result.ok) return { ok: false, error: upload.result.reason };
  return { ok: true, file: { sha256: upload.result.sha256, size: upload.result.size, mime: upload.result.mime, originalName: upload.name } };
}

const UPLOAD_ERROR_KEYS = { too_large: "tooLarge", wrong_type: "wrongType", empty: "empty", missing: "missing", not_editable: "notEditable" } as const;

/** The message key (validation.upload.*) of an upload problem carried back in a page's address. */
export function uploadErrorKey(code: string | undefined): (typeof UPLOAD_ERROR_KEYS)[keyof typeof UPLOAD_ERROR_KEYS] | null {
  return code && code in UPLOAD_ERROR_KEYS ? UPLOAD_ERROR_KEYS[code as keyof typeof UPLOAD_ERROR_KEYS] : null;
}
