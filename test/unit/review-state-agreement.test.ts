/**
 * The review state machine (four-eyes on incitement) and Krippendorff's alpha against a hand-checked
 * example.
 */
import { describe, expect, it } from 'vitest';
import { krippendorffAlphaNominal } from '../../src/moderation/agreement.js';
import { type DecisionFact, isSelfSecond, reviewStatus } from '../../src/moderation/review-state.js';

const d = (action: DecisionFact['action'], actor: string, level: DecisionFact['level'] = null): DecisionFact => ({ action, actor, level });

describe('reviewStatus', () => {
  it('is unreviewed without decisions and confirmed by one confirm below incitement', () => {
    expect(reviewStatus('hate', []).state).toBe('unreviewed');
    expect(reviewStatus('hate', [d('confirm', 'a')])).toMatchObject({ state: 'confirmed', level: 'hate' });
  });

  it('needs a second, different moderator to confirm incitement', () => {
    const one = reviewStatus('incitement', [d('confirm', 'a')]);
    expect(one).toMatchObject({ state: 'pending_second', level: 'incitement', pendingActor: 'a' });
    expect(reviewStatus('incitement', [d('confirm', 'a'), d('confirm', 'a')]).state).toBe('pending_second');
    expect(reviewStatus('incitement', [d('confirm', 'a'), d('confirm', 'b')])).toMatchObject({ state: 'confirmed', level: 'incitement' });
    expect(isSelfSecond(one, d('confirm', 'a'))).toBe(true);
    expect(isSelfSecond(one, d('confirm', 'b'))).toBe(false);
    expect(isSelfSecond(one, d('reject', 'a'))).toBe(false);
  });

  it('treats a relabel to incitement as the first judgement and resets on a lower judgement', () => {
    expect(reviewStatus('hate', [d('relabel', 'a', 'incitement')]).state).toBe('pending_second');
    expect(reviewStatus('hate', [d('relabel', 'a', 'incitement'), d('confirm', 'b')])).toMatchObject({ state: 'confirmed', level: 'incitement' });
    const reset = reviewStatus('incitement', [d('confirm', 'a'), d('relabel', 'b', 'hate'), d('confirm', 'c', 'incitement')]);
    expect(reset).toMatchObject({ state: 'pending_second', pendingActor: 'c' });
  });

  it('rejects and escalates, and records the judged level of each decision', () => {
    const s = reviewStatus('hate', [d('escalate', 'a'), d('reject', 'b')]);
    expect(s.state).toBe('rejected');
    expect(s.judged).toEqual([null, 'none']);
    expect(reviewStatus('hate', [d('reject', 'a'), d('escalate', 'b')]).state).toBe('escalated');
  });
});

describe('krippendorffAlphaNominal', () => {
  it('matches Krippendorff (2011) "Computing Krippendorff\'s alpha-reliability", nominal example: 0.743', () => {
    // Four observers, twelve units, missing values left out (the paper's reliability data matrix).
    const units: number[][] = [[1, 1, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4], [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [5, 5, 5], [1, 1], [3]];
    expect(krippendorffAlphaNominal(units)).toBeCloseTo(0.743, 3);
  });

  it('is 1 for perfect agreement, below 0 for systematic disagreement, null when undefined', () => {
    expect(krippendorffAlphaNominal([['a', 'a'], ['b', 'b'], ['a', 'a']])).toBe(1);
    expect(krippendorffAlphaNominal([['a', 'b'], ['b', 'a']])!).toBeLessThan(0);
    // Hand-computed: units (a,b),(b,a): o_ab = o_ba = 2, n = 4, D_o = 1, D_e = (16 - 8) / 12 = 2/3, alpha = -0.5.
    expect(krippendorffAlphaNominal([['a', 'b'], ['b', 'a']])).toBeCloseTo(-0.5, 10);
    expect(krippendorffAlphaNominal([['a', 'a'], ['a', 'a']])).toBeNull();
    expect(krippendorffAlphaNominal([['a']])).toBeNull();
  });
});
