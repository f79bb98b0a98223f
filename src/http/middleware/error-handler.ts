/**
 * @module http/middleware/error-handler
 * The one place errors become HTTP responses: AppErrors with their code and status, body-parser
 * failures as invalid_json / payload_too_large, everything else as a bare internal_error (logged with
 * the request id, never echoed).
 */
import type { NextFunction, Request, Response } from 'express';
import { AppError, toErrorBody } from '../../errors.js';
import type { Logger } from '../../log.js';

/**
 * Builds the error handler.
 * @param logger - where unexpected errors are logged.
 * @returns the express error middleware.
 */
export function errorHandler(logger: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void => {
    let e = err;
    const type = (err as { type?: unknown } | null)?.type;
    if (type === 'entity.parse.failed') e = new AppError('invalid_json', 'request body is not valid JSON');
    else if (type === 'entity.too.large') e = new AppError('payload_too_large', 'request body is too large');
    else if (type === 'encoding.unsupported' || type === 'charset.unsupported') e = new AppError('validation_failed', 'unsupported body encoding');
    const { status, body } = toErrorBody(e);
    if (status >= 500) {
      logger.error('request_failed', { request_id: String(res.locals.requestId ?? ''), method: req.method, route: req.route?.path ?? req.path, error: (err as Error)?.name ?? 'unknown' });
    }
    if (res.headersSent) return;
    res.status(status).json(body);
  };
}

/** Unknown routes under /api answer 404 in the same error shape. */
export function notFound(req: Request, _res: Response, next: NextFunction): void {
  next(new AppError('not_found', `no route ${req.method} ${req.path}`));
}
