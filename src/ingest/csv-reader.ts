/**
 * @module ingest/csv-reader
 * Reads CSV exports (header row required) with csv-parse, streaming. Flat columns map onto the record:
 * `speaker_id`, `speaker_name`, `speaker_role`, `speaker_followers`, `reach_views`, `reach_shares`,
 * `reach_audience`; other columns keep their names; numeric fields are converted. A row the parser
 * cannot read becomes an error naming its line, and the run goes on.
 */
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { AppError } from '../errors.js';
import { type ParsedLine, validateRecord } from './parse-record.js';

const NESTED: Record<string, [string, string, 'string' | 'int']> = {
  speaker_id: ['speaker', 'id', 'string'],
  speaker_name: ['speaker', 'name', 'string'],
  speaker_role: ['speaker', 'role', 'string'],
  speaker_followers: ['speaker', 'followers', 'int'],
  reach_views: ['reach', 'views', 'int'],
  reach_shares: ['reach', 'shares', 'int'],
  reach_audience: ['reach', 'audience', 'int'],
};

/**
 * Turns a CSV row (column → string) into a record-shaped object. Empty cells are absent fields.
 * @param row - the row.
 * @returns the object to validate.
 */
export function rowToObject(row: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [col, raw] of Object.entries(row)) {
    if (raw === '' || raw === undefined) continue;
    const nested = NESTED[col];
    if (nested) {
      const [parent, key, type] = nested;
      const target = (out[parent] ??= {}) as Record<string, unknown>;
      target[key] = type === 'int' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : raw;
    } else {
      out[col] = raw;
    }
  }
  return out;
}

/**
 * Reads a CSV stream into parsed lines, in file order (line = the line on which the row ends: for a
 * row without quoted newlines, its only line).
 * @param input - the byte stream.
 * @returns records or errors, in file order.
 */
export async function* readCsv(input: Readable): AsyncGenerator<ParsedLine> {
  const skipped: ParsedLine[] = [];
  const parser = parse({
    columns: (header: string[]) => header.map((h) => h.trim().replace(/^\uFEFF/, '')),
    bom: true,
    info: true,
    skip_empty_lines: true,
    relax_column_count: false,
    skip_records_with_error: true,
    max_record_size: 8 * 1024 * 1024,
  });
  parser.on('skip', (err: Error & { lines?: number }) => {
    const line = err.lines ?? 0;
    skipped.push({ line, error: new AppError('invalid_csv', `line ${line}: ${err.message}`) });
  });
  input.on('error', (e) => parser.destroy(e));
  input.pipe(parser);
  for await (const rec of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    const line = rec.info.lines;
    // The parser reports a skipped row as soon as it sees it, ahead of rows still buffered: put the
    // errors back in file order.
    while (skipped.length > 0 && skipped[0]!.line < line) yield skipped.shift()!;
    const r = validateRecord(rowToObject(rec.record), `line ${line}`);
    yield r instanceof AppError ? { line, error: r } : { line, record: r };
  }
  while (skipped.length > 0) yield skipped.shift()!;
}
