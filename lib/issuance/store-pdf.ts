// Keeps a generated PDF in the same content-addressed storage as uploads and records it as a file.
import { Readable } from "node:stream";
import { uploadsDir } from "@/lib/applications/attach-document";
import { storeUpload } from "@/lib/documents/store-upload";

export async function storeGeneratedPdf(bytes: Uint8Array) {
  const result = await storeUpload({ stream: Readable.from([bytes]), accept: ["pdf"], maxBytes: 50 * 1024 * 1024, uploadsDir: uploadsDir() });
  if (!result.ok) throw new Error(`generated PDF could not be stored: ${result.reason}`);
  return { sha256: result.sha256, size: result.size, mime: result.mime };
}
