/**
 * The evaluation scripts' metrics (scripts/lib/binary-metrics.ts), checked against values worked out
 * by hand and against scikit-learn's definition of average precision (ties enter the curve together).
 */
import { describe, expect, it } from 'vitest';
import { averagePrecision, emptyConfusion, prf, tally } from '../../scripts/lib/binary-metrics.js';

const items = (pairs: [boolean, number][]) => pairs.map(([gold, score]) => ({ gold, score }));

describe('binary metrics', () => {
  it('precision, recall and F1 from a tally, 0 where undefined', () => {
    const c = emptyConfusion();
    for (const [g, p] of [[true, true], [true, true], [true, false], [false, true], [false, false]] as const) tally(c, g, p);
    expect(c).toEqual({ tp: 2, fp: 1, fn: 1, tn: 1 });
    const m = prf(c);
    expect(m.precision).toBeCloseTo(2 / 3, 10);
    expect(m.recall).toBeCloseTo(2 / 3, 10);
    expect(m.f1).toBeCloseTo(2 / 3, 10);
    expect(prf(emptyConfusion())).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('average precision: perfect ranking is 1, a positive ranked last lowers it by the hand-worked amount', () => {
    expect(averagePrecision(items([[true, 0.9], [true, 0.8], [false, 0.1]]))).toBe(1);
    // Ranks: + - + -> precision 1 at recall 0.5, 2/3 at recall 1: 0.5 * 1 + 0.5 * 2/3.
    expect(averagePrecision(items([[true, 0.9], [false, 0.8], [true, 0.7]]))).toBeCloseTo(0.5 + 1 / 3, 10);
  });

  it('average precision: tied scores count as one step, whatever their order in the input', () => {
    // All tied: one step at recall 1 with precision 1/2 (scikit-learn gives 0.5).
    expect(averagePrecision(items([[true, 0.5], [false, 0.5]]))).toBe(0.5);
    expect(averagePrecision(items([[false, 0.5], [true, 0.5]]))).toBe(0.5);
    // A queue whose priorities are mostly ties ranks worse than the scores it was built from.
    const scores = items([[true, 0.9], [false, 0.6], [true, 0.55], [false, 0.2]]);
    const banded = scores.map((x) => ({ gold: x.gold, score: x.score > 0.5 ? 40 : 0 }));
    expect(averagePrecision(banded)).toBeLessThan(averagePrecision(scores));
    expect(Number.isNaN(averagePrecision(items([[false, 0.3]])))).toBe(true);
  });
});
