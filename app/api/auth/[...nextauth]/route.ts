import NextAuth from "next-auth";
import { cookies } from "next/headers";
import { route } from "@/app/_lib/route";
import { getAuthOptions } from "@/lib/auth/auth-options";
import { AppError } from "@/lib/errors";

/** next-auth's own test of a callback address: an http(s) URL, or a path on this site. */
function isHttpUrl(url: string, base: string) {
  try {
    return /^https?:/.test(new URL(url, url.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

/** The fields of a posted body as next-auth reads them (form-encoded or JSON); null when they are not all text. */
async function postedFields(request: Request): Promise<Record<string, unknown> | null> {
  if (request.method !== "POST") return {};
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/json")) {
    const value: unknown = JSON.parse(await request.clone().text()); // a SyntaxError is answered 400 by the adapter
    if (!value || typeof value !== "object" || Array.isArray(value)) return null;
    return Object.values(value).every((v) => typeof v === "string") ? (value as Record<string, unknown>) : null;
  }
  if (type.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(await request.clone().text()));
  return {};
}

// Built on first request, so that `next build` never reads the secret or opens the database. Through
// the route adapter, so that a JSON body that cannot be parsed is a 400; a body whose fields are not
// text, or a callback address that is not one (in the query, the body or its cookie), is refused
// here, as next-auth would answer it with a 500.
const handler = route<{ nextauth: string[] }>(async (request, params) => {
  const url = new URL(request.url);
  const fields = await postedFields(request);
  if (!fields) throw new AppError("MALFORMED", "errors.malformed");
  const callbackCookies = (await cookies()).getAll().filter((c) => c.name.endsWith("next-auth.callback-url"));
  const callbacks = [url.searchParams.get("callbackUrl"), fields.callbackUrl as string | undefined, ...callbackCookies.map((c) => c.value)];
  if (callbacks.some((c) => c && !isHttpUrl(c, url.origin))) throw new AppError("MALFORMED", "errors.malformed");
  return NextAuth(getAuthOptions())(request, { params: Promise.resolve(params) });
});

export { handler as GET, handler as POST };
