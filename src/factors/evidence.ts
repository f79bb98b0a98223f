/**
 * @module factors/evidence
 * Small helpers shared by the factor scorers: clamping, combining independent signals, and turning a
 * lexicon match into an evidence item.
 */
import type { LexiconMatch } from '../lexicon/lexicon.js';
import type { Evidence } from '../schema/result.js';

/** Clamps to [0, 1] and rounds to 3 decimals, so scores are stable across runs and platforms. */
export function unit(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}

/**
 * Combines independent signals as "at least one holds": 1 - Π(1 - p).
 * @param ps - probabilities in [0, 1].
 * @returns the combined probability.
 */
export function anyOf(ps: readonly number[]): number {
  return 1 - ps.reduce((acc, p) => acc * (1 - Math.min(1, Math.max(0, p))), 1);
}

/** log10 scale of an audience size: 10 → 0.14, 10k → 0.57, 1M → 0.86, 10M → 1. */
export function audienceScale(n: number): number {
  return unit(Math.log10(Math.max(0, n) + 1) / 7);
}

const METHOD_NOTE: Record<LexiconMatch['method'], string> = {
  exact: '',
  stem: ' (inflected form)',
  deobfuscated: ' (disguised spelling undone)',
  fuzzy: ' (one letter off: likely a disguised spelling)',
};

/**
 * Evidence for a lexicon match.
 * @param m - the match.
 * @param kind - the evidence kind.
 * @param weight - the signed contribution to the factor.
 * @param note - extra words for the reason.
 * @returns the evidence item.
 */
export function matchEvidence(m: LexiconMatch, kind: string, weight: number, note = ''): Evidence {
  const group = m.entry.group ? `, group ${m.entry.group}` : '';
  // Terms from a context profile are the coded language monitors know locally: say so.
  const coded = m.entry.source.startsWith('context:') ? ', coded term from the context profile' : '';
  return {
    kind,
    detail: `lexicon term "${m.entry.term}" (${m.entry.category}${group}${coded}, ${m.lang === 'ctx' ? 'context' : m.lang})${METHOD_NOTE[m.method]}${note}`,
    span: m.span,
    weight: Math.round(Math.max(-1, Math.min(1, weight)) * 1000) / 1000,
    source: m.entry.source,
  };
}
