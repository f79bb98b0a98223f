import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCsv, rowToObject } from '../../src/ingest/csv-reader.js';
import { readLines } from '../../src/ingest/line-reader.js';
import { parseJsonLine } from '../../src/ingest/parse-record.js';

async function collect<T>(gen: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

/** A stream that delivers the bytes in awkward chunks, splitting lines and multi-byte characters. */
const chunked = (buf: Buffer, size = 3) => Readable.from(Array.from({ length: Math.ceil(buf.length / size) }, (_, i) => buf.subarray(i * size, (i + 1) * size)));

describe('line reader', () => {
  it('numbers lines across chunk boundaries, keeps multi-byte characters whole, strips CR and BOM, skips blank lines', async () => {
    const buf = Buffer.from('\uFEFFfirst 你好\r\n\n  \nthird 🙂\nlast-no-newline', 'utf8');
    const lines = await collect(readLines(chunked(buf), 1000));
    expect(lines).toEqual([
      { line: 1, text: 'first 你好' },
      { line: 4, text: 'third 🙂' },
      { line: 5, text: 'last-no-newline' },
    ]);
  });

  it('reports an over-long line without holding it, and reads on', async () => {
    const buf = Buffer.from(`short\n${'x'.repeat(5000)}\nafter\n`);
    const lines = await collect(readLines(chunked(buf, 64), 100));
    expect(lines.map((l) => ('error' in l ? [l.line, l.error.code] : [l.line, l.text]))).toEqual([
      [1, 'short'],
      [2, 'line_too_long'],
      [3, 'after'],
    ]);
  });

  it('reports invalid UTF-8 instead of replacing it', async () => {
    const buf = Buffer.concat([Buffer.from('ok\n'), Buffer.from([0x61, 0xc3, 0x28, 0x0a]), Buffer.from('fine\n')]);
    const lines = await collect(readLines(Readable.from([buf]), 100));
    expect(lines.map((l) => ('error' in l ? l.error.code : l.text))).toEqual(['ok', 'invalid_utf8', 'fine']);
  });
});

describe('record parsing', () => {
  it.each([
    ['{"text": "hi"', 'invalid_json'],
    ['[1, 2]', 'invalid_record'],
    ['{"text": ""}', 'empty_text'],
    ['{"id": "a"}', 'invalid_record'],
    ['{"text": "x", "published_at": "yesterday"}', 'invalid_record'],
    ['{"text": "x", "speaker": {"followers": -3}}', 'invalid_record'],
  ])('%s -> %s, naming the line', (raw, code) => {
    const p = parseJsonLine(7, raw);
    expect('error' in p && p.error.code).toBe(code);
    expect('error' in p && p.error.message).toMatch(/^line 7: /);
  });

  it('keeps unknown fields', () => {
    const p = parseJsonLine(1, '{"text": "x", "campaign": "c-12", "speaker": {"id": "s", "verified": true}}');
    expect('record' in p && p.record).toMatchObject({ campaign: 'c-12', speaker: { id: 's', verified: true } });
  });
});

describe('CSV reader', () => {
  it('maps flat columns onto the record, converts numbers and drops empty cells', () => {
    expect(rowToObject({ id: 'a', text: 't', speaker_followers: '1200', speaker_role: 'mayor', reach_views: '', extra: 'kept' })).toEqual({
      id: 'a', text: 't', speaker: { followers: 1200, role: 'mayor' }, extra: 'kept',
    });
  });

  it('reads quoted fields with newlines and reports a broken row by line while going on', async () => {
    const csv = 'id,text,lang\n1,"two\nlines, with ""quotes""",en\n2,x,en,extra-column\n3,fine,en\n';
    const rows = await collect(readCsv(Readable.from([Buffer.from(csv)])));
    expect(rows[0]).toEqual({ line: 3, record: { id: '1', text: 'two\nlines, with "quotes"', lang: 'en' } });
    expect('error' in rows[1]! && [rows[1].line, rows[1].error.code]).toEqual([4, 'invalid_csv']);
    expect(rows[2]).toEqual({ line: 5, record: { id: '3', text: 'fine', lang: 'en' } });
    const unterminated = await collect(readCsv(Readable.from([Buffer.from('id,text\n1,ok\n2,"never closed\n')])));
    expect(unterminated.map((r) => ('error' in r ? r.error.code : r.record.id))).toEqual(['1', 'invalid_csv']);
  });
});
