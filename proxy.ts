// Tells pages which path was asked for (so a login can bring the visitor back), gives every request an
// id that error pages and logs share, and refuses before any page code runs what cannot be a request
// of this portal: an address with a broken percent-encoding, a page's router state that cannot be read,
// and a post to a page (a server action) from another site or with a body that cannot be read.
import { NextResponse, type NextRequest } from "next/server";
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";
import { checkActionRequest } from "@/lib/http/action-request";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";

const MESSAGES = {
  MALFORMED: "errors.malformed",
  FORBIDDEN: "errors.forbidden",
  PAYLOAD_TOO_LARGE: "errors.payloadTooLarge",
  UNSUPPORTED_MEDIA_TYPE: "errors.unsupportedMediaType",
} as const;

function refuse(request: NextRequest, code: keyof typeof MESSAGES) {
  return errorResponse(request.headers, new AppError(code, MESSAGES[code]));
}

export async function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return refuse(request, "MALFORMED");
  }
  // The client router sends the state of the page it shows; the framework answers 500 to one it cannot
  // parse. Checked with the framework's own parser, so that what passes here passes there.
  const routerState = request.headers.get("next-router-state-tree");
  if (routerState !== null) {
    try {
      parseAndValidateFlightRouterState(routerState);
    } catch {
      return refuse(request, "MALFORMED");
    }
  }
  if (request.method === "POST" && !request.nextUrl.pathname.startsWith("/api/")) {
    const problem = await checkActionRequest(request, request.headers.has("next-action"));
    if (problem === "foreign_origin") return refuse(request, "FORBIDDEN");
    if (problem === "unsupported_type") return refuse(request, "UNSUPPORTED_MEDIA_TYPE");
    if (problem === "malformed") return refuse(request, "MALFORMED");
    if (problem === "too_large") return refuse(request, "PAYLOAD_TOO_LARGE");
  }
  const headers = new Headers(request.headers);
  // The address as the visitor sees it: without the client router's cache key (the proxy sees the raw URL).
  const shown = new URL(request.nextUrl.href);
  shown.searchParams.delete("_rsc");
  headers.set("x-return-to", shown.pathname + shown.search);
  if (!headers.get("x-request-id")) headers.set("x-request-id", crypto.randomUUID());
  return NextResponse.next({ request: { headers } });
}

// Static files (Next's own and those in public/) and the health check are served as they are.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|manifest.webmanifest|icon-192.png|icon-512.png|icon-maskable-512.png|api/health).*)"],
};
