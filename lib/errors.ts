// Typed errors thrown by domain code. Each carries a code, an HTTP status and a translation key
// for the message the user sees; one adapter per kind of caller maps them, nothing swallows them.

export type AppErrorCode =
  | "MALFORMED"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "INVALID_TRANSITION"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "INVALID_INPUT"
  | "RATE_LIMITED";

export const STATUS: Record<AppErrorCode, number> = {
  /** The request itself cannot be read: a broken body, a bad encoding, a missing form. */
  MALFORMED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** Read, but its values break the rules (field errors say which). */
  INVALID_INPUT: 422,
  RATE_LIMITED: 429,
};

export class AppError extends Error {
  override name = "AppError";
  readonly status: number;
  constructor(
    readonly code: AppErrorCode,
    /** Key in the translation catalogue, e.g. "errors.forbidden". */
    readonly messageKey: string,
    /** Field errors (field name -> message key) for INVALID_INPUT and CONFLICT on a form. */
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(`${code}: ${messageKey}`);
    this.status = STATUS[code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/**
 * The AppError an error amounts to: itself, or what a known failure of reading bad input means
 * (a broken multipart body, invalid JSON, text the database refuses). Null for anything unexpected,
 * which stays a server error and is logged.
 */
export function asAppError(error: unknown): AppError | null {
  if (isAppError(error)) return error;
  if (!(error instanceof Error)) return null;
  const e = error as Error & { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string; kind?: string } } } };
  // Body parsers: JSON.parse, busboy and undici's multipart reader.
  if (error instanceof SyntaxError) return new AppError("MALFORMED", "errors.malformed");
  if (/^(Unexpected end of form|Malformed part header|Multipart: Boundary not found|Unexpected end of multipart data|Failed to parse body as FormData)/i.test(e.message)) {
    return new AppError("MALFORMED", "errors.malformed");
  }
  if (error instanceof URIError) return new AppError("MALFORMED", "errors.malformed");
  // PostgreSQL refuses a NUL byte or an invalid sequence in text (22021, 22P05): bad input, not a fault.
  const sqlState = e.meta?.driverAdapterError?.cause?.originalCode;
  if (sqlState === "22021" || sqlState === "22P05" || /invalid byte sequence|unsupported Unicode escape sequence/i.test(e.message)) {
    return new AppError("INVALID_INPUT", "validation.controlCharacters");
  }
  return null;
}
