import { describe, expect, it } from "vitest";
import { AppError, asAppError } from "@/lib/errors";
import { hasControlCharacters, zText } from "@/lib/validation/text";

describe("text fields", () => {
  it("refuse NUL and other control characters, and keep line breaks, tabs and any script", () => {
    for (const bad of ["a\u0000b", "\u0007", "x\u001bY", "\u007f", "\u0085", "\u000b"]) expect(hasControlCharacters(bad), JSON.stringify(bad)).toBe(true);
    for (const good of ["Jl. Merdeka No. 1\nRT 02/RW 03", "a\tb", "Siti Aminah", "日本語", "emoji 🙂", "\r\n"]) expect(hasControlCharacters(good), JSON.stringify(good)).toBe(false);
  });

  it("answer a control character with a translated field error", () => {
    const result = zText().trim().min(1).safeParse("Nama\u0000");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("validation.controlCharacters");
    expect(zText().trim().max(5).parse("  abc ")).toBe("abc");
  });
});

describe("what an error amounts to", () => {
  it("keeps domain errors and their status", () => {
    const e = new AppError("NOT_FOUND", "errors.notFound");
    expect(asAppError(e)).toBe(e);
    expect(new AppError("INVALID_INPUT", "validation.invalid").status).toBe(422);
    expect(new AppError("MALFORMED", "errors.malformed").status).toBe(400);
    expect(new AppError("PAYLOAD_TOO_LARGE", "errors.payloadTooLarge").status).toBe(413);
    expect(new AppError("UNSUPPORTED_MEDIA_TYPE", "errors.unsupportedMediaType").status).toBe(415);
    expect(new AppError("RATE_LIMITED", "errors.rateLimited").status).toBe(429);
  });

  it("turns unreadable input into 400 and text the database refuses into 422", () => {
    let parseError: unknown;
    try {
      JSON.parse("{bad");
    } catch (error) {
      parseError = error;
    }
    expect(asAppError(parseError)?.status).toBe(400);
    expect(asAppError(new Error("Unexpected end of form"))?.status).toBe(400);
    expect(asAppError(new Error("Malformed part header"))?.status).toBe(400);
    let uriError: unknown;
    try {
      decodeURIComponent("%");
    } catch (error) {
      uriError = error;
    }
    expect(asAppError(uriError)?.status).toBe(400);
    const refused = Object.assign(new Error("invalid byte sequence for encoding \"UTF8\": 0x00"), { meta: { driverAdapterError: { cause: { originalCode: "22021" } } } });
    expect(asAppError(refused)?.code).toBe("INVALID_INPUT");
  });

  it("leaves anything else a server error", () => {
    expect(asAppError(new Error("connection refused"))).toBeNull();
    expect(asAppError("text")).toBeNull();
  });
});
