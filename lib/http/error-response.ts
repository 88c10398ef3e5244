// The answer to a request the portal refuses: its status with the translated reason, as a small page
// for a browser and as JSON for a program, in the language the request asks for.
import type { AppError } from "@/lib/errors";
import { requestLocale, translator } from "@/lib/i18n/translate";

function escapeHtml(text: string) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const PAGE_TITLES: Record<number, string> = { 404: "errors.notFoundPage.title", 403: "errors.forbiddenPage.title" };

export function errorResponse(headers: Headers, error: Pick<AppError, "code" | "status" | "messageKey" | "fieldErrors">): Response {
  const locale = requestLocale(headers);
  const t = translator(locale);
  const message = t(error.messageKey);
  const common = { "Cache-Control": "no-store", ...(error.status === 429 ? { "Retry-After": "60" } : {}) };
  if (!(headers.get("accept") ?? "").includes("text/html")) {
    const fieldErrors = error.fieldErrors ? Object.fromEntries(Object.entries(error.fieldErrors).map(([field, key]) => [field, t(key)])) : undefined;
    return Response.json({ error: error.code, message, ...(fieldErrors ? { fieldErrors } : {}) }, { status: error.status, headers: common });
  }
  const title = t(PAGE_TITLES[error.status] ?? "errors.requestPage.title");
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#0f172a">
<main><p>${escapeHtml(t("errors.requestPage.code", { status: error.status }))}</p><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>
<p><a href="/" style="color:#1d4ed8">${escapeHtml(t("errors.goHome"))}</a></p></main></body></html>`;
  return new Response(html, { status: error.status, headers: { ...common, "Content-Type": "text/html; charset=utf-8" } });
}
