// The one way a route handler answers: it runs the handler and turns a domain error (or a request
// that cannot be read) into its status with a translated message, as a small page for a browser and
// as JSON for a program. Anything unexpected is logged and answered 500 with a reference.
import "server-only";
import { Readable } from "node:stream";
import { asAppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { openStoredFile } from "@/lib/documents/store-upload";
import { uploadsDir } from "@/lib/applications/attach-document";

type Handler<P> = (request: Request, params: P) => Promise<Response>;

/** Wraps a route handler: `export const GET = route<{ id: string }>(async (request, { id }) => ...)`. */
export function route<P extends Record<string, string | string[]> = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      return await handler(request, await context.params);
    } catch (error) {
      const appError = asAppError(error);
      if (!appError) throw error; // logged by instrumentation's onRequestError and answered 500
      return errorResponse(request.headers, appError);
    }
  };
}

/** Streams a stored file as a download; a file missing from storage is "not found". */
export async function sendStoredFile(file: { sha256: string; size: number; mime: string; originalName: string }, { inline = false } = {}): Promise<Response> {
  const stream = await openStoredFile(uploadsDir(), file.sha256);
  if (!stream) return new Response(null, { status: 404 });
  const fallback = file.originalName.replace(/[^\w.\- ]+/g, "_") || "dokumen";
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      "Content-Type": file.mime,
      "Content-Length": String(file.size),
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/**
 * A 303 back to a page of the portal, with query parameters (the outcome of a plain form post). The
 * Location is a path, never a full address: the browser keeps the host name it used (an IP address, a
 * second domain), so the session cookie it holds for that host still goes with the next request.
 */
export function seeOther(path: string, params: Record<string, string> = {}, hash?: string) {
  // Parsed against a placeholder origin only to merge the query; the origin is dropped again.
  const url = new URL(path, "http://portal.invalid");
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  if (hash) url.hash = hash;
  return new Response(null, { status: 303, headers: { Location: url.pathname + url.search + url.hash } });
}
