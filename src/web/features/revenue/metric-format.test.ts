import { describe, expect, it } from 'vitest';
import { formatMonths, formatPeriodKey, formatRate, formatRatio } from './metric-format';

describe('metric formatting', () => {
  it('shows rates as percentages with one decimal and null as a dash (metrics README: null means undefined)', () => {
    expect(formatRate(0.052, 'ja')).toBe('5.2%');
    expect(formatRate(1.0849, 'en')).toBe('108.5%');
    expect(formatRate(null, 'ja')).toBe('—');
    expect(formatRate(0, 'en')).toBe('0.0%');
  });

  it('shows ratios and months with one decimal', () => {
    expect(formatRatio(2.345, 'en')).toBe('2.3');
    expect(formatMonths(14.25, 'ja')).toBe('14.3か月');
    expect(formatMonths(null, 'en')).toBe('—');
  });

  it('names month, fiscal-quarter and fiscal-year periods in each language', () => {
    expect(formatPeriodKey('2025-04', 'ja')).toBe('2025年4月');
    expect(formatPeriodKey('2025-04', 'en')).toBe('Apr 2025');
    expect(formatPeriodKey('FY2025-Q1', 'ja')).toBe('2025年度 Q1');
    expect(formatPeriodKey('FY2025', 'en')).toBe('FY2025');
  });
});
