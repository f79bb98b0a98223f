/**
 * @module http/app
 * The express app: JSON API under /api, errors rendered in one place. No listen() here: the serve
 * command and the tests start it on a port of their choosing.
 */
import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import type { Runtime } from '../runtime.js';
import { authenticate } from './middleware/auth.js';
import { errorHandler, notFound } from './middleware/error-handler.js';
import { itemsRouter } from './routes/items.routes.js';
import { registryRouter } from './routes/registry.routes.js';

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
    next();
  });
  const api = express.Router();
  api.use(express.json({ limit: rt.config.maxBody, strict: true }));
  api.use(authenticate(moderation.keys));
  api.get('/health', (_req, res) => {
    res.json({ ok: true, items: rt.repos!.items.count(), model: rt.deps.model?.ref ?? null, lexicons: rt.deps.lexicons.ref });
  });
  api.use(itemsRouter(rt));
  api.use(registryRouter(rt));
  api.use(notFound);
  app.use('/api', api);
  app.use(errorHandler(rt.logger));
  return app;
}
