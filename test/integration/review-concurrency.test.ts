/**
 * Two moderators never get the same item: 50 concurrent claims over HTTP on a real server and a real
 * database file, and four processes claiming from the same file at once (BEGIN IMMEDIATE serialises
 * them through SQLite's write lock).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/runtime.js';
import { createKey } from '../helpers/auth.js';
import { type LiveServer, call, listen } from '../helpers/live-server.js';
import { reviewPosts, storePosts } from '../helpers/review-fixtures.js';
import { testRuntime } from '../helpers/runtime.js';

const run = promisify(execFile);
const ITEMS = 150;
let rt: Runtime;
let srv: LiveServer;

beforeAll(async () => {
  rt = await testRuntime();
  await storePosts(rt, reviewPosts(ITEMS, 'cc'));
  srv = await listen(rt);
});
afterAll(async () => {
  await srv.close();
  await rt.close();
});

describe('concurrent claims', () => {
  it('gives 50 moderators claiming at once disjoint batches covering every item', async () => {
    const keys = Array.from({ length: 50 }, (_, i) => createKey(rt, 'moderator', `m${i}`));
    // 50 x 4 = 200 wanted for 150 items: the claims really compete.
    const results = await Promise.all(keys.map((k) => call<{ items: { id: string }[] }>(srv.url, k, 'POST', '/api/queue/claim', { n: 4, lease_seconds: 600 })));
    for (const r of results) expect(r.status).toBe(200);
    const all = results.flatMap((r) => r.body.items.map((e) => e.id));
    expect(all).toHaveLength(ITEMS);
    expect(new Set(all).size).toBe(ITEMS);
    const leases = rt.db!.prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT item_id) AS d FROM leases').get() as { n: number; d: number };
    expect(leases).toEqual({ n: ITEMS, d: ITEMS });
    // Each item's lease holder is the moderator whose response listed it.
    const holder = new Map((rt.db!.prepare('SELECT item_id, holder FROM leases').all() as { item_id: string; holder: string }[]).map((r) => [r.item_id, r.holder]));
    const me = await Promise.all(keys.map((k) => call<{ key_id: string }>(srv.url, k, 'GET', '/api/me')));
    results.forEach((r, i) => {
      for (const e of r.body.items) expect(holder.get(e.id)).toBe(me[i]!.body.key_id);
    });
    // Nothing is left for anyone while the leases last.
    const late = await call<{ items: unknown[] }>(srv.url, createKey(rt, 'moderator'), 'POST', '/api/queue/claim', { n: 10 });
    expect(late.body.items).toEqual([]);
  });

  it('keeps claims disjoint across processes sharing the database file', async () => {
    rt.db!.prepare('DELETE FROM leases').run();
    const worker = path.resolve('test/helpers/claim-worker.ts');
    const tsx = path.resolve('node_modules/.bin/tsx');
    const startAt = String(Date.now() + 5000);
    const outs = await Promise.all([0, 1, 2, 3].map((w) => run(tsx, [worker, rt.config.dbPath, `proc${w}`, '2', startAt], { timeout: 60_000 })));
    const all = outs.flatMap((o) => JSON.parse(o.stdout) as string[]);
    expect(all).toHaveLength(ITEMS);
    expect(new Set(all).size).toBe(ITEMS);
    // More than one process got work (they really ran side by side on the same file).
    expect(outs.filter((o) => (JSON.parse(o.stdout) as string[]).length > 0).length).toBeGreaterThan(1);
  });
});
