import { describe, expect, it } from 'vitest';
import { holm } from './holm.js';

describe('holm', () => {
  it('adjusts the worked example: four pairwise tests of one leaf against the others', () => {
    // By hand, m = 4. Sorted: 0.005 (4th given), 0.01 (1st), 0.03 (3rd), 0.04 (2nd).
    //   i = 1: 4 × 0.005 = 0.02
    //   i = 2: 3 × 0.01  = 0.03  (running max 0.03)
    //   i = 3: 2 × 0.03  = 0.06  (running max 0.06)
    //   i = 4: 1 × 0.04  = 0.04  → raised to the running max 0.06, so the adjusted values keep the p-values' order
    // Back in the given order: [0.03, 0.06, 0.06, 0.02]. At α = 0.05 only the 1st and 4th comparisons hold, where
    // unadjusted all four would have (and Bonferroni, 4 × p, would keep the same two: 0.04, 0.16, 0.12, 0.02).
    const adjusted = holm([0.01, 0.04, 0.03, 0.005]);
    const expected = [0.03, 0.06, 0.06, 0.02];
    adjusted.forEach((p, i) => expect(p).toBeCloseTo(expected[i]!, 15));
  });

  it('caps at 1 and carries ties through', () => {
    // [0.5, 0.6]: 2 × 0.5 = 1.0, then 0.6 is raised to 1.0. [0.02, 0.02, 0.9]: 3 × 0.02 = 0.06, 2 × 0.02 = 0.04 → 0.06, 0.9.
    expect(holm([0.5, 0.6])).toEqual([1, 1]);
    const tied = holm([0.02, 0.02, 0.9]);
    expect(tied[0]).toBeCloseTo(0.06, 15);
    expect(tied[1]).toBeCloseTo(0.06, 15);
    expect(tied[2]).toBeCloseTo(0.9, 15);
  });

  it('leaves a single test alone and an empty family empty', () => {
    expect(holm([0.037])).toEqual([0.037]);
    expect(holm([])).toEqual([]);
  });

  it('never lowers a p-value', () => {
    const ps = [0.2, 0.001, 0.049, 0.03, 0.5, 0.0101];
    holm(ps).forEach((p, i) => expect(p).toBeGreaterThanOrEqual(ps[i]!));
  });

  it('names a value that is not a probability', () => {
    expect(() => holm([0.1, 1.2])).toThrow(/^pValues\[1\]:/);
    expect(() => holm([NaN])).toThrow(/^pValues\[0\]:/);
  });
});
