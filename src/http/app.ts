/**
 * @module http/app
 * The express app: JSON API under /api, the moderators' web page at / (static files, strict
 * Content-Security-Policy), errors rendered in one place. No listen() here: the serve command and the
 * tests start it on a port of their choosing.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { PROJECT_ROOT } from '../config.js';
import type { Runtime } from '../runtime.js';
import { authenticate } from './middleware/auth.js';
import { errorHandler, notFound } from './middleware/error-handler.js';
import { itemsRouter } from './routes/items.routes.js';
import { openApiDocument } from './openapi.js';
import { registryRouter } from './routes/registry.routes.js';
import { reviewRouter } from './routes/review.routes.js';

/** The web page's static files, served from the source tree (tsc does not copy them; dist/ finds them through PROJECT_ROOT). */
export const PUBLIC_DIR = path.join(PROJECT_ROOT, 'src', 'http', 'public');

/**
 * Post text is hostile input. The page builds text nodes only, and this policy makes sure nothing
 * inline or remote could run even if markup slipped through: scripts, styles, images and requests
 * from this origin only, no eval, no plugins, no framing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const VERSION = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';

/**
 * Builds the app around a runtime that has a database.
 * @param rt - the runtime.
 * @returns the express app.
 */
export function createApp(rt: Runtime): Express {
  if (!rt.repos || !rt.moderation) throw new Error('createApp needs a runtime with a database');
  const moderation = rt.moderation;
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use((_req, res, next) => {
    res.locals.requestId = randomUUID();
    res.setHeader('X-Request-Id', String(res.locals.requestId));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  });
  const api = express.Router();
  api.use(express.json({ limit: rt.config.maxBody, strict: true }));
  api.use(authenticate(moderation.keys));
  api.get('/health', (_req, res) => {
    res.json({ ok: true, items: rt.repos!.items.count(), model: rt.deps.model?.ref ?? null, lexicons: rt.deps.lexicons.ref });
  });
  const openapi = openApiDocument(VERSION);
  api.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  api.use(itemsRouter(rt));
  api.use(registryRouter(rt));
  api.use(reviewRouter(rt));
  api.use(notFound);
  app.use('/api', api);
  app.use(express.static(PUBLIC_DIR, { index: 'index.html', fallthrough: true, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') }));
  app.use(errorHandler(rt.logger));
  return app;
}
