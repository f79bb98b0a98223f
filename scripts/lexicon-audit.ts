/**
 * @module scripts/lexicon-audit
 * `npm run lexicon-audit [-- --data W/data.jsonl --min 20]`: does each slur in the compiled lexicons
 * carry evidence of hate in the corpora? On the TRAINING rows only (real posts with a `hate` label;
 * dev and val are left for judging the result), with the lexicons alone (no model, which was trained
 * on these rows), it counts the rows where a slur entry contributes to the content factor and compares
 * how many are labelled hate with how many would be if the slur told nothing: the sum of each row's
 * dataset base rate. A slur that fires often with no lift is used in these corpora as a plain insult
 * (keyword-sampled sets such as Davidson and MLMA are full of them), and the audit lists it as a
 * candidate to move from `slur` to `insult` in the hand-written list: said of a named group it stays
 * derogation (hate), aimed at a person it is abuse. Prints entries and counts, never post text.
 */
import { z } from 'zod';
import { loadConfig } from '../src/config.js';
import { isAppError } from '../src/errors.js';
import { silentLogger } from '../src/log.js';
import { runPipeline } from '../src/pipeline/pipeline.js';
import { createRuntime } from '../src/runtime.js';
import { arg, dataFileArg, readPreparedRows } from './lib/prepared-data.js';
import { lexiconTerms } from './lib/result-evidence.js';

const DATA = dataFileArg();
const MIN_FIRINGS = z.coerce.number().int().positive().parse(arg('min', '20'));
const BATCH = 256;

async function main(): Promise<void> {
  const rows = await readPreparedRows(DATA, (r) => r.split === 'train' && r.dataset !== 'templates' && r.labels[0]! >= 0);
  const baseRate = new Map<string, number>();
  for (const ds of new Set(rows.map((r) => r.dataset))) {
    const own = rows.filter((r) => r.dataset === ds);
    baseRate.set(ds, own.filter((r) => r.labels[0] === 1).length / own.length);
  }
  // Lexicons only: the audit is about the lists, and the model has seen these rows.
  const rt = await createRuntime({ ...loadConfig(), contentModel: '' }, silentLogger, { noStore: true, model: null });
  const stats = new Map<string, { firings: number; hate: number; expected: number }>();
  const started = Date.now();
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const results = await runPipeline(batch.map((r) => ({ id: `${r.dataset}-${r.id}`, text: r.text, lang: r.lang })), rt.deps);
    results.forEach((t, k) => {
      if (isAppError(t)) return;
      const r = batch[k]!;
      for (const term of lexiconTerms(t).filter((x) => x.category === 'slur')) {
        const key = `${r.lang}\t${term.term}`;
        const s = stats.get(key) ?? { firings: 0, hate: 0, expected: 0 };
        s.firings++;
        s.hate += r.labels[0]!;
        s.expected += baseRate.get(r.dataset)!;
        stats.set(key, s);
      }
    });
    process.stderr.write(`\r${Math.min(i + BATCH, rows.length)}/${rows.length} training rows, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  process.stderr.write('\n');
  await rt.close();
  console.log(`slur entries on ${rows.length} training rows (real posts with a hate label), lexicons ${rt.deps.lexicons.ref.version}`);
  console.log('| lang | entry | firings | labelled hate | expected without the slur | lift | candidate |');
  console.log('|---|---|---|---|---|---|---|');
  const sorted = [...stats.entries()].filter(([, s]) => s.firings >= 5).sort((a, b) => b[1].firings - a[1].firings);
  for (const [key, s] of sorted) {
    const [lang, term] = key.split('\t');
    const candidate = s.firings >= MIN_FIRINGS && s.hate <= s.expected;
    console.log(`| ${lang} | ${term} | ${s.firings} | ${s.hate} | ${s.expected.toFixed(1)} | ${(s.hate / s.expected).toFixed(2)} | ${candidate ? 'yes' : ''} |`);
  }
}

await main();
