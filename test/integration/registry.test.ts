import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/runtime.js';
import { authHeader, createKey } from '../helpers/auth.js';
import { runCli } from '../helpers/cli.js';
import { testRuntime, tempDir } from '../helpers/runtime.js';
import { type TestServer, api, startServer } from '../helpers/server.js';

let rt: Runtime;
let srv: TestServer;
let admin: typeof api;
let viewer: typeof api;

beforeAll(async () => {
  rt = await testRuntime();
  srv = await startServer(rt);
  const [a, v] = [createKey(rt, 'admin'), createKey(rt, 'viewer')];
  admin = (p, init = {}) => api(`${srv.url}${p}`, { ...init, headers: { ...authHeader(a), ...init.headers } });
  viewer = (p, init = {}) => api(`${srv.url}${p}`, { ...init, headers: { ...authHeader(v), ...init.headers } });
});
afterAll(async () => {
  await srv.close();
  await rt.close();
});

const CALL = 'We must drive the Wakanu out tonight, they are cockroaches. Bring your machetes.';

describe('speaker registry and context profiles', () => {
  it('a registry role outranks the record and raises the speaker factor of later items', async () => {
    const before = await admin('/api/items', { body: [{ id: 'r-1', text: CALL, speaker: { id: 'gov-7', role: 'user' } }] });
    expect(before.body.results[0].factors.speaker.score).toBe(0.25);
    const put = await admin('/api/speakers/gov-7', { method: 'PUT', body: { name: 'Governor Seven', role: 'official', followers: 250000, region: 'Ward 9' } });
    expect(put.status).toBe(200);
    const after = await admin('/api/items', { body: [{ id: 'r-2', text: CALL, speaker: { id: 'gov-7', role: 'user' } }] });
    const speaker = after.body.results[0].factors.speaker;
    expect(speaker.score).toBeGreaterThan(0.7);
    expect(speaker.evidence.find((e: { kind: string }) => e.kind === 'role').detail).toContain('official (from registry)');
    expect((await viewer('/api/speakers/gov-7')).body.speaker.region).toBe('Ward 9');
    expect((await viewer('/api/speakers/gov-7', { method: 'PUT', body: { role: 'official' } })).status).toBe(403);
    expect((await admin('/api/speakers/gov-7', { method: 'PUT', body: { role: 'emperor' } })).status).toBe(400);
  });

  it('a context profile added over the API is used by the next items', async () => {
    const profile = {
      name: 'Test city, municipal election', baseline_tension: 0.5,
      period: { kind: 'election', start: '2028-03-01', end: '2028-03-31', tension: 0.3 },
      events: [{ date: '2028-03-20', kind: 'polling_day', description: 'Polling day', severity: 0.9 }],
      terms: [{ term: 'termites', category: 'dehumanisation', severity: 0.9 }],
    };
    expect((await admin('/api/contexts/testcity-2028', { method: 'PUT', body: profile })).status).toBe(200);
    const r = await admin('/api/items', { body: [{ id: 'ctx-1', text: 'The Wakanu are termites.', published_at: '2028-03-19T20:00:00Z', context: 'testcity-2028' }] });
    const res = r.body.results[0];
    expect(res.factors.context.score).toBeGreaterThan(0.7);
    expect(res.factors.context.evidence.some((e: { kind: string; detail: string }) => e.kind === 'event' && e.detail.includes('the same day as polling_day'))).toBe(true);
    expect(res.factors.content.evidence.some((e: { source?: string }) => e.source === 'context:testcity-2028')).toBe(true);
    const bad = await admin('/api/contexts/bad', { method: 'PUT', body: { name: 'x', baseline_tension: 7 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.problems[0].path).toBe('baseline_tension');
  });
});

describe('speakers CLI', () => {
  it('adds and lists registry entries in the database file, and refuses an unknown role', async () => {
    const db = path.join(tempDir(), 'reg.db');
    const add = await runCli(['speakers', 'add', 'pm-1', '--role', 'head_of_state', '--followers', '3000000', '--db', db]);
    expect(add.code, add.stderr).toBe(0);
    const list = await runCli(['speakers', 'list', '--db', db]);
    expect(JSON.parse(list.stdout.trim())).toMatchObject({ id: 'pm-1', role: 'head_of_state', followers: 3000000 });
    const bad = await runCli(['speakers', 'add', 'x', '--role', 'emperor', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid speaker: role');
  });
});
