/**
 * Every route with every role (and with no key): 401 without a valid key, 403 with a role the route
 * does not allow, through to the handler otherwise. The expected table is written here from the issue
 * (admin: everything; moderator: review and decide; ingest: submit only; viewer: read), independently
 * of the routes, and the OpenAPI document must agree with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/db/repositories/api-keys.repository.js';
import { OPERATIONS } from '../../src/http/openapi.js';
import type { Runtime } from '../../src/runtime.js';
import { createKey } from '../helpers/auth.js';
import { type LiveServer, call, listen } from '../helpers/live-server.js';
import { reviewPosts, storePosts } from '../helpers/review-fixtures.js';
import { testRuntime } from '../helpers/runtime.js';

const ALL: Role[] = ['admin', 'moderator', 'ingest', 'viewer'];
const READ: Role[] = ['admin', 'moderator', 'viewer'];
const REVIEW: Role[] = ['admin', 'moderator'];

interface RouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** The path as documented (express style), when `path` has concrete values. */
  doc?: string;
  allowed: Role[] | 'public';
  body?: unknown;
}

const ROUTES: RouteCase[] = [
  { method: 'GET', path: '/api/health', allowed: 'public' },
  { method: 'GET', path: '/api/openapi.json', allowed: 'public' },
  { method: 'GET', path: '/api/me', allowed: ALL },
  { method: 'POST', path: '/api/items', allowed: ['admin', 'moderator', 'ingest'], body: [{ text: 'A quiet afternoon at the market.' }] },
  { method: 'GET', path: '/api/queue', allowed: READ },
  { method: 'GET', path: '/api/items/rl-000', doc: '/api/items/:id', allowed: READ },
  { method: 'POST', path: '/api/items/rl-001/decisions', doc: '/api/items/:id/decisions', allowed: REVIEW, body: { action: 'escalate' } },
  { method: 'POST', path: '/api/queue/claim', allowed: REVIEW, body: { n: 1 } },
  { method: 'GET', path: '/api/queue/mine', allowed: REVIEW },
  { method: 'POST', path: '/api/queue/release', allowed: REVIEW, body: {} },
  { method: 'GET', path: '/api/agreement', allowed: READ },
  { method: 'GET', path: '/api/export?format=jsonl', doc: '/api/export', allowed: REVIEW },
  { method: 'GET', path: '/api/audit', allowed: ['admin'] },
  { method: 'GET', path: '/api/audit/verify', allowed: ['admin'] },
  { method: 'GET', path: '/api/keys', allowed: ['admin'] },
  { method: 'POST', path: '/api/keys', allowed: ['admin'], body: { role: 'viewer', name: 'made in the roles test' } },
  { method: 'DELETE', path: '/api/keys/key_000000000000', doc: '/api/keys/:id', allowed: ['admin'] },
  { method: 'GET', path: '/api/speakers', allowed: READ },
  { method: 'GET', path: '/api/speakers/spk-even', doc: '/api/speakers/:id', allowed: READ },
  { method: 'PUT', path: '/api/speakers/spk-even', doc: '/api/speakers/:id', allowed: ['admin'], body: { name: 'Even' } },
  { method: 'GET', path: '/api/contexts', allowed: READ },
  { method: 'GET', path: '/api/contexts/none-such', doc: '/api/contexts/:id', allowed: READ },
  { method: 'PUT', path: '/api/contexts/ctx-test', doc: '/api/contexts/:id', allowed: ['admin'], body: {} },
];

let rt: Runtime;
let srv: LiveServer;
const keys = new Map<Role, string>();

beforeAll(async () => {
  rt = await testRuntime();
  await storePosts(rt, reviewPosts(3, 'rl'));
  srv = await listen(rt);
  for (const role of ALL) keys.set(role, createKey(rt, role));
});
afterAll(async () => {
  await srv.close();
  await rt.close();
});

describe('roles on every route', () => {
  for (const route of ROUTES) {
    it(`${route.method} ${route.path}`, async () => {
      const anonymous = await call<{ error?: { code: string } }>(srv.url, null, route.method, route.path, route.body);
      const forged = await call<{ error?: { code: string } }>(srv.url, `rbt_${'x'.repeat(43)}`, route.method, route.path, route.body);
      if (route.allowed === 'public') {
        expect(anonymous.status).toBe(200);
        return;
      }
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.error?.code).toBe('unauthorized');
      expect(forged.status).toBe(401);
      for (const role of ALL) {
        const r = await call<{ error?: { code: string } }>(srv.url, keys.get(role)!, route.method, route.path, route.body);
        if (route.allowed.includes(role)) {
          expect([401, 403], `${role} should pass`).not.toContain(r.status);
          expect(r.status, `${role}: ${JSON.stringify(r.body)}`).toBeLessThan(500);
        } else {
          expect(r.status, `${role} should be refused`).toBe(403);
          expect(r.body.error?.code).toBe('forbidden');
        }
      }
    });
  }

  it('covers exactly the operations the OpenAPI document lists, with the same roles', () => {
    const fromTable = ROUTES.map((r) => `${r.method.toLowerCase()} ${(r.doc ?? r.path).replace(/^\/api/, '')} ${r.allowed === 'public' ? '' : [...r.allowed].sort().join(',')}`).sort();
    const fromDoc = OPERATIONS.map((o) => `${o.method} ${o.path} ${[...o.roles].sort().join(',')}`).sort();
    expect(fromDoc).toEqual(fromTable);
  });
});
