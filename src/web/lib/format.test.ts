import { describe, expect, it } from 'vitest';
import { formatDate, formatDateLong, formatMoney, formatSizeBand } from './format';

describe('money and dates as SPEC §4 asks', () => {
  it('shows yen with a half-width ¥ and no decimals in both languages', () => {
    expect(formatMoney(150000, 'JPY', 'ja')).toBe('¥150,000');
    expect(formatMoney(150000, 'JPY', 'en')).toBe('¥150,000');
  });

  it('shows other currencies with their minor digits (1234 cents = $12.34)', () => {
    expect(formatMoney(1234, 'USD', 'en')).toBe('$12.34');
  });

  it('writes Japanese dates as 2026/04/01 in tables and 2026年4月1日 in headings, without shifting the day', () => {
    expect(formatDate('2026-04-01', 'ja')).toBe('2026/04/01');
    expect(formatDateLong('2026-04-01', 'ja')).toBe('2026年4月1日');
    expect(formatDate('2026-04-01', 'en')).toBe('Apr 1, 2026');
  });

  it('words employee bands the Japanese way (名, 以上)', () => {
    expect(formatSizeBand('50-99', 'ja')).toBe('50〜99名');
    expect(formatSizeBand('5000+', 'ja')).toBe('5,000名以上');
    expect(formatSizeBand('5000+', 'en')).toBe('5,000+');
  });
});
