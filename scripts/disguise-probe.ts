/**
 * @module scripts/disguise-probe
 * `npm run disguise-probe [-- --split dev|val --data W/data.jsonl]`: how often a `hate` level survives one
 * disguised spelling. Every post and template sentence of the split that the gold labels call hate and the
 * product rates `hate` (or `incitement`) is rewritten five ways, once on its first named group term and once
 * on its strongest hostile lexicon term (words of four or more Latin letters): two middle letters swapped,
 * the middle letter dropped, a letter added in the middle, letters spaced out, and up to two letters in
 * leetspeak. The share of rewrites that keep a hateful level is printed per disguise, for real posts and
 * template sentences. People who post hate disguise exactly these words to get past filters; the
 * functional suite tests a few hand-written cases, this measures it on every detected post.
 * Prints aggregates only, never post text. Choices are made on dev; val is for reporting.
 */
import { z } from 'zod';
import { loadConfig } from '../src/config.js';
import { isAppError } from '../src/errors.js';
import { createLogger } from '../src/log.js';
import type { PipelineDeps } from '../src/pipeline/types.js';
import { createRuntime } from '../src/runtime.js';
import type { InputRecord } from '../src/schema/input.js';
import type { Span, TriageResult } from '../src/schema/result.js';
import { arg, dataFileArg, readPreparedRows } from './lib/prepared-data.js';
import { triageInBatches } from './lib/triage-batches.js';

const SPLIT = z.enum(['dev', 'val']).parse(arg('split', 'dev'));
const DATA = dataFileArg();
const LATIN_WORD = /^\p{Script=Latin}{4,}$/u;
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };

/** The five disguises, each applied to one word. */
const DISGUISES: Record<string, (w: string) => string> = {
  swap: (w) => {
    const k = Math.floor((w.length - 1) / 2);
    return w.slice(0, k) + w[k + 1]! + w[k]! + w.slice(k + 2);
  },
  missing: (w) => {
    const k = Math.floor(w.length / 2);
    return w.slice(0, k) + w.slice(k + 1);
  },
  added: (w) => {
    const k = Math.floor(w.length / 2);
    return w.slice(0, k) + (w[k] === 'x' ? 'z' : 'x') + w.slice(k);
  },
  spaces: (w) => [...w].join(' '),
  leet: (w) => {
    let done = 0;
    return [...w].map((c, i) => (i > 0 && LEET[c.toLowerCase()] && done++ < 2 ? LEET[c.toLowerCase()]! : c)).join('');
  },
};

const hateful = (t: TriageResult) => t.level === 'hate' || t.level === 'incitement';

/** Every record's result, in input order; a record the pipeline rejects stops the probe. */
async function triage(records: InputRecord[], deps: PipelineDeps, what: string): Promise<TriageResult[]> {
  const out: TriageResult[] = [];
  for await (const batch of triageInBatches(records, (r) => r, deps, what)) {
    for (const [record, t] of batch) {
      if (isAppError(t)) throw new Error(`record ${record.id}: ${t.code}`);
      out.push(t);
    }
  }
  return out;
}

async function main(): Promise<void> {
  const rows = await readPreparedRows(DATA, (r) => r.split === SPLIT && r.labels[0] === 1);
  const rt = await createRuntime(loadConfig(), createLogger('warn'), { noStore: true });
  const base = await triage(rows.map((r) => ({ id: `${r.dataset}-${r.id}`, text: r.text, lang: r.lang })), rt.deps, 'originals');

  const variants: { scope: string; record: InputRecord }[] = [];
  base.forEach((t, k) => {
    if (!hateful(t)) return;
    const r = rows[k]!;
    const strongest = t.factors.content.evidence.filter((e) => e.span && (e.weight ?? 0) > 0 && e.kind !== 'model').sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0))[0];
    const spans: [string, Span | undefined][] = [['group term', t.targets[0]?.span], ['hostile term', strongest?.span]];
    for (const [which, span] of spans) {
      if (!span) continue;
      const word = r.text.slice(span.start, span.end);
      if (!LATIN_WORD.test(word)) continue;
      for (const [name, disguise] of Object.entries(DISGUISES)) {
        const text = r.text.slice(0, span.start) + disguise(word) + r.text.slice(span.end);
        if (text === r.text) continue; // two identical letters swapped: no disguise
        variants.push({ scope: `${r.dataset === 'templates' ? 'templates' : 'real posts'}\t${which}\t${name}`, record: { id: `${r.dataset}-${r.id}-${which}-${name}`, text, lang: r.lang } });
      }
    }
  });
  const results = await triage(variants.map((v) => v.record), rt.deps, 'disguised rewrites');
  const kept = new Map<string, [number, number]>();
  results.forEach((t, i) => {
    const tally = kept.get(variants[i]!.scope) ?? [0, 0];
    tally[1]++;
    if (hateful(t)) tally[0]++;
    kept.set(variants[i]!.scope, tally);
  });
  const lexicons = rt.deps.lexicons.ref;
  const model = rt.deps.model?.ref;
  console.log(`disguise probe on the ${SPLIT} split (${DATA}); ${model ? `model ${model.id}@${model.version}` : 'no model'}, lexicons ${lexicons.version}`);
  console.log(`gold-hate rows ${rows.length}, rated hateful ${base.filter(hateful).length}; share of disguised rewrites still rated hateful:\n`);
  console.log('| scope | word disguised | disguise | kept hateful | n |');
  console.log('|---|---|---|---|---|');
  for (const [scope, [k, n]] of [...kept.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const [s, which, name] = scope.split('\t');
    console.log(`| ${s} | ${which} | ${name} | ${(k / n).toFixed(3)} | ${n} |`);
  }
  await rt.close();
  await rt.deps.model?.close();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
