/**
 * @module scripts/eval-pipeline
 * `npm run eval:pipeline [-- --split dev|val --data W/data.jsonl --audit]`: the whole product (lexicons,
 * the bundled model, the six factors and the aggregate) against the gold labels of a held-out split
 * written by `scripts/python/prepare_data.py`. `npm run eval` judges the content model's probabilities;
 * this judges what a monitor actually sees, the level:
 * - hateful: level hate or incitement, against the gold `hate` label;
 * - incitement: level incitement or flagged as potential incitement, against the gold `violence` label;
 * - flagged: any level above none, against "hostile" (any known hate, offensive or violence label is 1;
 *   not hostile only where hate or offensive is known to be 0).
 * Per source dataset, per language (real posts) and for our template sentences. And the queue's order:
 * the average precision (PR-AUC) of `priority` at ranking what needs a human (gold hate or violence)
 * first, next to the same for the content model's own max(hate, violence), so a loss of the model's
 * signal between model and queue shows. With --audit it also
 * lists the lexicon terms most often present in false "hateful" levels on real posts, next to how often
 * they are present in true ones (terms are lexicon entries, never post text).
 *
 * Rows carry the dataset's language, as a monitor's export usually does; with --detect they do not,
 * and the product detects it. Choices are made on dev only; val is for reporting.
 */
import { z } from 'zod';
import { loadConfig } from '../src/config.js';
import { isAppError } from '../src/errors.js';
import { createLogger } from '../src/log.js';
import { createRuntime } from '../src/runtime.js';
import type { TriageResult } from '../src/schema/result.js';
import { type Confusion, averagePrecision, emptyConfusion, prf, tally } from './lib/binary-metrics.js';
import { type PreparedRow, arg, dataFileArg, readPreparedRows } from './lib/prepared-data.js';
import { lexiconTerms, modelReading } from './lib/result-evidence.js';
import { triageInBatches } from './lib/triage-batches.js';

const SPLIT = z.enum(['dev', 'val']).parse(arg('split', 'dev'));
const DATA = dataFileArg();
const AUDIT = process.argv.includes('--audit');
/** Leave the language out of every record, so the product detects it, as for an export without one. */
const DETECT = process.argv.includes('--detect');

const [HATE, OFFENSIVE, VIOLENCE] = [0, 1, 2];

const DECISIONS = {
  hateful: { gold: (r: PreparedRow) => r.labels[HATE]!, predicted: (t: TriageResult) => t.level === 'hate' || t.level === 'incitement' },
  // Incitement needs speaker, reach and context data that exported posts rarely carry; without them a
  // call to violence against a group stays `hate` and goes to a human as potential incitement.
  incitement: {
    gold: (r: PreparedRow) => r.labels[VIOLENCE]!,
    predicted: (t: TriageResult) => t.level === 'incitement' || t.review.reasons.some((x) => x.startsWith('potential incitement')),
  },
  flagged: {
    // Hostile when any known label says so; not hostile only when hate or offensive is known to be 0
    // too: a post labelled only "no violence" (GermEval's harmful-content set) may still be abusive.
    gold: (r: PreparedRow) => {
      const known = [HATE, OFFENSIVE, VIOLENCE].map((j) => r.labels[j]!).filter((v) => v >= 0);
      if (known.includes(1)) return 1;
      return r.labels[HATE] === 0 || r.labels[OFFENSIVE] === 0 ? 0 : -1;
    },
    predicted: (t: TriageResult) => t.level !== 'none',
  },
} as const;
type DecisionName = keyof typeof DECISIONS;

const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/** Why a post the gold labels call hate did not get a hateful level, in the aggregate's terms. */
function missReason(t: TriageResult): string {
  const modelSays = (modelReading(t)?.hate ?? 0) >= 0.5 ? 'model hate at or above its operating point' : 'model hate below its operating point';
  if (t.targets.length === 0) return `no group named; ${modelSays}`;
  return `group named; ${modelSays}; level ${t.level}`;
}

async function main(): Promise<void> {
  const rows = await readPreparedRows(DATA, (r) => r.split === SPLIT);
  const config = loadConfig();
  const rt = await createRuntime(config, createLogger('warn'), { noStore: true });
  const model = rt.deps.model?.ref;
  const tallies = new Map<string, Confusion>();
  const count = (scope: string, d: DecisionName, gold: number, predicted: boolean) => {
    if (gold < 0) return;
    const key = `${scope}\t${d}`;
    if (!tallies.has(key)) tallies.set(key, emptyConfusion());
    tally(tallies.get(key)!, gold === 1, predicted);
  };
  const termsFalse = new Map<string, number>();
  const termsTrue = new Map<string, number>();
  const missed = new Map<string, number>();
  const levels: Record<string, number> = {};
  /** Per scope: gold "needs a human" (hate or violence), the queue priority and the model's own score. */
  const ranked = new Map<string, { gold: boolean; priority: number; model: number }[]>();
  const toRecord = (r: PreparedRow) => ({ id: `${r.dataset}-${r.id}`, text: r.text, ...(DETECT ? {} : { lang: r.lang }) });
  for await (const batch of triageInBatches(rows, toRecord, rt.deps, 'rows')) {
    for (const [r, t] of batch) {
      if (isAppError(t)) throw new Error(`row ${r.id}: ${t.code}`);
      const real = r.dataset !== 'templates';
      levels[t.level] = (levels[t.level] ?? 0) + 1;
      for (const [d, def] of Object.entries(DECISIONS) as [DecisionName, (typeof DECISIONS)[DecisionName]][]) {
        const gold = def.gold(r);
        const predicted = def.predicted(t);
        count(real ? 'real posts' : 'templates', d, gold, predicted);
        count(`dataset:${r.dataset}`, d, gold, predicted);
        count(`${real ? 'lang' : 'templates'}:${r.lang}`, d, gold, predicted);
      }
      const needsHuman = Math.max(r.labels[HATE]!, r.labels[VIOLENCE]!);
      if (needsHuman >= 0) {
        const raw = modelReading(t)?.raw;
        const item = { gold: needsHuman === 1, priority: t.priority, model: Math.max(raw?.hate ?? 0, raw?.violence ?? 0) };
        for (const scope of [real ? 'real posts' : 'templates', `dataset:${r.dataset}`]) {
          if (!ranked.has(scope)) ranked.set(scope, []);
          ranked.get(scope)!.push(item);
        }
      }
      if (AUDIT && real && r.labels[HATE] === 1 && !DECISIONS.hateful.predicted(t)) bump(missed, missReason(t));
      if (AUDIT && real && DECISIONS.hateful.predicted(t) && r.labels[HATE]! >= 0) {
        const into = r.labels[HATE] === 1 ? termsTrue : termsFalse;
        for (const { term, category } of lexiconTerms(t)) bump(into, `${r.lang} ${term} [${category}]`);
      }
    }
  }
  console.log(`pipeline on the ${SPLIT} split (${rows.length} rows of ${DATA}${DETECT ? ', languages detected' : ''}); model ${model ? `${model.id}@${model.version}` : '(none)'}, lexicons ${rt.deps.lexicons.ref.version}`);
  console.log(`levels: ${Object.entries(levels).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
  console.log('| scope | decision | n | gold positives | predicted | precision | recall | F1 |');
  console.log('|---|---|---|---|---|---|---|---|');
  const order = (s: string) => (s === 'real posts' ? 0 : s === 'templates' ? 1 : s.startsWith('dataset:') ? 2 : s.startsWith('lang:') ? 3 : 4);
  const keys = [...tallies.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  for (const key of keys) {
    const c = tallies.get(key)!;
    const [scope, d] = key.split('\t');
    if (c.tp + c.fn === 0) continue;
    const m = prf(c);
    console.log(`| ${scope} | ${d} | ${c.tp + c.fp + c.fn + c.tn} | ${c.tp + c.fn} | ${c.tp + c.fp} | ${m.precision.toFixed(3)} | ${m.recall.toFixed(3)} | ${m.f1.toFixed(3)} |`);
  }
  console.log('\nqueue order: PR-AUC of priority at putting gold hate-or-violence first, and of the model\'s own max(hate, violence)');
  console.log('| scope | n | positives | priority | model alone |');
  console.log('|---|---|---|---|---|');
  for (const scope of [...ranked.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b))) {
    const items = ranked.get(scope)!;
    const pos = items.filter((x) => x.gold).length;
    if (pos === 0) continue;
    const byPriority = averagePrecision(items.map((x) => ({ gold: x.gold, score: x.priority })));
    const byModel = averagePrecision(items.map((x) => ({ gold: x.gold, score: x.model })));
    console.log(`| ${scope} | ${items.length} | ${pos} | ${byPriority.toFixed(3)} | ${byModel.toFixed(3)} |`);
  }
  if (AUDIT) {
    console.log('\nreal posts with gold hate 1 that did not get a hateful level:');
    for (const [why, n] of [...missed.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${why}`);
    console.log('\nlexicon terms in false "hateful" levels on real posts (gold hate 0), with their count in true ones:');
    for (const [term, n] of [...termsFalse.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
      console.log(`  ${String(n).padStart(4)} false, ${String(termsTrue.get(term) ?? 0).padStart(4)} true  ${term}`);
    }
  }
  await rt.close();
  await rt.deps.model?.close();
}

await main();
