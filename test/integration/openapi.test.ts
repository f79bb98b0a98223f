/**
 * The OpenAPI document is generated from the zod schemas, and the API's real responses satisfy the
 * response schemas it documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AgreementResponseSchema,
  ClaimResponseSchema,
  DecisionResponseSchema,
  ItemResponseSchema,
  MeResponseSchema,
  QueueResponseSchema,
} from '../../src/http/routes/schemas.js';
import type { Runtime } from '../../src/runtime.js';
import { createKey } from '../helpers/auth.js';
import { type LiveServer, call, listen } from '../helpers/live-server.js';
import { reviewPosts, storePosts } from '../helpers/review-fixtures.js';
import { testRuntime } from '../helpers/runtime.js';

let rt: Runtime;
let srv: LiveServer;

beforeAll(async () => {
  rt = await testRuntime();
  await storePosts(rt, reviewPosts(6, 'oa'));
  srv = await listen(rt);
});
afterAll(async () => {
  await srv.close();
  await rt.close();
});

type Doc = { openapi: string; paths: Record<string, Record<string, { security: unknown[]; parameters: { name: string; in: string }[]; requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown>; required?: string[] } }> }; responses: Record<string, unknown> }>> };

describe('GET /api/openapi.json', () => {
  it('is a public OpenAPI 3.1 document whose schemas come from the zod schemas', async () => {
    const r = await call<Doc>(srv.url, null, 'GET', '/api/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe('3.1.0');
    const claim = r.body.paths['/api/queue/claim']!.post!;
    const body = claim.requestBody!.content['application/json']!.schema;
    expect(Object.keys(body.properties ?? {}).sort()).toEqual(['filters', 'lease_seconds', 'n']);
    const decide = r.body.paths['/api/items/{id}/decisions']!.post!;
    expect(decide.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path' })]);
    expect(JSON.stringify(decide.requestBody)).toContain('"factor_overrides"');
    expect(JSON.stringify(decide.requestBody)).toContain('"incitement"');
    expect(Object.keys(decide.responses)).toEqual(expect.arrayContaining(['201', '401', '403', '409']));
    const queue = r.body.paths['/api/queue']!.get!;
    expect(queue.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(['level', 'lang', 'target', 'context', 'speaker', 'from', 'to', 'state', 'limit']));
    expect(r.body.paths['/api/health']!.get!.security).toEqual([]);
  });

  it('describes what the API really returns', async () => {
    const mod = createKey(rt, 'moderator');
    const other = createKey(rt, 'moderator');
    MeResponseSchema.parse((await call(srv.url, mod, 'GET', '/api/me')).body);
    const claim = await call(srv.url, mod, 'POST', '/api/queue/claim', { n: 2 });
    ClaimResponseSchema.parse(claim.body);
    QueueResponseSchema.parse((await call(srv.url, mod, 'GET', '/api/queue')).body);
    const d = await call(srv.url, mod, 'POST', '/api/items/oa-001/decisions', { action: 'relabel', level: 'incitement', factor_overrides: { content: { score: 1, reason: 'slur' } } });
    DecisionResponseSchema.parse(d.body);
    await call(srv.url, other, 'POST', '/api/items/oa-001/decisions', { action: 'confirm' });
    ItemResponseSchema.parse((await call(srv.url, mod, 'GET', '/api/items/oa-001')).body);
    AgreementResponseSchema.parse((await call(srv.url, mod, 'GET', '/api/agreement')).body);
  });
});
