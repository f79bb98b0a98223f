/**
 * @module scripts/calibrate-model
 * Chooses the content model's operating points on the DEVELOPMENT split (never the validation split)
 * and writes them to models/<name>/operating-points.json, which the runtime reads. For each of hate,
 * offensive and violence: the threshold on the shipped (int8) model's probability that maximises F1
 * over dev rows that carry that label. The runtime maps that threshold onto 0.5. A label whose best
 * dev F1 stays under 0.5 gets no operating point (its raw probability is used).
 *
 * Usage: npm run calibrate [-- --data /tmp/rabat-train/data.jsonl --model rabat-content]
 * (data.jsonl is written by scripts/python/prepare_data.py during `npm run train`.)
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { z } from 'zod';
import { loadConfig } from '../src/config.js';
import { loadTransformerContentModel } from '../src/model/transformer-content-model.js';

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : def;
};
const DATA = arg('data', process.env.RABAT_WORK ? path.join(process.env.RABAT_WORK, 'data.jsonl') : '/tmp/rabat-train/data.jsonl');
const config = loadConfig();
const NAME = arg('model', config.contentModel);
const LABELS = ['hate', 'offensive', 'violence'] as const;
/** Dev F1 below which a label's operating point is not used. */
const MIN_F1 = 0.5;

const RowSchema = z.object({ split: z.string(), text: z.string(), lang: z.string(), labels: z.array(z.number()) });

async function main(): Promise<void> {
  if (!fs.existsSync(DATA)) throw new Error(`no prepared data at ${DATA}: run npm run train (or prepare_data.py) first`);
  const dev: z.infer<typeof RowSchema>[] = [];
  for await (const line of readline.createInterface({ input: fs.createReadStream(DATA) })) {
    if (!line.trim()) continue;
    const r = RowSchema.parse(JSON.parse(line));
    if (r.split === 'dev') dev.push(r);
  }
  const model = await loadTransformerContentModel(config.modelsDir, NAME);
  const probs: { hate: number; offensive: number; violence: number }[] = [];
  for (let i = 0; i < dev.length; i += 256) {
    const out = await model.score(dev.slice(i, i + 256).map((r) => r.text));
    probs.push(...out);
  }
  await model.close();
  const points: Record<string, number> = {};
  const report: Record<string, { n: number; positives: number; threshold: number; f1: number; f1_at_half: number }> = {};
  LABELS.forEach((label, k) => {
    const rows = dev.map((r, i) => ({ y: r.labels[k]!, p: probs[i]![label] })).filter((x) => x.y === 0 || x.y === 1);
    const f1At = (t: number) => {
      let tp = 0, fp = 0, fn = 0;
      for (const x of rows) {
        if (x.p >= t && x.y === 1) tp++;
        else if (x.p >= t) fp++;
        else if (x.y === 1) fn++;
      }
      return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    };
    let best = { t: 0.5, f1: f1At(0.5) };
    for (let t = 0.02; t < 0.98; t += 0.01) {
      const f1 = f1At(t);
      if (f1 > best.f1) best = { t: Math.round(t * 100) / 100, f1 };
    }
    // A label the model separates poorly on dev is not amplified: moving its operating point onto 0.5
    // would turn its noise into hostility. Such a label keeps its raw probability.
    if (best.f1 >= MIN_F1) points[label] = best.t;
    report[label] = { n: rows.length, positives: rows.filter((x) => x.y === 1).length, threshold: best.t, f1: Math.round(best.f1 * 1000) / 1000, f1_at_half: Math.round(f1At(0.5) * 1000) / 1000 };
  });
  const file = path.join(config.modelsDir, NAME, 'operating-points.json');
  fs.writeFileSync(file, `${JSON.stringify({ split: 'dev', rows: dev.length, criterion: `max F1 per label, int8 model as shipped; labels with dev F1 < ${MIN_F1} keep raw probabilities`, points, report }, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
  console.log(`written ${file}`);
}

await main();
