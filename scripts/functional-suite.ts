/**
 * @module scripts/functional-suite
 * Runs the hand-written functional suite (test/functional/cases/*.jsonl) through the whole pipeline,
 * as a user would get it (lexicons + the bundled model), and measures accuracy per functionality and
 * per language. A case counts as correct when the predicted label (hateful = level hate or
 * incitement) matches. Used by `npm run functional` (prints the table) and by the floor test.
 * The cases are never used to tune anything.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../src/config.js';
import { isAppError } from '../src/errors.js';
import { runPipeline } from '../src/pipeline/pipeline.js';
import type { PipelineDeps } from '../src/pipeline/types.js';
import { LevelSchema } from '../src/schema/result.js';

export const CASES_DIR = path.join(PROJECT_ROOT, 'test', 'functional', 'cases');

const CaseSchema = z.object({
  id: z.string(),
  lang: z.string(),
  functionality: z.string(),
  text: z.string(),
  label: z.enum(['hateful', 'non-hateful']),
  level: LevelSchema,
});
export type FunctionalCase = z.infer<typeof CaseSchema>;

export interface Tally {
  n: number;
  correct: number;
}
export interface SuiteReport {
  overall: Tally;
  byFunctionality: Record<string, Tally>;
  byLanguage: Record<string, Tally>;
  byCell: Record<string, Tally>;
  failures: { id: string; expected: string; got: string }[];
}

/** @returns every case, validated. */
export function loadCases(dir = CASES_DIR): FunctionalCase[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => CaseSchema.parse(JSON.parse(l))),
    );
}

const add = (m: Record<string, Tally>, k: string, ok: boolean) => {
  const t = (m[k] ??= { n: 0, correct: 0 });
  t.n++;
  if (ok) t.correct++;
};

/**
 * Runs the suite.
 * @param deps - pipeline dependencies (with the model the product ships).
 * @param cases - the cases.
 * @returns tallies and the failing ids.
 */
export async function runSuite(deps: PipelineDeps, cases: FunctionalCase[]): Promise<SuiteReport> {
  const report: SuiteReport = { overall: { n: 0, correct: 0 }, byFunctionality: {}, byLanguage: {}, byCell: {}, failures: [] };
  const results = await runPipeline(cases.map((c) => ({ id: c.id, text: c.text, lang: c.lang })), deps);
  results.forEach((r, i) => {
    const c = cases[i]!;
    const got = isAppError(r) ? 'error' : r.level === 'hate' || r.level === 'incitement' ? 'hateful' : 'non-hateful';
    const ok = got === c.label;
    report.overall.n++;
    if (ok) report.overall.correct++;
    add(report.byFunctionality, c.functionality, ok);
    add(report.byLanguage, c.lang, ok);
    add(report.byCell, `${c.lang}/${c.functionality}`, ok);
    if (!ok) report.failures.push({ id: c.id, expected: c.label, got: isAppError(r) ? r.code : r.level });
  });
  return report;
}

/** Accuracy of a tally, 0..1. */
export const accuracy = (t: Tally): number => (t.n === 0 ? 0 : t.correct / t.n);
