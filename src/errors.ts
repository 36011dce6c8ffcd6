import type { Context } from "hono";

/**
 * Machine-readable error codes. Services throw `AppError` with one of these and know nothing
 * of HTTP; `onError` maps the code to a status at the route boundary.
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION: 400,
  INVALID_ENCODING: 400,
  UNKNOWN_LANGUAGE: 400,
  INVALID_FILE: 422,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STALE_VERSION: 409,
  NOT_APPROVED: 409,
  SOURCE_CHANGED: 409,
  BLOCKING_FLAGS: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  MT_RATE_LIMITED: 429,
  INTERNAL: 500,
  MT_FAILED: 502,
  BUSY: 503,
  MT_NOT_CONFIGURED: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

const TITLES: Record<ErrorCode, string> = {
  BAD_REQUEST: "Bad request",
  VALIDATION: "Invalid input",
  INVALID_ENCODING: "Invalid text encoding",
  UNKNOWN_LANGUAGE: "Unknown language",
  INVALID_FILE: "Invalid file",
  UNAUTHORIZED: "Authentication required",
  FORBIDDEN: "Not allowed",
  CSRF: "Missing or wrong CSRF token",
  NOT_FOUND: "Not found",
  CONFLICT: "Conflict",
  STALE_VERSION: "Someone else saved first",
  NOT_APPROVED: "Not approved",
  SOURCE_CHANGED: "The source changed since this translation was made",
  BLOCKING_FLAGS: "Open critical or major flags",
  PAYLOAD_TOO_LARGE: "Request too large",
  UNSUPPORTED_MEDIA_TYPE: "Unsupported media type",
  TOO_MANY_REQUESTS: "Too many attempts",
  MT_RATE_LIMITED: "The machine translation service asks to wait",
  INTERNAL: "Internal error",
  MT_FAILED: "Machine translation failed",
  BUSY: "Busy",
  MT_NOT_CONFIGURED: "No machine translation provider is configured",
};

/**
 * The one error type of Glossa. `details` travel to the client (e.g. the current text on a
 * stale save, the list of validation problems), so put nothing secret in them.
 *
 * @example
 * throw new AppError("NOT_FOUND", `No segment ${id}`);
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string, id: string | number) => new AppError("NOT_FOUND", `${what} ${id} does not exist`);
export const forbidden = (message: string) => new AppError("FORBIDDEN", message);

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  [extra: string]: unknown;
};

export function toProblem(error: AppError): Problem {
  const status = ERROR_STATUS[error.code];
  return {
    type: `https://glossa.dev/problems/${error.code.toLowerCase().replace(/_/g, "-")}`,
    title: TITLES[error.code],
    status,
    detail: error.message,
    code: error.code,
    ...(error.details ?? {}),
  };
}

export function problemResponse(error: AppError): Response {
  const problem = toProblem(error);
  const headers: Record<string, string> = { "content-type": "application/problem+json; charset=utf-8" };
  // 429 and 503 say when to come back (details.retryAfter, in seconds).
  if (typeof problem.retryAfter === "number") headers["retry-after"] = String(problem.retryAfter);
  return new Response(JSON.stringify(problem), { status: problem.status, headers });
}

/**
 * The single error handler. Known errors become problem+json; anything else is logged and
 * answered with a generic message, never the raw error text (it may hold paths or SQL).
 */
export function onError(err: Error, c: Context): Response {
  if (err instanceof AppError) return problemResponse(err);
  // Hono's own HTTPException (e.g. from bodyLimit) carries a status.
  const status = (err as { status?: number }).status;
  if (status === 413) return problemResponse(new AppError("PAYLOAD_TOO_LARGE", "The request body is larger than allowed"));
  if (err instanceof SyntaxError && /JSON/i.test(err.message)) {
    return problemResponse(new AppError("BAD_REQUEST", "The request body is not valid JSON"));
  }
  console.error(`[glossa] ${c.req.method} ${c.req.path} failed:`, err);
  return problemResponse(new AppError("INTERNAL", "Something went wrong on our side; it has been logged"));
}
