/**
 * The operating-point rule (scripts/lib/operating-point.ts) on small made-up score sets whose answer can be
 * worked out by hand: the 0.5 floor, the template-led case, and the protected-speech bound on a precision plateau.
 */
import { describe, expect, it } from 'vitest';
import { type Scored, choosePoint, scoreAt, withinSamplingError } from '../../scripts/lib/operating-point.js';

/** n rows at probability p, k of them positive. */
const at = (p: number, n: number, k: number): Scored[] => Array.from({ length: n }, (_, i) => ({ y: i < k ? 1 : 0, p }));

describe('operating point', () => {
  it('counts what a threshold flags', () => {
    const rows = [...at(0.9, 4, 3), ...at(0.4, 4, 1)];
    expect(scoreAt(rows, 0.5)).toMatchObject({ precision: 0.75, recall: 0.75, flagged: 4 });
    expect(scoreAt(rows, 0.3)).toMatchObject({ precision: 0.5, recall: 1, flagged: 8 });
  });

  it('takes the lowest threshold with the wanted precision, never below the floor', () => {
    // Precision 0.8 from 0.21 up: the rule would say 0.21, the floor says 0.5.
    const rows = [...at(0.2, 10, 0), ...at(0.3, 10, 8), ...at(0.9, 10, 8)];
    expect(choosePoint(rows, rows, { minPrecision: 0.75, templateLed: false, floor: 0.5 })).toMatchObject({ point: 0.5, t: 0.21 });
    // Nothing reaches the precision: no point.
    expect(choosePoint(at(0.9, 10, 5), at(0.9, 10, 5), { minPrecision: 0.75, templateLed: false, floor: 0.5 })).toBeUndefined();
  });

  it('where templates lead, has no floor but needs the real posts to reach the precision too', () => {
    const templates = [...at(0.1, 10, 0), ...at(0.2, 10, 10)];
    const real = [...at(0.2, 10, 5), ...at(0.35, 10, 8)];
    const rows = [...templates, ...real];
    // At 0.11-0.20 all rows: 23/30 = 0.77 but real posts 13/20 = 0.65; from 0.21 only the 0.35 rows: 0.8 both.
    const chosen = choosePoint(rows, real, { minPrecision: 0.75, templateLed: true, floor: 0.5 });
    expect(chosen).toMatchObject({ point: 0.21, t: 0.21 });
    expect(chosen?.real.precision).toBeCloseTo(0.8, 10);
  });

  it('reads a precision within sampling error of the target as meeting it, and no more', () => {
    expect(withinSamplingError(0.74, 1000, 0.75)).toBe(true); // 0.75 - 1.645 * 0.0137 = 0.7275
    expect(withinSamplingError(0.72, 1000, 0.75)).toBe(false);
    expect(withinSamplingError(0.6, 10, 0.75)).toBe(true); // ten flags say little
    expect(withinSamplingError(1, 0, 0.75)).toBe(false);
  });

  it('on a precision plateau, lets the protected-speech bound decide where the point sits', () => {
    // Precision is 0.74-0.76 at every threshold: a strict 0.75 crossing lands at the top, above 0.75.
    const rows = [...at(0.55, 400, 296), ...at(0.65, 400, 296), ...at(0.75, 400, 292), ...at(0.85, 400, 304)];
    const strict = choosePoint(rows, rows, { minPrecision: 0.75, templateLed: false, floor: 0.5 });
    expect(strict?.point).toBe(0.76);
    // Protected sentences: a third score 0.6, a third 0.7, a third 0.2. With at most a third flagged the point must
    // clear 0.6; 0.61 is within sampling error of 0.75 (892 of 1,200 flags right, 0.743), so that is where it goes.
    const scores = [...Array(30).fill(0.6), ...Array(30).fill(0.7), ...Array(30).fill(0.2)];
    const bounded = choosePoint(rows, rows, { minPrecision: 0.75, templateLed: false, floor: 0.5, protectedSpeech: { scores, maxShare: 1 / 3 } });
    expect(bounded?.point).toBe(0.61);
    expect(bounded?.recall).toBeCloseTo(892 / 1188, 10);
    // A tighter bound (nothing flagged) pushes it past every protected sentence.
    expect(choosePoint(rows, rows, { minPrecision: 0.75, templateLed: false, floor: 0.5, protectedSpeech: { scores, maxShare: 0 } })?.point).toBe(0.71);
  });
});
