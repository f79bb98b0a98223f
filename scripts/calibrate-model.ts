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
 * For `hate` the precision condition is relaxed to "not significantly below" (one-sided 95%), and the point must
 * also flag no larger share of dev's own protected-speech sentences (template rows that
 * are neither hate nor violence: neutral and positive mentions of groups, attacks on non-protected targets,
 * profanity) than the session-9 model (shipped until session 14) flags at its point (MAX_PROTECTED_FLAG_SHARE): the pooled hate
 * precision sits on a plateau near 0.75 from about 0.6 to 0.86 for every model trained here, so precision alone
 * puts the point anywhere on it; within sampling error the points on it are equal in precision, and the
 * protected-speech share, smooth and monotone, decides (docs/decisions/session-14.md, changes 40 and 42).
 *
 * Per language, for `hate` (the model's scale differs by language: the pooled point gave Arabic real posts
 * a recall of 0.09): each language with at least MIN_LANG_POSITIVES hate positives among dev's real posts
 * gets its own point by the same rule on those posts, but only when a held-out check says it carries
 * over: split the language's rows in two (5 seeds, both directions), choose the point on one half and
 * measure the other; the mean held-out precision must reach MIN_HELD_OUT_PRECISION and the mean held-out
 * recall must beat the pooled point's on the same rows. Otherwise the language keeps the pooled point.
 *
 * Usage: npm run calibrate [-- --data /tmp/rabat-train/data.jsonl --model rabat-content]
 * (data.jsonl is written by scripts/python/prepare_data.py during `npm run train`.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { loadTransformerContentModel } from '../src/model/transformer-content-model.js';
import { type Scored, choosePoint, scoreAt, shareFlagged } from './lib/operating-point.js';
import { arg, dataFileArg, readPreparedRows } from './lib/prepared-data.js';

const DATA = dataFileArg();
const config = loadConfig();
const NAME = arg('model', config.contentModel);
const LABELS = ['hate', 'offensive', 'violence'] as const;
const HATE = 0;
const VIOLENCE = 2;
/** Dev precision the model's flags must reach at its operating point. */
const MIN_PRECISION = 0.75;
/** A language needs this many real hate positives in dev for a point of its own. */
const MIN_LANG_POSITIVES = 50;
/** The held-out precision a language's own point must keep (a little below MIN_PRECISION: half the rows choose it). */
const MIN_HELD_OUT_PRECISION = 0.7;
const SEEDS = 5;
/**
 * The most of dev's protected-speech template sentences the `hate` point may flag: the share the model shipped until
 * session 14 (rabat-content-q8@69638a5d4df0, trained in session 9) flags at its point 0.73 (197 of 697), measured in
 * session 14 (change 40), rounded up. It stays fixed when a new model ships, so the bound does not drift with models.
 * A model swap may not make the product bolder on protected mentions of groups than that. Set by --max-protected-share.
 */
const MAX_PROTECTED_FLAG_SHARE = Number(arg('max-protected-share', '0.2827'));
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** The product rule on one set of rows: the lowest threshold from 0.5 with precision >= MIN_PRECISION. */
function productPoint(rows: readonly Scored[]): number | undefined {
  for (let t = 0.5; t < 0.99; t += 0.01) {
    const m = scoreAt(rows, t);
    if (m.precision >= MIN_PRECISION && m.recall > 0) return Math.round(t * 100) / 100;
  }
  return undefined;
}

/** A seeded shuffle (mulberry32), so the held-out check gives the same answer on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Held-out check of a language's own point: chosen on one half, measured on the other.
 * @returns mean held-out precision and recall of the language's own point and of the pooled point.
 */
function heldOut(rows: readonly Scored[], pooled: number) {
  const own = { precision: 0, recall: 0 };
  const base = { precision: 0, recall: 0 };
  let runs = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const s = shuffled(rows, seed);
    const halves = [s.slice(0, s.length >> 1), s.slice(s.length >> 1)] as const;
    for (const [choose, measure] of [halves, [halves[1], halves[0]]] as const) {
      const t = productPoint(choose) ?? pooled;
      const m = scoreAt(measure, t);
      const b = scoreAt(measure, pooled);
      own.precision += m.precision;
      own.recall += m.recall;
      base.precision += b.precision;
      base.recall += b.recall;
      runs++;
    }
  }
  const mean = (x: { precision: number; recall: number }) => ({ precision: r3(x.precision / runs), recall: r3(x.recall / runs) });
  return { own: mean(own), pooled: mean(base) };
}

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
    const realRows = rows.filter((x) => x.real);
    const positives = rows.filter((x) => x.y === 1);
    // Where most of dev's positives are our own template sentences (violence: 89% in session 10), the
    // pooled precision says little about real posts, which the model scores on a different scale: there
    // the real posts must reach the precision too, and the 0.5 floor goes (it held violence at a dev
    // recall of 0.12; dev pipeline evaluation, MODEL_CARD.md "Operating points in the product").
    const templateLed = positives.filter((x) => !x.real).length > positives.length / 2 && positives.some((x) => x.real);
    // Dev's own protected-speech sentences (template rows neither hate nor violence) bound the hate point.
    const protectedScores =
      label === 'hate' ? dev.flatMap((r, i) => (r.dataset === 'templates' && r.labels[HATE] === 0 && r.labels[VIOLENCE] !== 1 ? [probs[i]!.hate] : [])) : null;
    // Speech is protected by default: the operating point is the lowest threshold at which the model's
    // flags are right at least MIN_PRECISION of the time on dev (the highest recall at that precision),
    // never below 0.5 unless template-led.
    const best = choosePoint(rows, realRows, {
      minPrecision: MIN_PRECISION,
      templateLed,
      floor: 0.5,
      ...(protectedScores ? { protectedSpeech: { scores: protectedScores, maxShare: MAX_PROTECTED_FLAG_SHARE } } : {}),
    });
    if (best) points[label] = best.point;
    const half = scoreAt(rows, 0.5);
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
      ...(protectedScores && best
        ? { protected_templates: { n: protectedScores.length, flagged_share: Math.round(shareFlagged(protectedScores, best.point) * 1e4) / 1e4, max_share: MAX_PROTECTED_FLAG_SHARE } }
        : {}),
    };
  });
  const byLang: Record<string, { hate: number }> = {};
  const langReport: Record<string, unknown> = {};
  if (points.hate !== undefined) {
    const pooled = points.hate;
    const k = LABELS.indexOf('hate');
    for (const lang of [...new Set(dev.map((r) => r.lang))].sort()) {
      const rows = dev.flatMap((r, i) => (r.lang === lang && r.dataset !== 'templates' && r.labels[k]! >= 0 ? [{ y: r.labels[k]!, p: probs[i]!.hate }] : []));
      if (rows.filter((x) => x.y === 1).length < MIN_LANG_POSITIVES) continue;
      const own = productPoint(rows);
      const check = heldOut(rows, pooled);
      const adopted = own !== undefined && check.own.precision >= MIN_HELD_OUT_PRECISION && check.own.recall > check.pooled.recall;
      if (adopted) byLang[lang] = { hate: own };
      langReport[lang] = { real_posts: rows.length, positives: rows.filter((x) => x.y === 1).length, own_point: own ?? null, held_out: check, adopted };
    }
  }
  const file = path.join(config.modelsDir, NAME, 'operating-points.json');
  const criterion = `per label (int8 model as shipped): the lowest threshold with dev precision >= ${MIN_PRECISION}, never below 0.5 (for hate: precision not significantly below it, one-sided 95%, and flagging no more than ${MAX_PROTECTED_FLAG_SHARE} of dev's protected-speech template sentences, neither hate nor violence); where template sentences are most of the label's dev positives, the real posts must reach that precision too and there is no 0.5 floor; a label that never reaches it keeps raw probabilities. by_lang: hate per language with >= ${MIN_LANG_POSITIVES} real dev positives, by the plain rule (precision >= ${MIN_PRECISION} from 0.5) on that language's real posts, kept only if a split-half check (${SEEDS} seeds, both directions) gives held-out precision >= ${MIN_HELD_OUT_PRECISION} and held-out recall above the pooled point's`;
  fs.writeFileSync(file, `${JSON.stringify({ split: 'dev', rows: dev.length, criterion, points, by_lang: byLang, report, by_lang_report: langReport }, null, 2)}\n`);
  console.log(JSON.stringify({ ...report, by_lang: langReport }, null, 2));
  console.log(`written ${file}`);
}

await main();
