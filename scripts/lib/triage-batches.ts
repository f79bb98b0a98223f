/**
 * @module scripts/lib/triage-batches
 * The whole pipeline over many records, in batches, with progress on stderr: the loop the evaluation,
 * audit and probe scripts share. Each caller decides what an AppError on one record means for its run.
 */
import type { AppError } from '../../src/errors.js';
import { runPipeline } from '../../src/pipeline/pipeline.js';
import type { PipelineDeps } from '../../src/pipeline/types.js';
import type { InputRecord } from '../../src/schema/input.js';
import type { TriageResult } from '../../src/schema/result.js';

const BATCH = 256;

/**
 * Scores items batch by batch.
 * @param items - what to score (prepared rows, disguised rewrites...).
 * @param toRecord - the pipeline record for an item.
 * @param deps - the runtime's pipeline dependencies.
 * @param what - how the progress line names the items ("rows", "training rows").
 * @yields each batch, as [item, result] pairs in input order.
 */
export async function* triageInBatches<T>(
  items: readonly T[],
  toRecord: (item: T) => InputRecord,
  deps: PipelineDeps,
  what: string,
): AsyncGenerator<[T, TriageResult | AppError][]> {
  const started = Date.now();
  for (let i = 0; i < items.length; i += BATCH) {
    const batch = items.slice(i, i + BATCH);
    const results = await runPipeline(batch.map(toRecord), deps);
    yield batch.map((item, k) => [item, results[k]!]);
    process.stderr.write(`\r${Math.min(i + BATCH, items.length)}/${items.length} ${what}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  process.stderr.write('\n');
}
