// Recognises the document types applicants may upload from the file's first bytes (magic numbers).
// The file name and the browser's declared type are never consulted: both are chosen by the sender.

export const ACCEPTED_KINDS = ["pdf", "jpeg", "png"] as const;
export type FileKind = (typeof ACCEPTED_KINDS)[number];

export interface DetectedFileType {
  kind: FileKind;
  mime: string;
  /** Without the dot, for naming a download. */
  extension: string;
}

const TYPES: Record<FileKind, DetectedFileType> = {
  pdf: { kind: "pdf", mime: "application/pdf", extension: "pdf" },
  jpeg: { kind: "jpeg", mime: "image/jpeg", extension: "jpg" },
  png: { kind: "png", mime: "image/png", extension: "png" },
};

/** PDF readers accept the `%PDF-` header anywhere in the first 1024 bytes, so no more is ever needed. */
export const DETECTION_WINDOW = 1024;

const PDF_HEADER = bytes("%PDF-");
const JPEG_SOI = [0xff, 0xd8, 0xff];
// The 8-byte signature, then the first chunk, which the PNG specification requires to be IHDR
// with a data length of 13 (4-byte big-endian length, then the 4-byte type).
const PNG_START = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, ...bytes("IHDR")];

// How many leading bytes settle whether a file is of this kind.
const BYTES_TO_DECIDE: Record<FileKind, number> = {
  pdf: DETECTION_WINDOW,
  jpeg: JPEG_SOI.length,
  png: PNG_START.length,
};

/**
 * Detects the type from the first bytes of a file (the whole file, or a prefix of it).
 * A match on a prefix is final: more bytes cannot change it. No match on a prefix is final only
 * once the prefix holds `bytesNeededToDecide(kinds)` bytes, or is the whole file.
 */
export function detectFileType(head: Uint8Array): DetectedFileType | null {
  // Signatures fixed at offset 0 come first: a JPEG or PNG may contain "%PDF-" in its first kilobyte.
  if (startsWith(head, JPEG_SOI)) return TYPES.jpeg;
  if (startsWith(head, PNG_START)) return TYPES.png;
  if (indexOf(head.subarray(0, DETECTION_WINDOW), PDF_HEADER) !== -1) return TYPES.pdf;
  return null;
}

/** The number of leading bytes after which no match means the file is none of `kinds`. */
export function bytesNeededToDecide(kinds: readonly FileKind[]): number {
  return Math.max(0, ...kinds.map((kind) => BYTES_TO_DECIDE[kind]));
}

function bytes(text: string): number[] {
  return Array.from(text, (char) => char.charCodeAt(0));
}

function startsWith(haystack: Uint8Array, prefix: readonly number[]): boolean {
  return haystack.length >= prefix.length && prefix.every((byte, i) => haystack[i] === byte);
}

function indexOf(haystack: Uint8Array, needle: readonly number[]): number {
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let i = 0; i < needle.length; i++) {
      if (haystack[start + i] !== needle[i]) continue outer;
    }
    return start;
  }
  return -1;
}
