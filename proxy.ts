// Tells pages which path was asked for (so a login can bring the visitor back), gives every request an
// id that error pages and logs share, and refuses before any page code runs what cannot be a request
// of this portal: an address with a broken percent-encoding, and a post to a page (a server action)
// from another site or with a body that cannot be read.
import { NextResponse, type NextRequest } from "next/server";
import { checkActionRequest } from "@/lib/http/action-request";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";

function refuse(request: NextRequest, code: "MALFORMED" | "FORBIDDEN" | "UNSUPPORTED_MEDIA_TYPE") {
  const error = new AppError(code, code === "FORBIDDEN" ? "errors.forbidden" : code === "MALFORMED" ? "errors.malformed" : "errors.unsupportedMediaType");
  return errorResponse(request.headers, error);
}

export async function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return refuse(request, "MALFORMED");
  }
  if (request.method === "POST" && !request.nextUrl.pathname.startsWith("/api/")) {
    const problem = await checkActionRequest(request, request.headers.has("next-action"));
    if (problem === "foreign_origin") return refuse(request, "FORBIDDEN");
    if (problem === "unsupported_type") return refuse(request, "UNSUPPORTED_MEDIA_TYPE");
    if (problem === "malformed") return refuse(request, "MALFORMED");
  }
  const headers = new Headers(request.headers);
  headers.set("x-return-to", request.nextUrl.pathname + request.nextUrl.search);
  if (!headers.get("x-request-id")) headers.set("x-request-id", crypto.randomUUID());
  return NextResponse.next({ request: { headers } });
}

// Static files (Next's own and those in public/) and the health check are served as they are.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|manifest.webmanifest|icon-192.png|icon-512.png|icon-maskable-512.png|api/health).*)"],
};
