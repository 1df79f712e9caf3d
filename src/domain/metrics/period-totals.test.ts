import { describe, expect, it } from 'vitest';
import { addTotals, emptyTotals, resetTotals, type PeriodTotals } from './period-totals.js';

describe('period totals', () => {
  it('adds and resets every field (the field-by-field code misses none)', () => {
    const ones = Object.fromEntries(Object.keys(emptyTotals()).map((k) => [k, 1])) as unknown as PeriodTotals;
    const sum = emptyTotals();
    addTotals(sum, ones);
    addTotals(sum, ones);
    expect(Object.values(sum).every((v) => v === 2)).toBe(true);
    resetTotals(sum);
    expect(sum).toEqual(emptyTotals());
  });
});
