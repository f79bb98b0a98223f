/**
 * @module http/routes/review
 * The moderators' API: claiming a batch under a lease (POST /api/queue/claim), the caller's leases
 * (GET /api/queue/mine), releasing (POST /api/queue/release), agreement (GET /api/agreement), evidence
 * exports (GET /api/export), the audit trail (GET /api/audit, GET /api/audit/verify), API keys
 * (GET/POST /api/keys, DELETE /api/keys/:id) and who the caller is (GET /api/me).
 */
import { Router } from 'express';
import type { Runtime } from '../../runtime.js';
import { verifyAudit } from '../../services/audit-verify.js';
import type { ApiKey } from '../../db/repositories/api-keys.repository.js';
import { actorOf, callerOf, requireRole } from '../middleware/auth.js';
import { validate, validated } from '../middleware/validate.js';
import { presentQueueEntry } from '../presenters.js';
import {
  type ClaimBody,
  AuditQuerySchema,
  ClaimBodySchema,
  CreateKeyBodySchema,
  ExportQuerySchema,
  KeyParamsSchema,
  ReleaseBodySchema,
} from './schemas.js';

function presentKey(k: ApiKey) {
  return { id: k.id, name: k.name, role: k.role, prefix: k.prefix, created_at: k.createdAt, revoked_at: k.revokedAt };
}

/**
 * Builds the review router.
 * @param rt - the runtime (with a database).
 * @returns the router.
 */
export function reviewRouter(rt: Runtime): Router {
  const { review, keys, audit, exports } = rt.moderation!;
  const r = Router();

  r.get('/me', requireRole('admin', 'moderator', 'ingest', 'viewer'), (_req, res) => {
    const c = callerOf(res);
    res.json({ key_id: c.keyId, name: c.name, role: c.role });
  });

  r.post('/queue/claim', requireRole('admin', 'moderator'), validate({ body: ClaimBodySchema }), (_req, res) => {
    const body = validated<ClaimBody>(res).body;
    const me = actorOf(res);
    const out = review.claim(body.filters, me, body.n, body.lease_seconds);
    res.json({ expires_at: new Date(out.expiresAt).toISOString(), items: out.entries.map((e) => presentQueueEntry(e, me)) });
  });

  r.get('/queue/mine', requireRole('admin', 'moderator'), (_req, res) => {
    const me = actorOf(res);
    res.json({ items: review.held(me).map((e) => presentQueueEntry(e, me)) });
  });

  r.post('/queue/release', requireRole('admin', 'moderator'), validate({ body: ReleaseBodySchema }), (_req, res) => {
    const { ids } = validated<{ ids?: string[] }>(res).body;
    res.json({ released: review.release(actorOf(res), ids) });
  });

  r.get('/agreement', requireRole('admin', 'moderator', 'viewer'), (_req, res) => {
    res.json({ ...review.agreement(), states: review.stateCounts() });
  });

  r.get('/export', requireRole('admin', 'moderator'), validate({ query: ExportQuerySchema }), async (_req, res) => {
    const { format } = validated<unknown, { format: 'jsonl' | 'csv' }>(res).query;
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="rabat-triage-export-${stamp}.${format}"`);
    await exports.write(
      format,
      (chunk) =>
        new Promise<void>((resolve) => {
          if (res.write(chunk)) resolve();
          else res.once('drain', () => resolve());
        }),
      actorOf(res),
    );
    res.end();
  });

  r.get('/audit', requireRole('admin'), validate({ query: AuditQuerySchema }), (_req, res) => {
    const q = validated<unknown, { limit: number; subject?: string }>(res).query;
    const entries = audit.recent(q.limit, q.subject);
    res.json({ entries: entries.map((e) => ({ id: e.id, at: e.at, actor: e.actor, action: e.action, subject: e.subject, data: e.data, prev_hash: e.prevHash, hash: e.hash })) });
  });

  r.get('/audit/verify', requireRole('admin'), (_req, res) => {
    res.json(verifyAudit(audit));
  });

  r.get('/keys', requireRole('admin'), (_req, res) => {
    res.json({ keys: keys.list().map(presentKey) });
  });

  r.post('/keys', requireRole('admin'), validate({ body: CreateKeyBodySchema }), (_req, res) => {
    const body = validated<{ role: ApiKey['role']; name: string }>(res).body;
    const { key, secret } = keys.create(body.role, body.name, actorOf(res));
    res.setHeader('Cache-Control', 'no-store');
    res.status(201).json({ ...presentKey(key), key: secret });
  });

  r.delete('/keys/:id', requireRole('admin'), validate({ params: KeyParamsSchema }), (_req, res) => {
    const { id } = validated<unknown, unknown, { id: string }>(res).params;
    res.json(presentKey(keys.revoke(id, actorOf(res), { keepLastAdmin: true })));
  });

  return r;
}
