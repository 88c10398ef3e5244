// The portal's redirects are paths: a browser that reached it by another host name (an IP address, a
// second domain) stays on that host, and keeps the session cookie it holds for it.
import { describe, expect, it, vi } from "vitest";

vi.mock("@/app/_lib/session", () => ({ getActor: async () => null }));

const { seeOther } = await import("@/app/_lib/route");
const { POST: uploadDocument } = await import("@/app/api/applications/[id]/documents/route");

describe("redirects after a form post", () => {
  it("is a relative Location with the query and fragment", () => {
    const response = seeOther("/applications/a1/documents", { uploaded: "ktp", doc: "a b" }, "photos");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/applications/a1/documents?uploaded=ktp&doc=a+b#photos");
  });

  it("never names another host, even for a path that looks like one", () => {
    expect(seeOther("//evil.example/x").headers.get("location")).toBe("/x");
  });

  it("the upload route sends a signed-out browser to log in on the host it used", async () => {
    const request = new Request("http://10.0.0.5:3000/api/applications/a1/documents?key=ktp", { method: "POST", body: "" });
    const response = await uploadDocument(request, { params: Promise.resolve({ id: "a1" }) });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/login?returnTo=%2Fapplications%2Fa1%2Fdocuments");
  });
});
