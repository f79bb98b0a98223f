import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FACTOR_KEYS, LineErrorSchema, TriageResultSchema } from '../../src/schema/result.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/runtime.js';

const jsonl = (rows: unknown[]) => rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';
const parseOut = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
const countItems = (db: string) => {
  const d = new Database(db, { readonly: true });
  try {
    return (d.prepare('SELECT COUNT(*) AS n FROM items').get() as { n: number }).n;
  } finally {
    d.close();
  }
};

describe('rabat-triage score (real process, real SQLite file)', () => {
  it('scores a file in input order with the six factors and stores it once, however often it is re-run', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'posts.jsonl');
    const db = path.join(dir, 'triage.db');
    const out = path.join(dir, 'results.jsonl');
    fs.writeFileSync(input, jsonl([
      { id: 'a', text: 'We must drive the immigrants out of town tonight, they are vermin.', lang: 'en' },
      { text: 'The library opens a new reading room on Saturday.' },
      { id: 'c', text: 'You are a fucking idiot', speaker: { id: 's1', role: 'public', followers: 20 }, keep_me: { nested: true } },
    ]));
    const first = await runCli(['score', input, '--out', out, '--db', db]);
    expect(first.code, first.stderr).toBe(0);
    const results = parseOut(fs.readFileSync(out, 'utf8')).map((r) => TriageResultSchema.parse(r));
    expect(results.map((r) => r.id)).toEqual(['a', expect.stringMatching(/^h-[0-9a-f]{24}$/), 'c']);
    for (const r of results) expect(Object.keys(r.factors).sort()).toEqual([...FACTOR_KEYS].sort());
    expect(results[0]!.level).toBe('hate');
    expect(results[1]!.level).toBe('none');
    expect(results[2]!.level).toBe('offensive');
    const vermin = results[0]!.factors.content.evidence.find((e) => e.detail.includes('"vermin"'));
    const text = 'We must drive the immigrants out of town tonight, they are vermin.';
    expect(vermin?.span).toEqual({ start: text.indexOf('vermin'), end: text.indexOf('vermin') + 6 });
    expect(countItems(db)).toBe(3);

    const again = await runCli(['score', input, '--out', out, '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('stored: unchanged 3');
    expect(countItems(db)).toBe(3);
    // Unknown fields are kept as metadata in the stored record.
    const d = new Database(db, { readonly: true });
    const rec = JSON.parse((d.prepare("SELECT record_json FROM items WHERE id = 'c'").get() as { record_json: string }).record_json);
    d.close();
    expect(rec.keep_me).toEqual({ nested: true });
  });

  it('gives each bad line its own error naming the line, goes on, exits 1 and stores the good lines', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'bad.jsonl');
    const db = path.join(dir, 'triage.db');
    const huge = JSON.stringify({ id: 'huge', text: 'x'.repeat(5 * 1024 * 1024) });
    const parts = [
      Buffer.from(jsonl([{ id: 'ok1', text: 'Refugees are welcome in our town.' }, '{"id": "broken", "text": ', { id: 'empty', text: '   ' }, { id: 'nottext', text: 42 }])),
      Buffer.from(`${huge}\n`),
      Buffer.concat([Buffer.from('{"id":"latin1","text":"caf'), Buffer.from([0xe9, 0xff]), Buffer.from('"}\n')]),
      Buffer.from(jsonl([{ id: 'ok2', text: 'Polling stations open at six.' }])),
    ];
    fs.writeFileSync(input, Buffer.concat(parts));
    const run = await runCli(['score', input, '--db', db]);
    expect(run.code).toBe(1);
    const lines = parseOut(run.stdout);
    expect(lines).toHaveLength(7);
    expect(lines[0]!.id).toBe('ok1');
    const errs = lines.slice(1, 6).map((l) => LineErrorSchema.parse(l));
    expect(errs.map((e) => [e.line, e.error.code])).toEqual([
      [2, 'invalid_json'],
      [3, 'empty_text'],
      [4, 'invalid_record'],
      [5, 'text_too_long'],
      [6, 'invalid_utf8'],
    ]);
    for (const e of errs) expect(e.error.message).toContain(`line ${e.line}`);
    expect(lines[6]!.id).toBe('ok2');
    expect(countItems(db)).toBe(2);
  });

  it('refuses a changed record under a stored id instead of overwriting it', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'triage.db');
    await runCli(['score', '-', '--db', db], { stdin: jsonl([{ id: 'p1', text: 'First version of the post.' }]) });
    const run = await runCli(['score', '-', '--db', db], { stdin: jsonl([{ id: 'p1', text: 'An edited version of the post.' }]) });
    expect(run.code).toBe(1);
    expect(LineErrorSchema.parse(parseOut(run.stdout)[0]).error.code).toBe('id_conflict');
    const d = new Database(db, { readonly: true });
    expect((d.prepare("SELECT text FROM items WHERE id = 'p1'").get() as { text: string }).text).toBe('First version of the post.');
    d.close();
  });

  it('reads CSV with a header row, quoted commas and newlines, and --no-store writes no database', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'export.csv');
    fs.writeFileSync(input, 'id,text,lang,speaker_role,speaker_followers,reach_views\nr1,"Hello, ""world""\nsecond line",en,journalist,1200,5000\nr2,Muslims are vermin,en,,,\n');
    const db = path.join(dir, 'never.db');
    const run = await runCli(['score', input, '--no-store'], { env: { RABAT_DB: db } });
    expect(run.code, run.stderr).toBe(0);
    const [r1, r2] = parseOut(run.stdout).map((r) => TriageResultSchema.parse(r));
    expect(r1!.id).toBe('r1');
    expect(r1!.factors.speaker.score).not.toBeNull();
    expect(r1!.factors.extent.evidence.some((e) => e.kind === 'views')).toBe(true);
    expect(r2!.level).toBe('hate');
    expect(fs.existsSync(db)).toBe(false);
  });

  it('exits 2 with one clear sentence on usage and I/O errors', async () => {
    const missing = await runCli(['score', '/nonexistent/posts.jsonl', '--no-store']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/input file not found: \/nonexistent\/posts\.jsonl/);
    const unknown = await runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const both = await runCli(['score', '-', '--no-store', '--db', '/tmp/x.db']);
    expect(both.code).toBe(2);
  });

  it('serve says so and exits 2 when its port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const run = await runCli(['serve', '--port', String(port), '--db', path.join(tempDir(), 'serve.db')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`cannot listen on 127.0.0.1:${port} (EADDRINUSE)`);
    } finally {
      blocker.close();
    }
  });
});
