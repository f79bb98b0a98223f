/**
 * @module http/routes/items
 * POST /api/items (score and store a batch, all or nothing), GET /api/queue, GET /api/items/:id,
 * POST /api/items/:id/decisions.
 */
import { Router } from 'express';
import { AppError } from '../../errors.js';
import { validateRecord } from '../../ingest/parse-record.js';
import type { Runtime } from '../../runtime.js';
import type { InputRecord } from '../../schema/input.js';
import { actorOf, requireRole } from '../middleware/auth.js';
import { validate, validated } from '../middleware/validate.js';
import { presentDecision, presentItem, presentQueueEntry } from '../presenters.js';
import { type DecisionBody, type QueueQuery, DecisionBodySchema, ItemParamsSchema, PostItemsBodySchema, QueueQuerySchema } from './schemas.js';

/**
 * Builds the items router.
 * @param rt - the runtime (with a database).
 * @returns the router.
 */
export function itemsRouter(rt: Runtime): Router {
  const repos = rt.repos!;
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
    const q = validated<unknown, QueueQuery>(res).query;
    const { total, entries } = repos.items.queue({ limit: q.limit, offset: q.offset, ...(q.level ? { level: q.level } : {}), ...(q.lang ? { lang: q.lang } : {}) });
    res.json({ total, limit: q.limit, offset: q.offset, items: entries.map(presentQueueEntry) });
  });

  r.get('/items/:id', requireRole('admin', 'moderator', 'viewer'), validate({ params: ItemParamsSchema }), (_req, res) => {
    const { id } = validated<unknown, unknown, { id: string }>(res).params;
    const item = repos.items.find(id);
    if (!item) throw new AppError('not_found', `no item with id "${id}"`);
    res.json(presentItem(item, repos.items.scores(id), repos.decisions.forItem(id)));
  });

  r.post('/items/:id/decisions', requireRole('admin', 'moderator'), validate({ params: ItemParamsSchema, body: DecisionBodySchema }), (_req, res) => {
    const { params, body } = validated<DecisionBody, unknown, { id: string }>(res);
    const item = repos.items.find(params.id);
    if (!item) throw new AppError('not_found', `no item with id "${params.id}"`);
    const d = repos.decisions.append({ item_id: item.id, score_id: item.latest_score_id, action: body.action, level: body.level ?? null, note: body.note ?? null, actor: actorOf(res) });
    rt.logger.info('decision', { item: item.id, action: d.action, level: d.level ?? '', decision: d.id });
    res.status(201).json({ decision: presentDecision(d), decisions: repos.decisions.forItem(item.id).map(presentDecision) });
  });

  return r;
}
