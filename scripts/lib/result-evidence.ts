/**
 * @module scripts/lib/result-evidence
 * Reading a result's evidence back in the evaluation scripts.
 */
import type { TriageResult } from '../../src/schema/result.js';

/**
 * Lexicon entries that contributed to a result's content factor, from their evidence
 * (`lexicon term "x" (category, lang)`, see factors/evidence.ts). Entries, never post text.
 * @param t - a result.
 * @returns the distinct entries with their categories and the list each came from.
 */
export function lexiconTerms(t: TriageResult): { term: string; category: string; source: string }[] {
  const out = new Map<string, { term: string; category: string; source: string }>();
  for (const e of t.factors.content.evidence) {
    const m = /^lexicon term "(.*)" \(([a-z_]+)[,)]/.exec(e.detail);
    if (m && (e.weight ?? 0) > 0) out.set(`${m[1]}|${m[2]}`, { term: m[1]!, category: m[2]!, source: e.source ?? '' });
  }
  return [...out.values()];
}

/** The content model's scores as a result's evidence records them (factors/content.ts). */
export interface ModelReading {
  /** On the product scale: 0.5 is the model's operating point. */
  hate: number;
  violence: number;
  /** The model's own probabilities. */
  raw: { hate: number; violence: number };
}

/**
 * @param t - a result.
 * @returns the content model's reading, or undefined when no model ran.
 */
export function modelReading(t: TriageResult): ModelReading | undefined {
  return t.factors.content.evidence.find((e) => e.kind === 'model')?.data as ModelReading | undefined;
}
