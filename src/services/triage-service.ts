/**
 * @module services/triage
 * Scores records through the pipeline and, unless told not to, stores them: one transaction per batch,
 * so a failure leaves every earlier batch stored and nothing of the failing one. Used by the CLI (a file,
 * batch by batch) and by the API (one request's records, all or nothing).
 */
import { AppError, type ErrorCode, isAppError } from '../errors.js';
import type { ItemsRepository, StoreOutcome } from '../db/repositories/items.repository.js';
import type { ParsedLine } from '../ingest/parse-record.js';
import { contentHash, runPipeline } from '../pipeline/pipeline.js';
import type { PipelineDeps } from '../pipeline/types.js';
import type { InputRecord } from '../schema/input.js';
import type { LineError, TriageResult } from '../schema/result.js';

export type LineOutcome = { line: number; result: TriageResult; stored?: StoreOutcome } | LineError;

export class TriageService {
  constructor(
    private readonly deps: PipelineDeps,
    private readonly items: ItemsRepository | null,
  ) {}

  /**
   * Scores a batch of parsed lines (records or read errors) and stores the scored ones.
   * A record whose id is already stored with other content is refused (id_conflict) rather than
   * overwriting what is there.
   * @param batch - parsed lines, in input order.
   * @param opts - allOrNothing: refuse the whole batch (storing nothing) if any line fails.
   * @returns one outcome per line, in the same order.
   * @throws AppError (the first line error's code, details listing every failed line) with allOrNothing.
   */
  async scoreLines(batch: readonly ParsedLine[], opts: { allOrNothing?: boolean } = {}): Promise<LineOutcome[]> {
    const out: (LineOutcome | undefined)[] = batch.map((p) => ('error' in p ? toLineError(p.line, p.error, p.id) : undefined));
    const todo: { k: number; record: InputRecord }[] = [];
    batch.forEach((p, k) => {
      if (!('record' in p)) return;
      const id = p.record.id;
      if (id && this.items?.conflicts(id, contentHash(p.record))) {
        out[k] = toLineError(p.line, new AppError('id_conflict', `line ${p.line}: id "${id}" is already stored with different content; give the changed record a new id`), id);
        return;
      }
      todo.push({ k, record: p.record });
    });
    const results = await runPipeline(todo.map((t) => t.record), this.deps);
    const toStore: { k: number; record: InputRecord; result: TriageResult }[] = [];
    results.forEach((r, j) => {
      const { k, record } = todo[j]!;
      const line = batch[k]!.line;
      if (isAppError(r)) out[k] = toLineError(line, new AppError(r.code, `line ${line}: ${r.message}`), record.id);
      else toStore.push({ k, record, result: r });
    });
    // Two lines of one batch with the same id but different content: the first wins, the second is refused.
    const firstHash = new Map<string, string>();
    const unique = toStore.filter((s) => {
      const h = firstHash.get(s.result.id);
      if (h === undefined) {
        firstHash.set(s.result.id, s.result.content_hash);
        return true;
      }
      if (h !== s.result.content_hash) {
        out[s.k] = toLineError(batch[s.k]!.line, new AppError('id_conflict', `line ${batch[s.k]!.line}: id "${s.result.id}" appears earlier in this input with different content`), s.result.id);
        return false;
      }
      return true;
    });
    if (opts.allOrNothing) {
      const failed = out.filter((o): o is LineError => o !== undefined && 'error' in o);
      if (failed.length > 0) {
        throw new AppError(failed[0]!.error.code as ErrorCode, `${failed.length} of ${batch.length} records refused; nothing was stored`, {
          problems: failed.map((f) => ({ index: f.line - 1, ...(f.id ? { id: f.id } : {}), ...f.error })),
        });
      }
    }
    const outcomes = this.items ? this.items.storeBatch(unique, opts.allOrNothing === true) : unique.map(() => undefined);
    unique.forEach((s, j) => {
      const stored = outcomes[j];
      const line = batch[s.k]!.line;
      if (stored === 'conflict') {
        out[s.k] = toLineError(line, new AppError('id_conflict', `line ${line}: id "${s.result.id}" is already stored with different content`), s.result.id);
      } else {
        out[s.k] = stored ? { line, result: s.result, stored } : { line, result: s.result };
      }
    });
    return out.map((o) => o!);
  }
}

function toLineError(line: number, e: AppError, id?: string): LineError {
  return { line, ...(id ? { id } : {}), error: { code: e.code, message: e.message } };
}
