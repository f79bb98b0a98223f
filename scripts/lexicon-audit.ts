/**
 * @module scripts/lexicon-audit
 * `npm run lexicon-audit [-- --scope slur|hurtlex --data W/data.jsonl --min 20]`: does a lexicon entry
 * carry the evidence it claims in the corpora? On the TRAINING rows only (real posts; dev and val are
 * left for judging the result), with the lexicons alone (no model, which was trained on these rows), it
 * counts the rows where an entry contributes to the content factor and compares how many carry the
 * scope's label with how many would if the entry told nothing: the sum of each row's dataset base rate.
 * An entry that fires often with no lift is a candidate. Prints entries and counts, never post text.
 * - `slur` (default): slur entries against the `hate` label. Keyword-sampled sets such as Davidson and
 *   MLMA are full of slurs used as plain insults; a candidate moves from `slur` to `insult` in the
 *   hand-written list (said of a named group it stays derogation, aimed at a person it is abuse).
 * - `hurtlex`: entries taken from HurtLex against "hostile" (hate or offensive labelled 1). Its lists
 *   are machine translations, and everyday words ("know", "love") sit in its vulgarity classes; a
 *   candidate goes to `data/lexicons/sources/hurtlex-excluded.json`, which `npm run lexicons` skips.
 */
import { z } from 'zod';
import { loadConfig } from '../src/config.js';
import { isAppError } from '../src/errors.js';
import { silentLogger } from '../src/log.js';
import { createRuntime } from '../src/runtime.js';
import { type PreparedRow, arg, dataFileArg, readPreparedRows } from './lib/prepared-data.js';
import { lexiconTerms } from './lib/result-evidence.js';
import { triageInBatches } from './lib/triage-batches.js';

const DATA = dataFileArg();
const MIN_FIRINGS = z.coerce.number().int().positive().parse(arg('min', '20'));
const [HATE, OFFENSIVE] = [0, 1];

interface Scope {
  /** The label an entry should predict; -1 where the row does not say. */
  gold: (r: PreparedRow) => number;
  /** The entries audited. */
  audits: (term: { category: string; source: string }) => boolean;
  describe: string;
}

const SCOPES: Record<'slur' | 'hurtlex', Scope> = {
  slur: { gold: (r) => r.labels[HATE]!, audits: (x) => x.category === 'slur', describe: 'slur entries against the hate label' },
  hurtlex: {
    gold: (r) => (r.labels[HATE] === 1 || r.labels[OFFENSIVE] === 1 ? 1 : r.labels[HATE] === 0 || r.labels[OFFENSIVE] === 0 ? 0 : -1),
    audits: (x) => x.source.startsWith('hurtlex'),
    describe: 'HurtLex entries against hostile (hate or offensive)',
  },
};
const SCOPE = SCOPES[z.enum(['slur', 'hurtlex']).parse(arg('scope', 'slur'))];

async function main(): Promise<void> {
  const rows = await readPreparedRows(DATA, (r) => r.split === 'train' && r.dataset !== 'templates' && SCOPE.gold(r) >= 0);
  const baseRate = new Map<string, number>();
  for (const ds of new Set(rows.map((r) => r.dataset))) {
    const own = rows.filter((r) => r.dataset === ds);
    baseRate.set(ds, own.filter((r) => SCOPE.gold(r) === 1).length / own.length);
  }
  // Lexicons only: the audit is about the lists, and the model has seen these rows.
  const rt = await createRuntime({ ...loadConfig(), contentModel: '' }, silentLogger, { noStore: true, model: null });
  const stats = new Map<string, { firings: number; positive: number; expected: number }>();
  for await (const batch of triageInBatches(rows, (r) => ({ id: `${r.dataset}-${r.id}`, text: r.text, lang: r.lang }), rt.deps, 'training rows')) {
    for (const [r, t] of batch) {
      if (isAppError(t)) continue;
      for (const term of lexiconTerms(t).filter(SCOPE.audits)) {
        const key = `${r.lang}\t${term.term}\t${term.category}`;
        const s = stats.get(key) ?? { firings: 0, positive: 0, expected: 0 };
        s.firings++;
        s.positive += SCOPE.gold(r);
        s.expected += baseRate.get(r.dataset)!;
        stats.set(key, s);
      }
    }
  }
  await rt.close();
  console.log(`${SCOPE.describe}, on ${rows.length} training rows (real posts), lexicons ${rt.deps.lexicons.ref.version}`);
  console.log('| lang | entry | category | firings | labelled | expected without the entry | lift | candidate |');
  console.log('|---|---|---|---|---|---|---|---|');
  const sorted = [...stats.entries()].filter(([, s]) => s.firings >= 5).sort((a, b) => b[1].firings - a[1].firings);
  for (const [key, s] of sorted) {
    const [lang, term, category] = key.split('\t');
    const candidate = s.firings >= MIN_FIRINGS && s.positive <= s.expected;
    console.log(`| ${lang} | ${term} | ${category} | ${s.firings} | ${s.positive} | ${s.expected.toFixed(1)} | ${(s.positive / s.expected).toFixed(2)} | ${candidate ? 'yes' : ''} |`);
  }
}

await main();
