import { describe, expect, it } from 'vitest';
import { compareYears, meanChange, npsChange, shareDifference } from './compare-years.js';
import { leafResponses } from './cx-test-data.js';

const repeat = (value: number, times: number) => Array.from({ length: times }, () => value);

describe('shareDifference', () => {
  it('gives Newcombe\'s interval and the pooled z-test for 25/100 against 10/100', () => {
    // Newcombe (1998) method 10 from scipy.stats.binomtest(k, n).proportion_ci(method='wilson') of each year:
    //   low = d − √((p1 − l1)² + (u2 − p2)²) = 0.044702141644001894, high = d + √((u1 − p1)² + (p2 − l2)²) = 0.25325567471113897.
    // Pooled z = 0.15 / √(0.175 · 0.825 · 2/100) = 2.7914526311954124; p = 2·scipy.stats.norm.sf(z) = 0.00524720373911564.
    const d = shareDifference(25, 100, 10, 100);
    expect(d.difference).toBeCloseTo(0.15, 12);
    expect(d.low).toBeCloseTo(0.044702141644001894, 10);
    expect(d.high).toBeCloseTo(0.25325567471113897, 10);
    expect(d.pValue).toBeCloseTo(0.00524720373911564, 10);
    expect(d.verdict).toBe('changed');
  });

  it('is too small below MIN_GROUP_N responses in a year', () => {
    const d = shareDifference(2, 5, 10, 100);
    expect(d).toMatchObject({ verdict: 'too_small', pValue: null, low: null });
    expect(d.difference).toBeCloseTo(0.3, 12);
  });
});

describe('meanChange', () => {
  it('tests with Welch two-sided and gives the matching interval', () => {
    const current = [...repeat(5, 15), ...repeat(4, 8), ...repeat(3, 2)];
    const previous = [...repeat(5, 4), ...repeat(4, 4), ...repeat(3, 2)];
    // scipy.stats.ttest_ind(current, previous, equal_var=False): t = 1.136432937144906, p = 0.274573855667503,
    // df = 14.213249071104192; .confidence_interval(0.95) = (−0.28308612055765414, 0.9230861205576529).
    const m = meanChange(current, previous);
    expect(m.difference).toBeCloseTo(4.52 - 4.2, 12);
    expect(m.pValue).toBeCloseTo(0.274573855667503, 10);
    expect(m.low).toBeCloseTo(-0.28308612055765414, 9);
    expect(m.high).toBeCloseTo(0.9230861205576529, 9);
    expect(m.verdict).toBe('no_change');
  });
});

describe('npsChange', () => {
  it('compares two independent NPS with the multinomial variance of each', () => {
    // 50/30/20 (NPS 30) against 40/30/30 (NPS 10). Var = (p + d − (p − d)²)/n: (0.7 − 0.09)/100 = 0.0061 and
    // (0.7 − 0.01)/100 = 0.0069; z = 0.2/√0.013 = 1.7541160386140584; p = 2·scipy.stats.norm.sf(z) = 0.07941062599894223;
    // interval (0.2 ∓ scipy.stats.norm.ppf(0.975)·√0.013)·100 = (−2.3470276925195654, 42.34702769251957).
    const current = [...repeat(10, 50), ...repeat(8, 30), ...repeat(3, 20)];
    const previous = [...repeat(9, 40), ...repeat(7, 30), ...repeat(0, 30)];
    const d = npsChange(current, previous);
    expect(d.difference).toBeCloseTo(20, 10);
    expect(d.pValue).toBeCloseTo(0.07941062599894223, 10);
    expect(d.low).toBeCloseTo(-2.3470276925195654, 8);
    expect(d.high).toBeCloseTo(42.34702769251957, 8);
    expect(d.verdict).toBe('no_change');
  });
});

describe('compareYears', () => {
  it('compares two runs leaf by leaf and overall', () => {
    const current = [
      ...leafResponses('no_trouble', repeat(4, 30)), ...leafResponses('not_consulted', repeat(3, 10)),
      ...leafResponses('above', [...repeat(5, 15), ...repeat(4, 8), ...repeat(3, 2)]),
      ...leafResponses('as', repeat(4, 20)), ...leafResponses('below', repeat(2, 15)),
      { trouble: null, consulted: null, handling: null, csat: null, continuation: null, nps: null },
    ];
    const previous = [
      ...leafResponses('no_trouble', repeat(4, 30)), ...leafResponses('not_consulted', repeat(3, 30)),
      ...leafResponses('above', [...repeat(5, 4), ...repeat(4, 4), ...repeat(3, 2)]),
      ...leafResponses('as', repeat(4, 20)), ...leafResponses('below', repeat(2, 10)),
    ];
    const c = compareYears(current, previous);
    expect(c.current).toEqual({ responses: 101, classified: 100 });
    expect(c.previous).toEqual({ responses: 100, classified: 100 });
    const above = c.leaves.find((l) => l.leaf === 'above')!;
    expect([above.current.n, above.previous.n]).toEqual([25, 10]);
    // The same numbers as the shareDifference and meanChange examples above.
    expect(above.share.pValue).toBeCloseTo(0.00524720373911564, 10);
    expect(above.continuation.pValue).toBeCloseTo(0.274573855667503, 10);
    const noTrouble = c.leaves.find((l) => l.leaf === 'no_trouble')!;
    expect(noTrouble.share).toMatchObject({ difference: 0, pValue: 1, verdict: 'no_change' });
    // Every answer 4 in both years: no spread, Welch cannot be computed → too small to conclude, difference 0.
    expect(noTrouble.continuation).toMatchObject({ difference: 0, verdict: 'too_small' });
    expect(c.nps.verdict).toBe('too_small');
    expect(c.continuation.verdict).not.toBe('too_small');
  });
});
