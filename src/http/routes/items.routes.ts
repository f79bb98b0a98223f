/**
 * @module http/routes/items
 * POST /api/items (score and store a batch, all or nothing), GET /api/queue (by priority, with review
 * state; items leased to others left out), GET /api/items/:id (with review state and history),
 * POST /api/items/:id/decisions (through the review service: leases, four-eyes, audit).
 */
import { Router } from 'express';
import { AppError } from '../../errors.js';
import { validateRecord } from '../../ingest/parse-record.js';
import type { Runtime } from '../../runtime.js';
import type { InputRecord } from '../../schema/input.js';
import { actorOf, requireRole } from '../middleware/auth.js';
import { validate, validated } from '../middleware/validate.js';
import { presentDecision, presentItem, presentQueueEntry, presentReview } from '../presenters.js';
import { type DecisionBody, type QueueQuery, DecisionBodySchema, ItemParamsSchema, PostItemsBodySchema, QueueQuerySchema } from './schemas.js';

/**
 * Builds the items router.
 * @param rt - the runtime (with a database).
 * @returns the router.
 */
export function itemsRouter(rt: Runtime): Router {
  const repos = rt.repos!;
  const { review, keys } = rt.moderation!;
  const nameOf = (id: string) => keys.nameOf(id);
  const r = Router();

  r.post('/items', requireRole('admin', 'moderator', 'ingest'), validate({ body: PostItemsBodySchema }), async (_req, res) => {
    const raw = validated<unknown[]>(res).body;
    const records: InputRecord[] = [];
    const problems: { index: number; code: string; message: string }[] = [];
    raw.forEach((v, index) => {
      const rec = validateRecord(v, `items[${index}]`);
      if (rec instanceof AppError) problems.push({ index, code: rec.code, message: rec.message });
      else if (rec.text.length > rt.config.maxTextChars) problems.push({ index, code: 'text_too_long', message: `items[${index}]: text is ${rec.text.length} characters; the limit is ${rt.config.maxTextChars}` });
      else records.push(rec);
    });
    if (problems.length > 0) throw new AppError('validation_failed', `${problems.length} of ${raw.length} records are invalid; nothing was stored`, { problems });
    // All or nothing: a record that clashes with a stored item refuses the whole request.
    const outcomes = await rt.triage.scoreLines(records.map((record, k) => ({ line: k + 1, record })), { allOrNothing: true });
    res.status(200).json({ results: outcomes.map((o) => ('result' in o ? { ...o.result, stored: o.stored } : o)) });
  });

  r.get('/queue', requireRole('admin', 'moderator', 'viewer'), validate({ query: QueueQuerySchema }), (_req, res) => {
    const { limit, offset, ...filters } = validated<unknown, QueueQuery>(res).query;
    const me = actorOf(res);
    // Items leased to other moderators are left out: they are being reviewed.
    const { total, entries } = review.list(filters, me, { limit, offset });
    res.json({ total, limit, offset, items: entries.map((e) => presentQueueEntry(e, me)) });
  });

  r.get('/items/:id', requireRole('admin', 'moderator', 'viewer'), validate({ params: ItemParamsSchema }), (_req, res) => {
    const { id } = validated<unknown, unknown, { id: string }>(res).params;
    const item = repos.items.find(id);
    if (!item) throw new AppError('not_found', `no item with id "${id}"`);
    res.json(presentItem(item, repos.items.scores(id), repos.decisions.forItem(id), review.status(id), actorOf(res), nameOf));
  });

  r.post('/items/:id/decisions', requireRole('admin', 'moderator'), validate({ params: ItemParamsSchema, body: DecisionBodySchema }), (_req, res) => {
    const { params, body } = validated<DecisionBody, unknown, { id: string }>(res);
    const me = actorOf(res);
    // Leases, four-eyes, the review state and the audit entry are the review service's business.
    const out = review.decide(params.id, me, body);
    res.status(201).json({
      decision: presentDecision(out.decision, nameOf),
      decisions: out.decisions.map((d) => presentDecision(d, nameOf)),
      review: presentReview(review.status(params.id), me),
    });
  });

  return r;
}
