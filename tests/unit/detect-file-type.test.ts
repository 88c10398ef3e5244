import { describe, expect, it } from "vitest";
import { ACCEPTED_KINDS, bytesNeededToDecide, detectFileType, DETECTION_WINDOW } from "@/lib/documents/detect-file-type";

const ascii = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: (Uint8Array | number[])[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

const PDF = ascii("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const JPEG = concat([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], ascii("JFIF\0"), [0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]);
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG = concat(PNG_SIGNATURE, [0, 0, 0, 13], ascii("IHDR"), [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0], [0x1f, 0x15, 0xc4, 0x89]);

describe("detectFileType", () => {
  it("recognises a PDF, a JPEG and a PNG by their first bytes", () => {
    expect(detectFileType(PDF)).toEqual({ kind: "pdf", mime: "application/pdf", extension: "pdf" });
    expect(detectFileType(JPEG)).toEqual({ kind: "jpeg", mime: "image/jpeg", extension: "jpg" });
    expect(detectFileType(PNG)).toEqual({ kind: "png", mime: "image/png", extension: "png" });
  });

  it("accepts the PDF header after leading bytes, as long as it lies within the first 1024 bytes", () => {
    const junk = (n: number) => new Uint8Array(n).fill(0x20);
    expect(detectFileType(concat(junk(100), PDF))?.kind).toBe("pdf");
    expect(detectFileType(concat(junk(DETECTION_WINDOW - 5), PDF))?.kind).toBe("pdf");
    // Starting at 1020, the header would end past the window.
    expect(detectFileType(concat(junk(DETECTION_WINDOW - 4), PDF))).toBeNull();
    expect(detectFileType(concat(junk(DETECTION_WINDOW), PDF))).toBeNull();
  });

  it("requires the IHDR chunk right after the PNG signature", () => {
    expect(detectFileType(new Uint8Array(PNG_SIGNATURE))).toBeNull();
    expect(detectFileType(concat(PNG_SIGNATURE, [0, 0, 0, 13], ascii("IDAT"), new Uint8Array(20)))).toBeNull();
    expect(detectFileType(PNG.subarray(0, 15))).toBeNull();
    expect(detectFileType(PNG.subarray(0, 16))?.kind).toBe("png");
  });

  it("decides by signatures at offset 0 before looking for a PDF header", () => {
    expect(detectFileType(concat(JPEG.subarray(0, 6), ascii("%PDF-1.4")))?.kind).toBe("jpeg");
  });

  it("recognises nothing else", () => {
    expect(detectFileType(new Uint8Array(0))).toBeNull();
    expect(detectFileType(ascii("Surat permohonan izin usaha\n"))).toBeNull();
    expect(detectFileType(ascii("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"))).toBeNull();
    expect(detectFileType(ascii("%PDF"))).toBeNull();
    expect(detectFileType(new Uint8Array([0xff, 0xd8]))).toBeNull();
    expect(detectFileType(ascii("GIF89a\x01\x00\x01\x00"))).toBeNull();
  });
});

describe("bytesNeededToDecide", () => {
  it("is the longest prefix any of the kinds needs", () => {
    expect(bytesNeededToDecide(["jpeg"])).toBe(3);
    expect(bytesNeededToDecide(["jpeg", "png"])).toBe(16);
    expect(bytesNeededToDecide(ACCEPTED_KINDS)).toBe(DETECTION_WINDOW);
    expect(bytesNeededToDecide([])).toBe(0);
  });
});

describe("ACCEPTED_KINDS", () => {
  it("lists the kinds applicants may upload", () => {
    expect(ACCEPTED_KINDS).toEqual(["pdf", "jpeg", "png"]);
  });
});
