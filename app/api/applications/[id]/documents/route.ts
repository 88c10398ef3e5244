// Receives one document upload (a plain multipart form, so it works without JavaScript), streams it
// to storage while checking its real type and size, records it, and sends the browser back to the
// documents page with the outcome. An oversized file is never stored whole.
import { PassThrough, Readable } from "node:stream";
import Busboy from "busboy";
import { getActor } from "@/app/_lib/session";
import { attachDocument, findUploadTarget, uploadsDir } from "@/lib/applications/attach-document";
import { storeUpload, type StoreUploadResult } from "@/lib/documents/store-upload";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const MB = 1024 * 1024;

function back(request: Request, id: string, params: Record<string, string>) {
  const url = new URL(`/applications/${id}/documents`, request.url);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return Response.redirect(url, 303);
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const key = new URL(request.url).searchParams.get("key") ?? "";
  const actor = await getActor();
  if (!actor) return Response.redirect(new URL(`/login?returnTo=${encodeURIComponent(`/applications/${id}/documents`)}`, request.url), 303);

  let requirement;
  try {
    requirement = await findUploadTarget({ actor, applicationId: id, key });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return new Response(null, { status: 404 });
    if (isAppError(error)) return back(request, id, { error: "not_editable", doc: key });
    throw error;
  }
  const maxBytes = requirement.maxSizeMb * MB;
  // Far larger than allowed: answer at once instead of receiving it.
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes * 4 + MB) return back(request, id, { error: "too_large", doc: key });
  if (!request.body || !(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    return back(request, id, { error: "missing", doc: key });
  }

  const upload = await new Promise<{ result: StoreUploadResult | null; name: string }>((resolve, reject) => {
    const busboy = Busboy({ headers: { "content-type": request.headers.get("content-type")! }, limits: { files: 1, fields: 5 } });
    let pending: Promise<{ result: StoreUploadResult | null; name: string }> | null = null;
    busboy.on("file", (_field, stream, info) => {
      if (pending) return stream.resume();
      // storeUpload stops reading a rejected file by destroying its input; give it a pipe of its own so
      // that busboy's stream survives and the rest of the request can be drained.
      const input = new PassThrough();
      stream.pipe(input);
      pending = storeUpload({ stream: input, accept: requirement.accept, maxBytes, uploadsDir: uploadsDir() }).then((result) => {
        stream.unpipe(input);
        stream.resume();
        return { result, name: info.filename ?? "" };
      });
    });
    busboy.on("error", reject);
    busboy.on("close", () => (pending ?? Promise.resolve({ result: null, name: "" })).then(resolve, reject));
    Readable.fromWeb(request.body as import("node:stream/web").ReadableStream).pipe(busboy);
  });

  if (!upload.result || (upload.result.ok === false && upload.result.reason === "empty" && !upload.name)) {
    return back(request, id, { error: "missing", doc: key });
  }
  if (!upload.result.ok) return back(request, id, { error: upload.result.reason, doc: key });
  try {
    await attachDocument({
      actor,
      applicationId: id,
      key,
      file: { sha256: upload.result.sha256, size: upload.result.size, mime: upload.result.mime, originalName: upload.name },
    });
  } catch (error) {
    if (isAppError(error)) return back(request, id, { error: "not_editable", doc: key });
    throw error;
  }
  return back(request, id, { uploaded: key });
}
