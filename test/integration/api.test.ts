import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/runtime.js';
import { FACTOR_KEYS, TriageResultSchema } from '../../src/schema/result.js';
import { type TestServer, api, startServer } from '../helpers/server.js';
import { testRuntime } from '../helpers/runtime.js';
import { authHeader, createKey } from '../helpers/auth.js';

let rt: Runtime;
let srv: TestServer;
let call: typeof api;

beforeAll(async () => {
  rt = await testRuntime();
  srv = await startServer(rt);
  const key = createKey(rt, 'admin');
  call = (p, init = {}) => api(`${srv.url}${p}`, { ...init, headers: { ...authHeader(key), ...init.headers } });
});
afterAll(async () => {
  await srv.close();
  await rt.close();
});

const batch = [
  { id: 'incite-1', text: 'We must drive the immigrants out tonight at the market, they are vermin. Bring your machetes.', lang: 'en', published_at: '2027-08-09T18:00:00Z', context: 'ke-2027-election', speaker: { id: 'cand-1', role: 'candidate', followers: 1200000 }, reach: { views: 400000 }, medium: 'rally' },
  { id: 'news-1', text: 'Police said a speaker at the rally called migrants "vermin"; rights groups condemned the speech.', lang: 'en' },
  { id: 'insult-1', text: 'You are a stupid liar, Peter.', lang: 'en' },
  { id: 'calm-1', text: 'Polling stations open at 6am tomorrow.', lang: 'en' },
];

describe('HTTP API (real server on loopback, real SQLite file)', () => {
  it('POST /api/items scores and stores a batch, in order, with the contract fields', async () => {
    const res = await call('/api/items', { body: { items: batch } });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { id: string }) => r.id)).toEqual(batch.map((b) => b.id));
    for (const r of res.body.results) {
      const parsed = TriageResultSchema.parse(r);
      expect(Object.keys(parsed.factors).sort()).toEqual([...FACTOR_KEYS].sort());
    }
    const levels = Object.fromEntries(res.body.results.map((r: { id: string; level: string }) => [r.id, r.level]));
    expect(levels).toEqual({ 'incite-1': 'incitement', 'news-1': 'none', 'insult-1': 'offensive', 'calm-1': 'none' });
  });

  it('GET /api/queue lists undecided items by priority and filters by level and language', async () => {
    const all = await call('/api/queue');
    expect(all.status).toBe(200);
    const priorities = all.body.items.map((i: { priority: number }) => i.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    expect(all.body.items[0].id).toBe('incite-1');
    expect(all.body.items[0].top_evidence.length).toBeGreaterThan(0);
    const hateOnly = await call('/api/queue?level=offensive');
    expect(hateOnly.body.items.map((i: { id: string }) => i.id)).toEqual(['insult-1']);
    const fr = await call('/api/queue?lang=fr');
    expect(fr.body.total).toBe(0);
    const bad = await call('/api/queue?level=catastrophic');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
  });

  it('GET /api/items/:id shows the item, its evidence and decisions; decisions append and leave the queue', async () => {
    const item = await call('/api/items/incite-1');
    expect(item.status).toBe(200);
    expect(item.body.text).toBe(batch[0]!.text);
    expect(item.body.result.factors.likelihood.evidence.some((e: { kind: string; data?: { resolved?: string } }) => e.kind === 'time' && e.data?.resolved === '2027-08-09T22:00:00.000Z')).toBe(true);
    const d1 = await call('/api/items/insult-1/decisions', { body: { action: 'confirm', note: 'insult to one person' } });
    expect(d1.status).toBe(201);
    const d2 = await call('/api/items/insult-1/decisions', { body: { action: 'relabel', level: 'none' } });
    expect(d2.status).toBe(201);
    const after = await call('/api/items/insult-1');
    expect(after.body.decisions.map((d: { action: string }) => d.action)).toEqual(['confirm', 'relabel']);
    const queue = await call('/api/queue');
    expect(queue.body.items.map((i: { id: string }) => i.id)).not.toContain('insult-1');
  });

  it('rescoring the same batch adds nothing; a changed record under a stored id is a 409 and stores nothing', async () => {
    const again = await call('/api/items', { body: batch });
    expect(again.status).toBe(200);
    expect(again.body.results.every((r: { stored: string }) => r.stored === 'unchanged')).toBe(true);
    const before = rt.repos!.items.count();
    const clash = await call('/api/items', { body: [{ id: 'fresh-1', text: 'A new post.' }, { id: 'calm-1', text: 'Changed text.' }] });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('id_conflict');
    expect(rt.repos!.items.count()).toBe(before);
  });

  it('answers bad input with a 4xx and a machine-readable body, never a 500', async () => {
    const cases: [string, Parameters<typeof api>[1], number, string][] = [
      ['/api/items', { raw: '{"items": [' }, 400, 'invalid_json'],
      ['/api/items', { body: { items: [] } }, 400, 'validation_failed'],
      ['/api/items', { body: [{ text: '' }] }, 400, 'validation_failed'],
      ['/api/items', { body: [{ id: 'x', text: 'ok' }, { id: 'y' }] }, 400, 'validation_failed'],
      ['/api/items', { body: [{ text: 'x'.repeat(200_001) }] }, 400, 'validation_failed'],
      ['/api/items/nope', {}, 404, 'not_found'],
      ['/api/items/calm-1/decisions', { body: { action: 'delete' } }, 400, 'validation_failed'],
      ['/api/items/calm-1/decisions', { body: { action: 'relabel' } }, 400, 'validation_failed'],
      ['/api/items/nope/decisions', { body: { action: 'confirm' } }, 404, 'not_found'],
      ['/api/nothing-here', {}, 404, 'not_found'],
    ];
    for (const [path, init, status, code] of cases) {
      const res = await call(path, init);
      expect([path, res.status, res.body?.error?.code]).toEqual([path, status, code]);
      expect(typeof res.body.error.message).toBe('string');
    }
    const problems = (await call('/api/items', { body: [{ id: 'x', text: 'ok' }, { id: 'y' }] })).body.error.details.problems;
    expect(problems).toEqual([{ index: 1, code: 'invalid_record', message: 'items[1]: missing required field "text"' }]);
  });

  it('keeps hostile text as data: HTML and control characters round-trip byte for byte', async () => {
    const text = '<script>alert(1)</script><img src=x onerror=alert(2)> \u0000\u0007 ‮ مرحبا 你好 🙂';
    const res = await call('/api/items', { body: [{ id: 'hostile-1', text }] });
    expect(res.status).toBe(200);
    const item = await call('/api/items/hostile-1');
    expect(item.body.text).toBe(text);
  });
});
