/**
 * @module scripts/calibrate-model
 * Chooses the content model's operating points on the DEVELOPMENT split (never the validation split)
 * and writes them to models/<name>/operating-points.json, which the runtime reads. For each of hate,
 * offensive and violence: the lowest threshold on the shipped (int8) model's probability at which its
 * flags are right at least 75% of the time over dev rows that carry that label (speech is protected by
 * default: precision first), and never below 0.5; for a label whose dev positives are mostly our
 * template sentences, the real posts alone must reach that precision too, in place of the floor. The
 * runtime maps that threshold onto 0.5. A label
 * that never reaches that precision gets no operating point (its raw probability is used).
 *
 * Usage: npm run calibrate [-- --data /tmp/rabat-train/data.jsonl --model rabat-content]
 * (data.jsonl is written by scripts/python/prepare_data.py during `npm run train`.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { loadTransformerContentModel } from '../src/model/transformer-content-model.js';
import { emptyConfusion, prf, tally } from './lib/binary-metrics.js';
import { arg, dataFileArg, readPreparedRows } from './lib/prepared-data.js';

const DATA = dataFileArg();
const config = loadConfig();
const NAME = arg('model', config.contentModel);
const LABELS = ['hate', 'offensive', 'violence'] as const;
/** Dev precision the model's flags must reach at its operating point. */
const MIN_PRECISION = 0.75;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

async function main(): Promise<void> {
  const dev = await readPreparedRows(DATA, (r) => r.split === 'dev');
  const model = await loadTransformerContentModel(config.modelsDir, NAME);
  const probs: { hate: number; offensive: number; violence: number }[] = [];
  for (let i = 0; i < dev.length; i += 256) {
    const out = await model.score(dev.slice(i, i + 256).map((r) => r.text));
    probs.push(...out);
  }
  await model.close();
  const points: Record<string, number> = {};
  const report: Record<string, unknown> = {};
  LABELS.forEach((label, k) => {
    const rows = dev
      .map((r, i) => ({ y: r.labels[k]!, p: probs[i]![label], real: r.dataset !== 'templates' }))
      .filter((x) => x.y === 0 || x.y === 1);
    const at = (t: number, only: (x: (typeof rows)[number]) => boolean = () => true) => {
      const c = emptyConfusion();
      for (const x of rows) if (only(x)) tally(c, x.y === 1, x.p >= t);
      return prf(c);
    };
    const real = (x: (typeof rows)[number]) => x.real;
    const positives = rows.filter((x) => x.y === 1);
    // Where most of dev's positives are our own template sentences (violence: 89% in session 10), the
    // pooled precision says little about real posts, which the model scores on a different scale: there
    // the real posts must reach the precision too, and the 0.5 floor goes (it held violence at a dev
    // recall of 0.12; dev pipeline evaluation, MODEL_CARD.md "Operating points in the product").
    const templateLed = positives.filter((x) => !x.real).length > positives.length / 2 && positives.some(real);
    // Speech is protected by default: the operating point is the lowest threshold at which the model's
    // flags are right at least MIN_PRECISION of the time on dev (the highest recall at that precision).
    let best: { t: number; precision: number; recall: number; f1: number; real: { precision: number; recall: number } } | undefined;
    for (let t = 0.02; t < 0.99; t += 0.01) {
      const m = at(t);
      const r = at(t, real);
      if (m.precision >= MIN_PRECISION && m.recall > 0 && (!templateLed || r.precision >= MIN_PRECISION)) {
        best = { t: Math.round(t * 100) / 100, ...m, real: { precision: r.precision, recall: r.recall } };
        break;
      }
    }
    // Otherwise never below 0.5: calibration may make the model more cautious, never bolder than its raw output.
    if (best) points[label] = templateLed ? best.t : Math.max(0.5, best.t);
    const half = at(0.5);
    report[label] = {
      n: rows.length,
      positives: rows.filter((x) => x.y === 1).length,
      threshold: best?.t ?? null,
      precision: best ? r3(best.precision) : null,
      recall: best ? r3(best.recall) : null,
      f1: best ? r3(best.f1) : null,
      template_led: templateLed,
      real_posts: best ? { precision: r3(best.real.precision), recall: r3(best.real.recall) } : null,
      at_half: { precision: r3(half.precision), recall: r3(half.recall), f1: r3(half.f1) },
    };
  });
  const file = path.join(config.modelsDir, NAME, 'operating-points.json');
  fs.writeFileSync(file, `${JSON.stringify({ split: 'dev', rows: dev.length, criterion: `per label (int8 model as shipped): the lowest threshold with dev precision >= ${MIN_PRECISION}, never below 0.5; where template sentences are most of the label's dev positives, the real posts must reach that precision too and there is no 0.5 floor; a label that never reaches it keeps raw probabilities`, points, report }, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
  console.log(`written ${file}`);
}

await main();
