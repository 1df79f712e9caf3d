import { describe, expect, it } from 'vitest';
import { buildPeriods } from './periods.js';

describe('buildPeriods', () => {
  it('cuts calendar months and reads a whole month as 1 month', () => {
    const periods = buildPeriods({ from: '2025-01-01', to: '2025-03-31', interval: 'month', fiscalYearStartMonth: 4 });
    expect(periods.map((p) => [p.key, p.start, p.end, p.months])).toEqual([
      ['2025-01', '2025-01-01', '2025-01-31', 1], ['2025-02', '2025-02-01', '2025-02-28', 1], ['2025-03', '2025-03-01', '2025-03-31', 1],
    ]);
  });

  it('names an April fiscal year after the year it starts in (2025年度 = April 2025 – March 2026)', () => {
    const periods = buildPeriods({ from: '2025-01-01', to: '2026-06-30', interval: 'fiscal_year', fiscalYearStartMonth: 4 });
    expect(periods.map((p) => [p.key, p.start, p.end])).toEqual([
      ['FY2024', '2025-01-01', '2025-03-31'], ['FY2025', '2025-04-01', '2026-03-31'], ['FY2026', '2026-04-01', '2026-06-30'],
    ]);
    expect(periods[1]?.months).toBe(12);
  });

  it('aligns quarters with the fiscal year', () => {
    const periods = buildPeriods({ from: '2025-04-01', to: '2025-12-31', interval: 'quarter', fiscalYearStartMonth: 4 });
    expect(periods.map((p) => [p.key, p.start])).toEqual([['FY2025-Q1', '2025-04-01'], ['FY2025-Q2', '2025-07-01'], ['FY2025-Q3', '2025-10-01']]);
    const february = buildPeriods({ from: '2025-01-15', to: '2025-05-31', interval: 'quarter', fiscalYearStartMonth: 2 });
    expect(february.map((p) => [p.key, p.start, p.end])).toEqual([['FY2024-Q4', '2025-01-15', '2025-01-31'], ['FY2025-Q1', '2025-02-01', '2025-04-30'], ['FY2025-Q2', '2025-05-01', '2025-05-31']]);
  });

  it('clips the first and last periods to any date range, measuring them in days', () => {
    const periods = buildPeriods({ from: '2025-01-16', to: '2025-02-10', interval: 'month', fiscalYearStartMonth: 1 });
    expect(periods.map((p) => [p.start, p.end])).toEqual([['2025-01-16', '2025-01-31'], ['2025-02-01', '2025-02-10']]);
    expect(periods[0]?.months).toBeCloseTo((16 * 12) / 365, 12);
  });

  it('makes one period of a free range', () => {
    expect(buildPeriods({ from: '2025-01-10', to: '2025-03-09', interval: 'range', fiscalYearStartMonth: 4 }))
      .toMatchObject([{ key: '2025-01-10..2025-03-09', start: '2025-01-10', end: '2025-03-09' }]);
  });
});
