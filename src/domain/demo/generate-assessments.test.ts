import { describe, expect, it } from 'vitest';
import { daysBetween } from './calendar.js';
import { generateAssessments } from './generate-assessments.js';
import { MATURITY_AXES } from '../maturity/types.js';

describe('generateAssessments', () => {
  it('makes two assessments about a year apart, the later one better on the total and no worse on any axis', () => {
    for (const seed of [1, 7, 42, 2026]) {
      const [first, later] = generateAssessments({ seed, today: '2026-04-01' });
      const gap = daysBetween(first.assessedOn, later.assessedOn);
      expect(gap).toBeGreaterThanOrEqual(360);
      expect(gap).toBeLessThanOrEqual(370);
      expect(later.assessedOn < '2026-04-01').toBe(true);
      expect(later.total).toBeGreaterThan(first.total);
      for (const axis of MATURITY_AXES) expect(later.scores[axis]).toBeGreaterThanOrEqual(first.scores[axis]);
    }
  });

  it('starts near the 2018 Japanese average of 289 of 800 (SPEC §3.10)', () => {
    for (const seed of [1, 7, 42, 2026]) {
      const [first] = generateAssessments({ seed, today: '2026-04-01' });
      expect(first.total).toBeGreaterThan(200);
      expect(first.total).toBeLessThan(380);
    }
  });

  it('gives the same assessments for the same seed', () => {
    expect(generateAssessments({ seed: 5, today: '2026-04-01' })).toEqual(generateAssessments({ seed: 5, today: '2026-04-01' }));
  });
});
