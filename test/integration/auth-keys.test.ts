/**
 * API keys: a request without a key, with an unknown, malformed or revoked key gets 401; a key of
 * the wrong role gets 403; the stored form is a hash, never the key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/runtime.js';
import { createKey } from '../helpers/auth.js';
import { type LiveServer, call, listen } from '../helpers/live-server.js';
import { testRuntime } from '../helpers/runtime.js';

let rt: Runtime;
let srv: LiveServer;

beforeAll(async () => {
  rt = await testRuntime();
  srv = await listen(rt);
});
afterAll(async () => {
  await srv.close();
  await rt.close();
});

describe('API keys', () => {
  it('answers 401 unauthorized without a key, with a malformed or unknown key', async () => {
    for (const key of [null, 'nonsense', `rbt_${'A'.repeat(43)}`]) {
      const r = await call<{ error: { code: string } }>(srv.url, key, 'GET', '/api/queue');
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('unauthorized');
      expect(r.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });

  it('answers 403 forbidden with a key of the wrong role, 200 with the right one', async () => {
    const ingest = createKey(rt, 'ingest');
    const viewer = createKey(rt, 'viewer');
    const r = await call<{ error: { code: string } }>(srv.url, ingest, 'GET', '/api/queue');
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('forbidden');
    expect((await call(srv.url, viewer, 'GET', '/api/queue')).status).toBe(200);
  });

  it('stores only a hash and refuses a revoked key', async () => {
    const key = createKey(rt, 'viewer', 'to-revoke');
    const stored = rt.db!.prepare('SELECT * FROM api_keys WHERE name = ?').get('to-revoke') as Record<string, string>;
    expect(JSON.stringify(stored)).not.toContain(key);
    expect(stored.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await call(srv.url, key, 'GET', '/api/queue')).status).toBe(200);
    rt.moderation!.keys.revoke(stored.id!, 'test');
    const r = await call<{ error: { code: string } }>(srv.url, key, 'GET', '/api/queue');
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('unauthorized');
  });

  it('keeps health public', async () => {
    expect((await call(srv.url, null, 'GET', '/api/health')).status).toBe(200);
  });
});
