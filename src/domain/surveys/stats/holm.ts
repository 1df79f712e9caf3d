/**
 * Holm's step-down adjustment (Holm 1979) for a family of tests, e.g. "the above-expectation leaf beats EVERY other
 * leaf": each pairwise p-value is adjusted so that rejecting where adjusted p < α keeps the family-wise error rate
 * at α, without Bonferroni's full m-fold penalty on every test.
 */

/**
 * Holm-adjusted p-values, in the order given: sort ascending, multiply the i-th smallest (i = 1…m) by m − i + 1,
 * carry the running maximum forward so the adjusted values keep the p-values' order, and cap at 1.
 * @example holm([0.01, 0.04, 0.03]) // [0.03, 0.06, 0.06]
 */
export function holm(pValues: number[]): number[] {
  pValues.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`pValues[${i}]: must be a probability in [0, 1], got ${p}`);
  });
  const m = pValues.length;
  const order = pValues.map((p, index) => ({ p, index })).sort((x, y) => x.p - y.p);
  const adjusted = new Array<number>(m).fill(0);
  let runningMax = 0;
  order.forEach(({ p, index }, i) => {
    runningMax = Math.max(runningMax, Math.min(1, (m - i) * p));
    adjusted[index] = runningMax;
  });
  return adjusted;
}
