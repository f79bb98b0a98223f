/**
 * @module scripts/lib/operating-point
 * The rule that turns a model's dev scores for one label into the product's operating point (used by
 * scripts/calibrate-model.ts; the reasons for each condition are written there and in
 * docs/decisions/session-14.md, changes 40 and 42).
 */
import { emptyConfusion, prf, tally } from './binary-metrics.js';

/** One dev row for one label: gold (0 or 1) and the model's probability. */
export interface Scored {
  y: number;
  p: number;
}

/** Precision, recall and F1 of flagging p >= t, and how many rows are flagged. */
export function scoreAt(rows: readonly Scored[], t: number) {
  const c = emptyConfusion();
  for (const x of rows) tally(c, x.y === 1, x.p >= t);
  return { ...prf(c), flagged: c.tp + c.fp };
}

/**
 * @param precision - a measured precision.
 * @param flagged - over how many flags.
 * @param target - the precision wanted.
 * @returns whether the precision is not significantly below the target (one-sided 95%, normal approximation).
 */
export function withinSamplingError(precision: number, flagged: number, target: number): boolean {
  return flagged > 0 && precision >= target - 1.645 * Math.sqrt((target * (1 - target)) / flagged);
}

export interface PointRule {
  /** The precision the flags must reach. */
  minPrecision: number;
  /** Most of the label's dev positives are template sentences: the real posts must reach the precision too, no floor. */
  templateLed: boolean;
  /** Never below this (unless template-led): calibration may make the model more cautious, never bolder. */
  floor: number;
  /**
   * The protected-speech bound (hate): precision need only be within sampling error of minPrecision, and the
   * point may flag at most maxShare of `scores` (probabilities of dev sentences that must not be flagged).
   */
  protectedSpeech?: { scores: readonly number[]; maxShare: number };
}

export interface ChosenPoint {
  /** The operating point the runtime uses. */
  point: number;
  /** The first threshold that met the rule (below the floor where the floor decided). */
  t: number;
  precision: number;
  recall: number;
  f1: number;
  real: { precision: number; recall: number };
}

/**
 * The lowest threshold (0.02 to 0.98, step 0.01) that meets the rule: the highest recall at the wanted precision.
 * @param rows - the label's dev rows.
 * @param realRows - the real posts among them.
 * @param rule - the conditions.
 * @returns the point, or undefined when no threshold meets the rule (the label then keeps raw probabilities).
 */
export function choosePoint(rows: readonly Scored[], realRows: readonly Scored[], rule: PointRule): ChosenPoint | undefined {
  const bound = rule.protectedSpeech;
  for (let k = 2; k < 99; k++) {
    const t = k / 100;
    const point = rule.templateLed ? t : Math.max(rule.floor, t);
    if (bound && shareFlagged(bound.scores, point) > bound.maxShare + 1e-9) continue;
    const m = scoreAt(rows, t);
    const precise = bound ? withinSamplingError(m.precision, m.flagged, rule.minPrecision) : m.precision >= rule.minPrecision;
    if (!precise || m.recall <= 0) continue;
    const r = scoreAt(realRows, t);
    if (rule.templateLed && r.precision < rule.minPrecision) continue;
    return { point, t, precision: m.precision, recall: m.recall, f1: m.f1, real: { precision: r.precision, recall: r.recall } };
  }
  return undefined;
}

/**
 * The share of `scores` at or above t.
 * @param scores - probabilities.
 * @param t - a threshold.
 * @returns the share flagged (0 for no scores).
 */
export function shareFlagged(scores: readonly number[], t: number): number {
  return scores.filter((p) => p >= t).length / Math.max(1, scores.length);
}
