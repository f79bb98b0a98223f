/**
 * @module scripts/lib/binary-metrics
 * Precision, recall and F1 of a yes/no decision against gold labels: one definition for the
 * calibration of operating points and for the pipeline's evaluation.
 */

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** An empty tally. */
export const emptyConfusion = (): Confusion => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

/**
 * Adds one decision to a tally.
 * @param c - the tally, changed in place.
 * @param gold - the gold label.
 * @param predicted - the decision.
 */
export function tally(c: Confusion, gold: boolean, predicted: boolean): void {
  if (gold && predicted) c.tp++;
  else if (predicted) c.fp++;
  else if (gold) c.fn++;
  else c.tn++;
}

/**
 * @param c - a tally.
 * @returns precision, recall and F1 of the positive class (0 where undefined).
 */
export function prf(c: Confusion): Prf {
  return {
    precision: c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn),
    f1: c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn),
  };
}

/**
 * Average precision (area under the precision-recall curve, step-wise, as scikit-learn computes it):
 * how well a score ranks the positives first. Tied scores enter the curve together.
 * @param items - gold label and score per item.
 * @returns average precision, or NaN when there is no positive.
 */
export function averagePrecision(items: readonly { gold: boolean; score: number }[]): number {
  const positives = items.filter((x) => x.gold).length;
  if (positives === 0) return Number.NaN;
  const sorted = [...items].sort((a, b) => b.score - a.score);
  let tp = 0;
  let seen = 0;
  let ap = 0;
  let prevRecall = 0;
  for (let i = 0; i < sorted.length; i++) {
    seen++;
    if (sorted[i]!.gold) tp++;
    if (i + 1 < sorted.length && sorted[i + 1]!.score === sorted[i]!.score) continue;
    const recall = tp / positives;
    ap += (recall - prevRecall) * (tp / seen);
    prevRecall = recall;
  }
  return ap;
}
