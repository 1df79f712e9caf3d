import { describe, expect, it } from 'vitest';
import { convertMinor, parseAmount } from './currency.js';

describe('parseAmount', () => {
  it('reads yen written the ways Japanese spreadsheets write it', () => {
    expect(parseAmount('¥12,000', 'JPY')).toBe(12_000);
    expect(parseAmount('１２０００円', 'JPY')).toBe(12_000);
    // Shift_JIS byte 0x5C is the yen sign; decoded it arrives as a backslash.
    expect(parseAmount('\\500,000', 'JPY')).toBe(500_000);
  });
  it('keeps cents for currencies that have them and refuses more decimals than the currency has', () => {
    expect(parseAmount('$1,200.50', 'USD')).toBe(120_050);
    expect(parseAmount('12.5', 'JPY')).toBeNull();
    expect(parseAmount('abc', 'USD')).toBeNull();
  });
});

describe('convertMinor', () => {
  it('converts cents to yen at a workspace rate (¥150 per dollar: $200.00 → ¥30,000)', () => {
    expect(convertMinor(20_000, 'USD', 'JPY', { USD: 150 })).toBe(30_000);
  });
  it('refuses a currency without a rate', () => {
    expect(() => convertMinor(100, 'EUR', 'JPY', { USD: 150 })).toThrow(/no exchange rate/);
  });
});
