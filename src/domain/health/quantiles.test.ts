import { describe, expect, it } from 'vitest';
import { percentileRank, quantilesOf } from './quantiles.js';

describe('quantiles', () => {
  it('interpolates between order statistics like numpy.percentile (linear)', () => {
    // numpy.percentile([1, 2, 3, 4], [0, 25, 50, 75, 100]) = [1, 1.75, 2.5, 3.25, 4]
    const q = quantilesOf([4, 1, 3, 2]);
    expect([q?.[0], q?.[25], q?.[50], q?.[75], q?.[100]]).toEqual([1, 1.75, 2.5, 3.25, 4]);
    expect(quantilesOf([])).toBeUndefined();
  });

  it('ranks ties at the middle of their run, and values outside the range at 0 and 100', () => {
    // 5 of 11 accounts have 0 logins: order statistics 0…4 of 0…10 are 0, so the quantiles 0…40
    // are all 0 and a 0 ranks at the middle of that run, 20.
    const q = quantilesOf([0, 0, 0, 0, 0, 10, 20, 30, 40, 50, 60]) ?? [];
    expect(percentileRank(0, q)).toBeCloseTo(20, 9);
    expect(percentileRank(-1, q)).toBe(0);
    expect(percentileRank(61, q)).toBe(100);
    expect(percentileRank(60, q)).toBe(100);
    // Between two quantiles: linear.
    const even = quantilesOf(Array.from({ length: 101 }, (_, i) => i * 2)) ?? [];
    expect(percentileRank(11, even)).toBeCloseTo(5.5, 9);
  });
});
