/**
 * @module http/middleware/auth
 * The seam for authentication and roles. Until API keys land (issue 5) every request acts as the
 * local operator on loopback; routes already declare the role they need, so keys only have to fill
 * this module in.
 */
import type { NextFunction, Request, Response } from 'express';

export type Role = 'admin' | 'moderator' | 'ingest' | 'viewer';

/**
 * Requires one of the roles for a route.
 * @param roles - roles allowed.
 * @returns the middleware.
 */
export function requireRole(...roles: Role[]) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    res.locals.actor = res.locals.actor ?? 'local-operator';
    res.locals.allowedRoles = roles;
    next();
  };
}

/**
 * The actor recorded on decisions and audit entries for this request.
 * @param res - the response.
 * @returns the actor id.
 */
export function actorOf(res: Response): string {
  return String(res.locals.actor ?? 'local-operator');
}
