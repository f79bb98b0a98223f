/**
 * @module http/middleware/auth
 * Authentication by API key and role checks. `authenticate` reads `Authorization: Bearer <key>` once
 * per request and records who is calling (or nobody); `requireRole` on each route then answers 401
 * `unauthorized` when nobody valid is calling and 403 `forbidden` when the caller's role is not allowed.
 * Keys are created with `rabat-triage keys create` (the first admin) or by an admin over the API.
 */
import type { NextFunction, Request, Response } from 'express';
import type { Role } from '../../db/repositories/api-keys.repository.js';
import { AppError } from '../../errors.js';
import { runAsActor } from '../../moderation/actor-context.js';
import type { KeysService } from '../../services/keys-service.js';

export type { Role } from '../../db/repositories/api-keys.repository.js';

/** Who is calling, as the routes see it. */
export interface Caller {
  keyId: string;
  name: string;
  role: Role;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Builds the middleware that identifies the caller from the bearer key. It never rejects by itself:
 * routes decide (health and the OpenAPI document are public).
 * @param keys - the keys service.
 * @returns the middleware.
 */
export function authenticate(keys: KeysService) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const header = req.headers.authorization;
    res.locals.authPresented = header !== undefined;
    const m = header ? BEARER.exec(header) : null;
    const key = m?.[1] ? keys.authenticate(m[1]) : undefined;
    if (!key) return next();
    res.locals.caller = { keyId: key.id, name: key.name, role: key.role } satisfies Caller;
    // The rest of the request (async scoring included) runs as this key, for the audit log.
    runAsActor(key.id, () => next());
  };
}

/**
 * Requires one of the roles for a route.
 * @param roles - roles allowed.
 * @returns the middleware.
 * @throws AppError unauthorized without a valid key, forbidden with a key of another role.
 */
export function requireRole(...roles: Role[]) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    const caller = res.locals.caller as Caller | undefined;
    if (!caller) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="rabat-triage"');
      throw new AppError('unauthorized', res.locals.authPresented ? 'the API key is not valid (unknown, malformed or revoked)' : 'an API key is required: send "Authorization: Bearer <key>"');
    }
    if (!roles.includes(caller.role)) throw new AppError('forbidden', `this needs the role ${roles.join(' or ')}; the key's role is ${caller.role}`);
    next();
  };
}

/**
 * The caller of the current request (after requireRole).
 * @param res - the response.
 * @returns the caller.
 */
export function callerOf(res: Response): Caller {
  const caller = res.locals.caller as Caller | undefined;
  if (!caller) throw new AppError('unauthorized', 'an API key is required');
  return caller;
}

/**
 * The actor recorded on decisions and audit entries for this request: the key id.
 * @param res - the response.
 * @returns the actor id.
 */
export function actorOf(res: Response): string {
  return callerOf(res).keyId;
}
