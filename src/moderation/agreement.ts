/**
 * @module moderation/agreement
 * Krippendorff's alpha for nominal data (any number of coders, missing values allowed), the measure
 * content-analysis teams use for inter-coder reliability: alpha = 1 - D_o / D_e, from the coincidence
 * matrix of pairable values (units with at least two values). No maintained npm package computes it
 * (the one published is an unmaintained 0.1.0), so it is implemented here and tested against
 * Krippendorff's own worked example.
 */

/**
 * Nominal alpha.
 * @param units - per unit, the values coders gave (missing values left out).
 * @returns alpha, or null when it is undefined (fewer than two pairable values, or a single value used
 *   throughout, where expected disagreement is zero).
 */
export function krippendorffAlphaNominal<T extends string | number | boolean>(units: readonly (readonly T[])[]): number | null {
  // o[c][k]: coincidences; each unit with m_u values adds 1/(m_u - 1) per ordered pair of its values.
  const coincidence = new Map<T, Map<T, number>>();
  const add = (c: T, k: T, w: number) => {
    let row = coincidence.get(c);
    if (!row) coincidence.set(c, (row = new Map()));
    row.set(k, (row.get(k) ?? 0) + w);
  };
  for (const values of units) {
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i !== j) add(values[i]!, values[j]!, 1 / (m - 1));
      }
    }
  }
  const nc = new Map<T, number>();
  let n = 0;
  let observedAgree = 0;
  for (const [c, row] of coincidence) {
    let sum = 0;
    for (const [k, w] of row) {
      sum += w;
      if (k === c) observedAgree += w;
    }
    nc.set(c, sum);
    n += sum;
  }
  if (n < 2) return null;
  const dObserved = (n - observedAgree) / n;
  let sumSquares = 0;
  for (const v of nc.values()) sumSquares += v * v;
  const dExpected = (n * n - sumSquares) / (n * (n - 1));
  if (dExpected === 0) return null;
  return 1 - dObserved / dExpected;
}
