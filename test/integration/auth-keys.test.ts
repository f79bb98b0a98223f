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

  it('lets an admin create and revoke keys over the API, but not the last admin key', async () => {
    const admin = createKey(rt, 'admin', 'only-admin');
    const made = await call<{ id: string; key: string; role: string }>(srv.url, admin, 'POST', '/api/keys', { role: 'moderator', name: 'Dana' });
    expect(made.status).toBe(201);
    expect(made.headers.get('cache-control')).toBe('no-store');
    expect((await call(srv.url, made.body.key, 'GET', '/api/queue')).status).toBe(200);
    expect((await call(srv.url, admin, 'DELETE', `/api/keys/${made.body.id}`)).status).toBe(200);
    expect((await call(srv.url, made.body.key, 'GET', '/api/queue')).status).toBe(401);
    const again = await call<{ error: { code: string } }>(srv.url, admin, 'DELETE', `/api/keys/${made.body.id}`);
    expect(again.status).toBe(409);
    const self = await call<{ key_id: string }>(srv.url, admin, 'GET', '/api/me');
    const last = await call<{ error: { code: string; message: string } }>(srv.url, admin, 'DELETE', `/api/keys/${self.body.key_id}`);
    expect(last.status).toBe(409);
    expect(last.body.error.message).toMatch(/last active admin key/);
    const listed = await call<{ keys: { name: string }[] }>(srv.url, admin, 'GET', '/api/keys');
    expect(JSON.stringify(listed.body)).not.toContain(made.body.key);
  });

  it('keeps health public', async () => {
    expect((await call(srv.url, null, 'GET', '/api/health')).status).toBe(200);
  });
});
