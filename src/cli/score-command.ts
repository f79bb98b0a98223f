/**
 * @module cli/score-command
 * `rabat-triage score <input|-> [--out FILE|-] [--format jsonl|csv] [--db PATH | --no-store]`
 * Streams a JSONL or CSV export through the pipeline in batches, writes one JSON line per input record
 * in input order (a result, or `{line, error}` in its place), stores results unless --no-store, and
 * reports progress on stderr. Exit 0 when every record scored, 1 when some could not be read, 2 on a
 * usage or I/O error.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { readCsv } from '../ingest/csv-reader.js';
import { readLines } from '../ingest/line-reader.js';
import { type ParsedLine, parseJsonLine } from '../ingest/parse-record.js';
import type { Logger } from '../log.js';
import { createRuntime } from '../runtime.js';
import type { LineOutcome } from '../services/triage-service.js';

export interface ScoreOptions {
  input: string;
  out: string;
  format?: 'jsonl' | 'csv';
  noStore: boolean;
  /** Streams to use for '-' (tests pass their own). */
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export interface ScoreSummary {
  lines: number;
  scored: number;
  errors: number;
  stored: Record<string, number>;
  levels: Record<string, number>;
  seconds: number;
}

async function* parsedLines(input: Readable, format: 'jsonl' | 'csv', maxLineBytes: number): AsyncGenerator<ParsedLine> {
  if (format === 'csv') {
    yield* readCsv(input);
    return;
  }
  for await (const raw of readLines(input, maxLineBytes)) {
    yield 'error' in raw ? { line: raw.line, error: raw.error } : parseJsonLine(raw.line, raw.text);
  }
}

/**
 * Runs the score command.
 * @param config - the config (db path already overridden by --db).
 * @param logger - the logger (ids and counts only).
 * @param opts - the parsed options.
 * @returns the summary; the caller turns it into the exit code.
 * @throws AppError usage / io_error for problems that stop the run before it starts.
 */
export async function runScore(config: Config, logger: Logger, opts: ScoreOptions): Promise<ScoreSummary> {
  const format = opts.format ?? (opts.input.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl');
  let input: Readable;
  if (opts.input === '-') input = opts.stdin;
  else {
    if (!fs.existsSync(opts.input)) throw new AppError('io_error', `input file not found: ${opts.input}`);
    input = fs.createReadStream(opts.input);
  }
  let output: Writable;
  let tmpOut: string | null = null;
  if (opts.out === '-') output = opts.stdout;
  else {
    const dir = path.dirname(path.resolve(opts.out));
    if (!fs.existsSync(dir)) throw new AppError('io_error', `output folder does not exist: ${dir}`);
    // Write beside the target and rename at the end: a crashed run never leaves a half results file.
    tmpOut = `${opts.out}.partial-${process.pid}`;
    output = fs.createWriteStream(tmpOut);
  }

  const rt = await createRuntime(config, logger, { noStore: opts.noStore });
  const summary: ScoreSummary = { lines: 0, scored: 0, errors: 0, stored: {}, levels: {}, seconds: 0 };
  const started = Date.now();
  let lastProgress = started;
  const write = async (o: LineOutcome) => {
    const line = JSON.stringify('result' in o ? o.result : o);
    if (!output.write(`${line}\n`)) await once(output, 'drain');
  };
  const flush = async (batch: ParsedLine[]) => {
    const outcomes = await rt.triage.scoreLines(batch);
    for (const o of outcomes) {
      summary.lines++;
      if ('result' in o) {
        summary.scored++;
        summary.levels[o.result.level] = (summary.levels[o.result.level] ?? 0) + 1;
        if (o.stored) summary.stored[o.stored] = (summary.stored[o.stored] ?? 0) + 1;
      } else {
        summary.errors++;
        logger.warn('line_rejected', { line: o.line, code: o.error.code });
      }
      await write(o);
    }
    const now = Date.now();
    if (now - lastProgress >= 2000) {
      lastProgress = now;
      const rate = Math.round(summary.lines / ((now - started) / 1000));
      opts.stderr.write(`rabat-triage: ${summary.lines} records (${rate}/s), ${summary.errors} error(s)\n`);
    }
  };
  try {
    let batch: ParsedLine[] = [];
    for await (const p of parsedLines(input, format, config.maxLineBytes)) {
      batch.push(p);
      if (batch.length >= config.batchSize) {
        await flush(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await flush(batch);
    if (output !== opts.stdout) {
      output.end();
      await once(output, 'finish');
      fs.renameSync(tmpOut!, opts.out);
    }
  } catch (e) {
    if (tmpOut) fs.rmSync(tmpOut, { force: true });
    throw e instanceof AppError ? e : new AppError('io_error', `reading ${opts.input} failed: ${(e as Error).message}`, undefined, { cause: e });
  } finally {
    await rt.close();
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
