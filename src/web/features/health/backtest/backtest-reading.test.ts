import { describe, expect, it } from 'vitest';
import { addDays, defaultAsOf, horizonFits, latestAsOf, readAuc, serverToday } from './backtest-reading';

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
