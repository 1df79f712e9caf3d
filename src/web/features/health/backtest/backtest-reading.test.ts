import { describe, expect, it } from 'vitest';
import { rocAuc } from '../../../../domain/health/stats/roc';
import { addDays, readSuggestion, defaultAsOf, horizonFits, latestAsOf, readAuc, serverToday } from './backtest-reading';

describe('reading an AUC (Hosmer & Lemeshow 2000, §5.2.4)', () => {
  it('reads 0.5 as chance, 0.7 as useful and 0.8 as strong', () => {
    expect(readAuc(0.5)).toBe('chance');
    expect(readAuc(0.65)).toBe('weak');
    expect(readAuc(0.7)).toBe('useful');
    expect(readAuc(0.79)).toBe('useful');
    expect(readAuc(0.8)).toBe('strong');
    expect(readAuc(0.97)).toBe('strong');
  });

  it('says when the score ranks backwards or could not be measured', () => {
    expect(readAuc(0.3)).toBe('inverse');
    expect(readAuc(null)).toBe('none');
  });
});

describe('backtest dates', () => {
  it('adds days across month and leap-year ends without shifting a day', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
  });

  it('defaults to 180 days before today, and accepts a horizon that ends today at the latest', () => {
    expect(defaultAsOf('2026-07-01')).toBe('2026-01-02');
    expect(horizonFits('2026-01-02', 180, '2026-07-01')).toBe(true);
    expect(horizonFits('2026-01-03', 180, '2026-07-01')).toBe(false);
    expect(latestAsOf('2026-07-01', 90)).toBe('2026-04-02');
  });

  it('counts today as the server does, in UTC: 08:00 in Tokyo on 24 Nov is still 23 Nov', () => {
    expect(serverToday(new Date('2026-11-24T08:00:00+09:00'))).toBe('2026-11-23');
  });
});

describe('reading the suggested weights', () => {
  it('trusts a suggestion only when it beats the current scorecard on the held-out accounts', () => {
    expect(readSuggestion({ currentHeldOutAuc: 0.77, suggestedHeldOutAuc: 0.81, testChurned: 20 })).toEqual({ versusCurrent: 'better', oneChurnerStep: null });
    // The demo workspace as of 2026-02-01 (seed 42): 0.42 against 0.77 with 4 churners held out.
    expect(readSuggestion({ currentHeldOutAuc: 0.77, suggestedHeldOutAuc: 0.42, testChurned: 4 }).versusCurrent).toBe('worse');
    // Compared as shown, to two decimals: 0.701 and 0.699 both read 0.70.
    expect(readSuggestion({ currentHeldOutAuc: 0.699, suggestedHeldOutAuc: 0.701, testChurned: 20 }).versusCurrent).toBe('same');
    expect(readSuggestion({ currentHeldOutAuc: 1, suggestedHeldOutAuc: 1, testChurned: 4 }).versusCurrent).toBe('same');
    expect(readSuggestion({ currentHeldOutAuc: null, suggestedHeldOutAuc: 0.7, testChurned: 20 }).versusCurrent).toBeNull();
  });

  it('says how far one churner can move an AUC when few are held out: 1 / n', () => {
    // 4 churners × 3 stayers = 12 pairs; one churner moved from below every stayer to above them
    // flips its 3 pairs: 3 / 12 = 0.25 = 1 / 4.
    expect(readSuggestion({ currentHeldOutAuc: 0.8, suggestedHeldOutAuc: 0.9, testChurned: 4 }).oneChurnerStep).toBe(0.25);
    const churned = [true, true, true, true, false, false, false];
    const before = rocAuc([9, 8, 7, 1, 4, 5, 6], churned); // risk: the churner at 1 is below every stayer
    const after = rocAuc([9, 8, 7, 10, 4, 5, 6], churned); // …and now above every stayer
    expect((after ?? NaN) - (before ?? NaN)).toBeCloseTo(0.25, 12);
    expect(readSuggestion({ currentHeldOutAuc: 0.8, suggestedHeldOutAuc: 0.9, testChurned: 10 }).oneChurnerStep).toBeNull();
    expect(readSuggestion({ currentHeldOutAuc: null, suggestedHeldOutAuc: null, testChurned: 0 }).oneChurnerStep).toBeNull();
  });
});
