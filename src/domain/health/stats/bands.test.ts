import { describe, expect, it } from 'vitest';
import { lift, rateByGroup } from './bands.js';

describe('rateByGroup', () => {
  it('counts rows and positives per group, in order of first appearance', () => {
    // Hand count: red 3 rows / 2 churned; green 4 / 0; yellow 3 / 1.
    const groups = ['red', 'green', 'red', 'yellow', 'green', 'green', 'red', 'yellow', 'green', 'yellow'];
    const churned = [true, false, true, false, false, false, false, true, false, false];
    expect(rateByGroup(groups, churned)).toEqual([
      { group: 'red', n: 3, positives: 2, rate: 2 / 3 },
      { group: 'green', n: 4, positives: 0, rate: 0 },
      { group: 'yellow', n: 3, positives: 1, rate: 1 / 3 },
    ]);
  });

  it('is empty for no rows and names the field on a length mismatch', () => {
    expect(rateByGroup([], [])).toEqual([]);
    expect(() => rateByGroup(['red'], [])).toThrow(/^positives/);
  });
});

describe('lift', () => {
  it('divides a group rate by the overall rate: red above churns 2/3 ÷ 3/10 = 2.22× as often', () => {
    expect(lift(2 / 3, 3 / 10)).toBeCloseTo(20 / 9, 14);
    expect(lift(0, 3 / 10)).toBe(0);
  });

  it('is null when nobody churned overall', () => {
    expect(lift(0, 0)).toBeNull();
  });
});
