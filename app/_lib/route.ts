// The one way a route handler answers: it runs the handler and turns a domain error (or a request
// that cannot be read) into its status with a translated message, as a small page for a browser and
// as JSON for a program. Anything unexpected is logged and answered 500 with a reference.
import "server-only";
import { Readable } from "node:stream";
import { asAppError, type AppError } from "@/lib/errors";
import { openStoredFile } from "@/lib/documents/store-upload";
import { uploadsDir } from "@/lib/applications/attach-document";
import { requestLocale, translator } from "@/lib/i18n/translate";

type Handler<P> = (request: Request, params: P) => Promise<Response>;

/** Wraps a route handler: `export const GET = route<{ id: string }>(async (request, { id }) => ...)`. */
export function route<P extends Record<string, string | string[]> = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      return await handler(request, await context.params);
    } catch (error) {
      const appError = asAppError(error);
      if (!appError) throw error; // logged by instrumentation's onRequestError and answered 500
      return errorResponse(request, appError);
    }
  };
}

function escapeHtml(text: string) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const TITLES: Record<number, string> = { 404: "errors.notFoundPage.title", 403: "errors.forbiddenPage.title" };

export function errorResponse(request: Request, error: AppError): Response {
  const locale = requestLocale(request.headers);
  const t = translator(locale);
  const message = t(error.messageKey);
  const headers = { "Cache-Control": "no-store", ...(error.status === 429 ? { "Retry-After": "60" } : {}) };
  if (!(request.headers.get("accept") ?? "").includes("text/html")) {
    return Response.json({ error: error.code, message, ...(error.fieldErrors ? { fieldErrors: Object.fromEntries(Object.entries(error.fieldErrors).map(([f, k]) => [f, t(k)])) } : {}) }, { status: error.status, headers });
  }
  const title = t(TITLES[error.status] ?? "errors.requestPage.title");
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#0f172a">
<main><p>${escapeHtml(t("errors.requestPage.code", { status: error.status }))}</p><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>
<p><a href="/" style="color:#1d4ed8">${escapeHtml(t("errors.goHome"))}</a></p></main></body></html>`;
  return new Response(html, { status: error.status, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
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

/** A 303 back to a page of the portal, with query parameters (the outcome of a plain form post). */
export function seeOther(request: Request, path: string, params: Record<string, string> = {}, hash?: string) {
  const url = new URL(path, request.url);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  if (hash) url.hash = hash;
  return Response.redirect(url, 303);
}
