/**
 * @module http/middleware/validate
 * Request validation with zod. A handler reads only what passed: `validated(res).body`, `.query`,
 * `.params`. A failure throws AppError validation_failed with each problem, rendered by the error handler.
 */
import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import { AppError } from '../../errors.js';

interface Schemas {
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
}

/**
 * Builds a middleware that validates the parts of a request.
 * @param schemas - a schema per part.
 * @returns the middleware.
 */
export function validate(schemas: Schemas) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const out: Record<string, unknown> = {};
    for (const part of ['params', 'query', 'body'] as const) {
      const schema = schemas[part];
      if (!schema) continue;
      const parsed = schema.safeParse(req[part]);
      if (!parsed.success) {
        const problems = parsed.error.issues.slice(0, 20).map((i) => ({ path: [part, ...i.path.map(String)].join('.'), message: i.message }));
        throw new AppError('validation_failed', `invalid ${part}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, { problems });
      }
      out[part] = parsed.data;
    }
    res.locals.validated = out;
    next();
  };
}

/**
 * The validated parts of the current request.
 * @param res - the response (where validate() put them).
 * @returns the parts, typed by the caller.
 */
export function validated<B = unknown, Q = unknown, P = unknown>(res: Response): { body: B; query: Q; params: P } {
  return res.locals.validated as { body: B; query: Q; params: P };
}
