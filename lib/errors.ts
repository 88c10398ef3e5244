// Typed errors thrown by domain code. Each carries a code, an HTTP status and a translation key
// for the message the user sees; pages and actions map them, nothing swallows them.

export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "INVALID_INPUT" | "INVALID_TRANSITION";

const STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  INVALID_INPUT: 400,
  INVALID_TRANSITION: 409,
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
