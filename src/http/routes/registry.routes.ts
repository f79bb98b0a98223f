/**
 * @module http/routes/registry
 * The speaker registry and context profiles: GET/PUT /api/speakers[/:id], GET/PUT /api/contexts[/:id].
 * Writes need the admin role.
 */
import { Router } from 'express';
import { z } from 'zod';
import { ContextProfileSchema } from '../../context/context-profile.js';
import { AppError } from '../../errors.js';
import type { Runtime } from '../../runtime.js';
import { type SpeakerProfile, SpeakerProfileSchema } from '../../speakers/speaker.js';
import { actorOf, requireRole } from '../middleware/auth.js';
import { validate, validated } from '../middleware/validate.js';

const IdParams = z.object({ id: z.string().min(1).max(512) });

/**
 * Builds the registry router.
 * @param rt - the runtime (with a database).
 * @returns the router.
 */
export function registryRouter(rt: Runtime): Router {
  const repos = rt.repos!;
  const r = Router();

  r.get('/speakers', requireRole('admin', 'moderator', 'viewer'), (_req, res) => {
    res.json({ speakers: repos.speakers.list() });
  });
  r.get('/speakers/:id', requireRole('admin', 'moderator', 'viewer'), validate({ params: IdParams }), (_req, res) => {
    const { id } = validated<unknown, unknown, { id: string }>(res).params;
    const s = repos.speakers.get(id);
    if (!s) throw new AppError('not_found', `no speaker with id "${id}"`);
    res.json({ speaker: s });
  });
  r.put('/speakers/:id', requireRole('admin'), validate({ params: IdParams, body: SpeakerProfileSchema.omit({ id: true }).strict() }), (_req, res) => {
    const { params, body } = validated<Omit<SpeakerProfile, 'id'>, unknown, { id: string }>(res);
    const speaker = rt.db!.transaction(() => {
      const s = repos.speakers.upsert({ ...body, id: params.id });
      rt.moderation!.audit.append({ actor: actorOf(res), action: 'speaker.upserted', subject: `speaker:${params.id}`, data: { profile: s } });
      return s;
    }).immediate();
    res.json({ speaker });
  });

  r.get('/contexts', requireRole('admin', 'moderator', 'viewer'), (_req, res) => {
    res.json({ contexts: rt.contexts.list() });
  });
  r.get('/contexts/:id', requireRole('admin', 'moderator', 'viewer'), validate({ params: IdParams }), (_req, res) => {
    const { id } = validated<unknown, unknown, { id: string }>(res).params;
    const c = rt.contexts.get(id);
    if (!c) throw new AppError('not_found', `no context profile with id "${id}"`);
    res.json({ context: c });
  });
  r.put('/contexts/:id', requireRole('admin'), validate({ params: IdParams, body: z.record(z.string(), z.unknown()) }), (_req, res) => {
    const { params, body } = validated<Record<string, unknown>, unknown, { id: string }>(res);
    const parsed = ContextProfileSchema.safeParse({ ...body, id: params.id });
    if (!parsed.success) {
      throw new AppError('validation_failed', 'invalid context profile', { problems: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
    }
    rt.db!.transaction(() => {
      repos.contexts.upsert(parsed.data);
      rt.moderation!.audit.append({ actor: actorOf(res), action: 'context.upserted', subject: `context:${parsed.data.id}`, data: { profile: parsed.data } });
    }).immediate();
    rt.contexts.set(parsed.data);
    res.json({ context: parsed.data });
  });
  return r;
}
