// Which requests pass through the proxy: every page, action and API route, but not the static files
// in public/ (a browser, a crawler or a home screen fetches them without any page code).
import { describe, expect, it } from "vitest";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { config } from "@/proxy";

const matches = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe("proxy matcher", () => {
  it.each(["/favicon.ico", "/robots.txt", "/manifest.webmanifest", "/icon-192.png", "/icon-512.png", "/icon-maskable-512.png", "/_next/static/chunks/app.js", "/api/health"])(
    "leaves %s to be served as it is",
    (url) => expect(matches(url)).toBe(false),
  );

  it.each(["/", "/login", "/office/files/abc", "/admin/users", "/api/applications/abc/documents", "/permits/izin-praktik", "/robots", "/icon.svg"])(
    "runs for %s",
    (url) => expect(matches(url)).toBe(true),
  );
});
