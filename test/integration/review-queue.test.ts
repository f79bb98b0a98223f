/**
 * Batch review over a real server and a real database file: claims under leases (filters, renewal,
 * expiry, exclusion from others' queues), decisions (lease conflicts, four-eyes on incitement,
 * append-only history, review state), and agreement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { krippendorffAlphaNominal } from '../../src/moderation/agreement.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { type Runtime, createRuntime } from '../../src/runtime.js';
import { createKey } from '../helpers/auth.js';
import { type LiveServer, call, listen } from '../helpers/live-server.js';
import { reviewPosts, storePosts } from '../helpers/review-fixtures.js';
import { testRuntime } from '../helpers/runtime.js';

interface Entry { id: string; level: string; lang: string; review_state: string; lease: { holder: string; mine: boolean; expires_at: string } | null }
interface Queue { total: number; items: Entry[] }
interface Claim { expires_at: string; items: Entry[] }
interface Decision { id: number; action: string; level: string | null; actor: string; actor_name: string | null; note: string | null; factor_overrides: Record<string, { score: number | null; reason?: string }> | null }
interface Item { id: string; decisions: Decision[]; review: { state: string; level: string | null; pending_actor: string | null; lease: Entry['lease'] } }
interface Err { error: { code: string; message: string } }

let rt: Runtime;
let srv: LiveServer;
let mod1: string;
let mod2: string;
let mod3: string;
let viewer: string;

beforeAll(async () => {
  rt = await testRuntime();
  await storePosts(rt, reviewPosts(40));
  srv = await listen(rt);
  mod1 = createKey(rt, 'moderator', 'Amina');
  mod2 = createKey(rt, 'moderator', 'Bruno');
  mod3 = createKey(rt, 'moderator', 'Chen');
  viewer = createKey(rt, 'viewer');
});
afterAll(async () => {
  await srv.close();
  await rt.close();
});

const ids = (es: { id: string }[]) => es.map((e) => e.id);

describe('queue order', () => {
  it('orders by priority to the tenth of a point, as stored in the database file', async () => {
    // Read before any claim or decision below changes the queue.
    const q = await call<{ total: number; items: (Entry & { priority: number })[] }>(srv.url, viewer, 'GET', '/api/queue?limit=500');
    const ps = q.body.items.map((e) => e.priority);
    expect(ps.length).toBe(40);
    expect(ps).toEqual([...ps].sort((a, b) => b - a));
    // Tenths survive the INTEGER-affinity column: the same text from speakers of different reach differs by less than a point.
    expect(ps.some((p) => !Number.isInteger(p))).toBe(true);
    for (const p of ps) expect(Math.round(p * 10) / 10).toBe(p);
    const stored = rt.db!.prepare('SELECT priority FROM scores').all() as { priority: number }[];
    expect(stored.map((r) => r.priority).sort((a, b) => b - a)).toEqual(ps);
  });
});

describe('claims and leases', () => {
  it('claims a batch, hides it from other moderators, and renews it on a repeated claim', async () => {
    const c = await call<Claim>(srv.url, mod1, 'POST', '/api/queue/claim', { n: 5, filters: { speaker: 'spk-even' }, lease_seconds: 600 });
    expect(c.status).toBe(200);
    expect(c.body.items).toHaveLength(5);
    expect(new Set(ids(c.body.items)).size).toBe(5);
    for (const e of c.body.items) expect(e.lease).toMatchObject({ mine: true });
    // Only spk-even items (even indexes) were claimed.
    for (const id of ids(c.body.items)) expect(Number(id.slice(3)) % 2).toBe(0);

    const theirs = await call<Queue>(srv.url, mod2, 'GET', '/api/queue?limit=500');
    expect(ids(theirs.body.items)).not.toEqual(expect.arrayContaining([c.body.items[0]!.id]));
    for (const id of ids(c.body.items)) expect(ids(theirs.body.items)).not.toContain(id);
    const mine = await call<Queue>(srv.url, mod1, 'GET', '/api/queue?limit=500');
    for (const id of ids(c.body.items)) expect(ids(mine.body.items)).toContain(id);

    const again = await call<Claim>(srv.url, mod1, 'POST', '/api/queue/claim', { n: 5, filters: { speaker: 'spk-even' }, lease_seconds: 600 });
    expect(ids(again.body.items).sort()).toEqual(ids(c.body.items).sort());
    const held = await call<{ items: Entry[] }>(srv.url, mod1, 'GET', '/api/queue/mine');
    expect(ids(held.body.items).sort()).toEqual(ids(c.body.items).sort());

    const rel = await call<{ released: string[] }>(srv.url, mod1, 'POST', '/api/queue/release', {});
    expect(rel.body.released.sort()).toEqual(ids(c.body.items).sort());
    expect((await call<{ items: Entry[] }>(srv.url, mod1, 'GET', '/api/queue/mine')).body.items).toEqual([]);
  });

  it('applies the filters: context, date range, target group, language', async () => {
    const c = await call<Claim>(srv.url, mod3, 'POST', '/api/queue/claim', { n: 50, filters: { context: 'ctx-a', from: '2026-01-04', to: '2026-01-10' } });
    // ctx-a is every third index; published 2026-01-(1+i): i in 3..9 and i % 3 == 0 gives 3, 6, 9.
    expect(ids(c.body.items).sort()).toEqual(['rv-003', 'rv-006', 'rv-009']);
    await call(srv.url, mod3, 'POST', '/api/queue/release', {});
    const none = await call<Claim>(srv.url, mod3, 'POST', '/api/queue/claim', { n: 5, filters: { lang: 'xx' } });
    expect(none.body.items).toEqual([]);
    const bad = await call<Err>(srv.url, mod3, 'POST', '/api/queue/claim', { n: 5, filters: { target: 'weather' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    const byTarget = await call<Claim>(srv.url, mod3, 'POST', '/api/queue/claim', { n: 50, filters: { target: 'religion' } });
    for (const e of byTarget.body.items) {
      const item = await call<{ result: { targets: { group: string }[] } }>(srv.url, mod3, 'GET', `/api/items/${e.id}`);
      expect(item.body.result.targets.map((t) => t.group)).toContain('religion');
    }
    await call(srv.url, mod3, 'POST', '/api/queue/release', {});
  });

  it('lets a lease expire, after which the item is free again', async () => {
    const c = await call<Claim>(srv.url, mod2, 'POST', '/api/queue/claim', { n: 1, filters: { speaker: 'spk-odd' }, lease_seconds: 1 });
    const id = c.body.items[0]!.id;
    expect(ids((await call<Queue>(srv.url, mod1, 'GET', '/api/queue?limit=500')).body.items)).not.toContain(id);
    await new Promise((r) => setTimeout(r, 1200));
    const q = await call<Queue>(srv.url, mod1, 'GET', '/api/queue?limit=500');
    const entry = q.body.items.find((e) => e.id === id);
    expect(entry).toBeDefined();
    expect(entry!.lease).toBeNull();
  });
});

describe('decisions', () => {
  it('refuses a decision on an item another moderator holds, accepts the holder and releases the lease', async () => {
    const c = await call<Claim>(srv.url, mod1, 'POST', '/api/queue/claim', { n: 2 });
    const [a, b] = ids(c.body.items);
    const refused = await call<Err>(srv.url, mod2, 'POST', `/api/items/${a}/decisions`, { action: 'reject' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('lease_conflict');
    const ok = await call<{ decision: Decision; review: Item['review'] }>(srv.url, mod1, 'POST', `/api/items/${a}/decisions`, { action: 'reject', note: 'counter-speech' });
    expect(ok.status).toBe(201);
    expect(ok.body.review).toMatchObject({ state: 'rejected', lease: null });
    expect(ok.body.decision).toMatchObject({ action: 'reject', actor_name: 'Amina', note: 'counter-speech' });
    expect(ids((await call<{ items: Entry[] }>(srv.url, mod1, 'GET', '/api/queue/mine')).body.items)).toEqual([b]);
    // Decided items leave the open queue for everyone.
    expect(ids((await call<Queue>(srv.url, mod2, 'GET', '/api/queue?limit=500')).body.items)).not.toContain(a);
    expect(ids((await call<Queue>(srv.url, viewer, 'GET', '/api/queue?state=rejected&limit=500')).body.items)).toContain(a);
    await call(srv.url, mod1, 'POST', '/api/queue/release', {});
  });

  it('needs a second, different moderator to confirm incitement (four-eyes)', async () => {
    const id = 'rv-030';
    const first = await call<{ review: Item['review'] }>(srv.url, mod1, 'POST', `/api/items/${id}/decisions`, {
      action: 'relabel', level: 'incitement', note: 'call to arms', factor_overrides: { intent: { score: 0.9, reason: 'imperative, tonight' } },
    });
    expect(first.status).toBe(201);
    expect(first.body.review).toMatchObject({ state: 'pending_second', level: 'incitement' });
    // The same moderator cannot be the second pair of eyes, and no longer sees it in the open queue.
    const self = await call<Err>(srv.url, mod1, 'POST', `/api/items/${id}/decisions`, { action: 'confirm' });
    expect(self.status).toBe(409);
    expect(self.body.error.code).toBe('four_eyes_required');
    expect(ids((await call<Queue>(srv.url, mod1, 'GET', '/api/queue?limit=500')).body.items)).not.toContain(id);
    const forOthers = (await call<Queue>(srv.url, mod2, 'GET', '/api/queue?limit=500')).body.items.find((e) => e.id === id);
    expect(forOthers?.review_state).toBe('pending_second');
    const second = await call<{ review: Item['review'] }>(srv.url, mod2, 'POST', `/api/items/${id}/decisions`, { action: 'confirm' });
    expect(second.body.review).toMatchObject({ state: 'confirmed', level: 'incitement' });

    const item = await call<Item>(srv.url, viewer, 'GET', `/api/items/${id}`);
    expect(item.body.review.state).toBe('confirmed');
    expect(item.body.decisions.map((d) => [d.action, d.level, d.actor_name])).toEqual([
      ['relabel', 'incitement', 'Amina'],
      ['confirm', null, 'Bruno'],
    ]);
    expect(item.body.decisions[0]!.factor_overrides).toEqual({ intent: { score: 0.9, reason: 'imperative, tonight' } });
  });

  it('keeps every decision: later ones never overwrite earlier ones, and the table refuses edits', async () => {
    const id = 'rv-031';
    await call(srv.url, mod1, 'POST', `/api/items/${id}/decisions`, { action: 'escalate', note: 'legal' });
    expect((await call<Item>(srv.url, viewer, 'GET', `/api/items/${id}`)).body.review.state).toBe('escalated');
    await call(srv.url, mod2, 'POST', `/api/items/${id}/decisions`, { action: 'relabel', level: 'hate' });
    await call(srv.url, mod3, 'POST', `/api/items/${id}/decisions`, { action: 'confirm', level: 'hate' });
    const item = await call<Item>(srv.url, viewer, 'GET', `/api/items/${id}`);
    expect(item.body.decisions.map((d) => d.action)).toEqual(['escalate', 'relabel', 'confirm']);
    expect(item.body.review).toMatchObject({ state: 'confirmed', level: 'hate' });
    expect(() => rt.db!.prepare('UPDATE decisions SET action = ? WHERE item_id = ?').run('reject', id)).toThrow(/append-only/);
    expect(() => rt.db!.prepare('DELETE FROM decisions WHERE item_id = ?').run(id)).toThrow(/append-only/);
  });

  it('validates decisions: relabel needs a level, overrides only with a relabel, scores in 0..1', async () => {
    for (const body of [{ action: 'relabel' }, { action: 'confirm', factor_overrides: { intent: { score: 0.5 } } }, { action: 'relabel', level: 'hate', factor_overrides: { intent: { score: 2 } } }, { action: 'approve' }]) {
      const r = await call<Err>(srv.url, mod1, 'POST', '/api/items/rv-032/decisions', body);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('validation_failed');
    }
    const nf = await call<Err>(srv.url, mod1, 'POST', '/api/items/nope/decisions', { action: 'confirm' });
    expect(nf.status).toBe(404);
  });
});

describe('agreement', () => {
  it("reports Krippendorff's alpha over items with decisions from two or more moderators", async () => {
    // Two more doubly-judged items on top of rv-030 (incitement, incitement) and rv-031 (hate by two; escalate ignored).
    await call(srv.url, mod1, 'POST', '/api/items/rv-033/decisions', { action: 'confirm', level: 'offensive' });
    await call(srv.url, mod2, 'POST', '/api/items/rv-033/decisions', { action: 'relabel', level: 'hate' });
    await call(srv.url, mod1, 'POST', '/api/items/rv-034/decisions', { action: 'reject' });
    await call(srv.url, mod2, 'POST', '/api/items/rv-034/decisions', { action: 'reject' });
    const r = await call<{ items: number; overall: number | null; per_level: Record<string, { alpha: number | null; judgements: number }>; states: Record<string, number> }>(srv.url, viewer, 'GET', '/api/agreement');
    expect(r.status).toBe(200);
    const units = [['incitement', 'incitement'], ['hate', 'hate'], ['offensive', 'hate'], ['none', 'none']];
    expect(r.body.items).toBe(4);
    expect(r.body.overall).toBeCloseTo(krippendorffAlphaNominal(units)!, 10);
    // Hand-computed: 8 values, one disagreeing pair: D_o = 2/8, D_e = (64 - (4+9+1+4)) / 56, alpha = 1 - 0.25 / (46/56).
    expect(r.body.overall).toBeCloseTo(1 - 0.25 / (46 / 56), 10);
    expect(r.body.per_level.incitement!.alpha).toBe(1);
    expect(r.body.per_level.hate!.judgements).toBe(3);
    expect(r.body.states.confirmed).toBeGreaterThanOrEqual(3);
  });
});

describe('databases decided before review states were kept', () => {
  it('derives the review state of already-decided items when the database is opened', async () => {
    const old = await testRuntime();
    await storePosts(old, reviewPosts(3, 'old'));
    // As the issue-2 API left it: a decision row, no review state row.
    old.db!.prepare("INSERT INTO decisions (item_id, action, level, actor) VALUES ('old-001', 'confirm', 'hate', 'local-operator')").run();
    old.db!.prepare("DELETE FROM item_review WHERE item_id = 'old-001'").run();
    const file = old.config.dbPath;
    await old.close();
    const reopened = await createRuntime(loadConfig({ RABAT_DB: file, RABAT_CONTENT_MODEL: '' }), silentLogger, { model: null });
    try {
      const s = reopened.db!.prepare("SELECT state, level FROM item_review WHERE item_id = 'old-001'").get();
      expect(s).toEqual({ state: 'confirmed', level: 'hate' });
      const open = reopened.moderation!.review.list({}, 'someone', { limit: 50, offset: 0 });
      expect(open.entries.map((e) => e.id)).not.toContain('old-001');
    } finally {
      await reopened.close();
    }
  });
});
