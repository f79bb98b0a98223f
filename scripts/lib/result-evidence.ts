/**
 * @module scripts/lib/result-evidence
 * Reading a result's evidence back in the evaluation scripts.
 */
import type { TriageResult } from '../../src/schema/result.js';

/**
 * Lexicon entries that contributed to a result's content factor, from their evidence
 * (`lexicon term "x" (category, lang)`, see factors/evidence.ts). Entries, never post text.
 * @param t - a result.
 * @returns the distinct entries with their categories.
 */
export function lexiconTerms(t: TriageResult): { term: string; category: string }[] {
  const out = new Map<string, { term: string; category: string }>();
  for (const e of t.factors.content.evidence) {
    const m = /^lexicon term "(.*)" \(([a-z_]+)[,)]/.exec(e.detail);
    if (m && (e.weight ?? 0) > 0) out.set(`${m[1]}|${m[2]}`, { term: m[1]!, category: m[2]! });
  }
  return [...out.values()];
}
