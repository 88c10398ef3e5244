import { describe, expect, it } from "vitest";
import { checkActionRequest, isForeignOrigin } from "@/lib/http/action-request";

const post = (body: BodyInit | null, headers: Record<string, string>) => new Request("http://portal.test/login", { method: "POST", body, headers: { host: "portal.test", ...headers } });

function multipart(fields: [string, string][], boundary = "XYZ") {
  return fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
}
const MULTIPART = { "content-type": "multipart/form-data; boundary=XYZ" };

describe("posts to pages", () => {
  it("accept what the page's own script sends for a form's action", async () => {
    const body = multipart([
      ["_1_email", "pemohon@contoh.id"],
      ["_1_$ACTION_REF_2", ""],
      ["_1_$ACTION_2:0", '{"id":"60ab","bound":"$@1"}'],
      ["0", '[{"values":{}},"$K1"]'],
    ]);
    expect(await checkActionRequest(post(body, { ...MULTIPART, "next-action": "60ab", origin: "http://portal.test" }), true)).toBeNull();
    expect(await checkActionRequest(post('["a",1,{"b":"$$1"}]', { "content-type": "text/plain;charset=UTF-8", "next-action": "60ab" }), true)).toBeNull();
  });

  it("accept a form posted without JavaScript, bound or plain", async () => {
    const bound = multipart([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"60ab","bound":"$@1"}'],
      ["$ACTION_1:1", '[{"values":{}}]'],
      ["$ACTION_KEY", "k1"],
      ["email", "a@b.c"],
    ]);
    expect(await checkActionRequest(post(bound, MULTIPART), false)).toBeNull();
    expect(await checkActionRequest(post("$ACTION_ID_40ab=&locale=en", { "content-type": "application/x-www-form-urlencoded" }), false)).toBeNull();
  });

  it("refuse a foreign or opaque origin", async () => {
    expect(isForeignOrigin(new Headers({ host: "portal.test", origin: "http://evil.example" }))).toBe(true);
    expect(isForeignOrigin(new Headers({ host: "portal.test", origin: "null" }))).toBe(true);
    expect(isForeignOrigin(new Headers({ host: "portal.test" }))).toBe(false);
    expect(await checkActionRequest(post(multipart([["0", "[]"]]), { ...MULTIPART, "next-action": "x", origin: "http://evil.example" }), true)).toBe("foreign_origin");
  });

  it("refuse bodies that cannot be read", async () => {
    const action = { "next-action": "60ab" };
    // truncated multipart, a boundary that is not in the body, no body at all, invalid JSON
    expect(await checkActionRequest(post('--XYZ\r\nContent-Disposition: form-data; name="email"\r\n\r\nabc', MULTIPART), false)).toBe("malformed");
    expect(await checkActionRequest(post(multipart([["0", "[]"]], "OTHER"), { ...MULTIPART, ...action }), true)).toBe("malformed");
    expect(await checkActionRequest(post(null, { ...action }), true)).toBe("malformed");
    expect(await checkActionRequest(post("{bad", { "content-type": "text/plain", ...action }), true)).toBe("malformed");
    expect(await checkActionRequest(post(multipart([["0", "{bad"]]), { ...MULTIPART, ...action }), true)).toBe("malformed");
    // the script's form data without its root part, and a reference to a part never sent
    expect(await checkActionRequest(post(multipart([["_1_email", "a"]]), { ...MULTIPART, ...action }), true)).toBe("malformed");
    expect(await checkActionRequest(post(multipart([["0", '["$1"]']]), { ...MULTIPART, ...action }), true)).toBe("malformed");
    expect(await checkActionRequest(post(multipart([["0", '["$@a"]'], ["10", '"$Q2"']]), { ...MULTIPART, ...action }), true)).toBe("malformed");
    expect(await checkActionRequest(post(multipart([["$ACTION_REF_1", ""]]), MULTIPART), false)).toBe("malformed");
    expect(await checkActionRequest(post(multipart([["$ACTION_REF_1", ""], ["$ACTION_1:0", '{"id":"x","bound":"$@1"}']]), MULTIPART), false)).toBe("malformed");
  });

  it("refuse replies the decoder would fail on", async () => {
    const action = { "next-action": "60ab" };
    const text = (body: string) => post(body, { "content-type": "text/plain;charset=UTF-8", ...action });
    // an action's arguments are a list
    expect(await checkActionRequest(text('"$undefined"'), true)).toBe("malformed");
    expect(await checkActionRequest(text("false"), true)).toBe("malformed");
    // encodings that point at parts never sent, or that cannot be decoded
    expect(await checkActionRequest(text('[{"a":"$O1"}]'), true)).toBe("malformed");
    expect(await checkActionRequest(text('["$S"]'), true)).toBe("malformed");
    expect(await checkActionRequest(text('["$nabc"]'), true)).toBe("malformed");
    expect(await checkActionRequest(text('["$T"]'), true)).toBe("malformed");
    expect(await checkActionRequest(text('["$1:a:b"]'), true)).toBe("malformed");
    expect(await checkActionRequest(text('["$$1","$undefined","$D2026-01-01","$n12","$K1"]'), true)).toBeNull();
    // deeper or larger than the decoder takes
    expect(await checkActionRequest(text("[".repeat(5000) + "]".repeat(5000)), true)).toBe("too_large");
    expect(await checkActionRequest(text(JSON.stringify([{}, "a".repeat(1_048_576)])), true)).toBe("too_large");
    // a control character in a part's header, which the framework's multipart reader refuses
    const nul = `--XYZ\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--XYZ\r\nContent-Disposition: form-data; name="1_f"; filename="a\u0000.pdf"\r\n\r\nx\r\n--XYZ--\r\n`;
    expect(await checkActionRequest(post(nul, { ...MULTIPART, ...action }), true)).toBe("malformed");
    // a form-encoded call is read by the framework as the reply in text
    expect(await checkActionRequest(post("0=%5B%5D", { "content-type": "application/x-www-form-urlencoded", ...action }), true)).toBe("unsupported_type");
  });

  it("refuse an action call in a content type no encoder produces", async () => {
    expect(await checkActionRequest(post("{}", { "content-type": "application/json", "next-action": "x" }), true)).toBe("unsupported_type");
  });
});
