/**
 * @module errors
 * Typed errors with a stable machine-readable code and an HTTP status. Only these carry client-visible
 * messages; anything else becomes `internal_error` at the edge (HTTP error handler, CLI).
 */

export type ErrorCode =
  | 'invalid_json'
  | 'invalid_record'
  | 'empty_text'
  | 'text_too_long'
  | 'line_too_long'
  | 'invalid_utf8'
  | 'invalid_csv'
  | 'id_conflict'
  | 'validation_failed'
  | 'payload_too_large'
  | 'not_found'
  | 'unauthorized'
  | 'forbidden'
  | 'conflict'
  | 'lease_conflict'
  | 'four_eyes_required'
  | 'model_unavailable'
  | 'usage'
  | 'io_error'
  | 'internal_error';

const STATUS: Record<ErrorCode, number> = {
  invalid_json: 400,
  invalid_record: 400,
  empty_text: 400,
  text_too_long: 413,
  line_too_long: 413,
  invalid_utf8: 400,
  invalid_csv: 400,
  id_conflict: 409,
  validation_failed: 400,
  payload_too_large: 413,
  not_found: 404,
  unauthorized: 401,
  forbidden: 403,
  conflict: 409,
  lease_conflict: 409,
  four_eyes_required: 409,
  model_unavailable: 503,
  usage: 400,
  io_error: 500,
  internal_error: 500,
};

/** An error whose code and message may be shown to a client. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.status = STATUS[code];
    this.details = details;
  }
}

/** @returns true when `e` is an {@link AppError}. */
export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** The one JSON error body the API returns. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

/**
 * Turns any thrown value into a client-safe body; unknown errors never leak their message.
 * @param e - what was thrown.
 * @returns the status and body to send.
 */
export function toErrorBody(e: unknown): { status: number; body: ErrorBody } {
  if (isAppError(e)) {
    const error: ErrorBody['error'] = { code: e.code, message: e.message };
    if (e.details !== undefined) error.details = e.details;
    return { status: e.status, body: { error } };
  }
  return { status: 500, body: { error: { code: 'internal_error', message: 'internal error' } } };
}
