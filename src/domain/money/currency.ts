/**
 * Money is held as integers of the currency's minor unit (SPEC §4): JPY has none,
 * USD and EUR have cents. Conversion rates are fixed per workspace.
 */
export const MINOR_DIGITS: Readonly<Record<string, number>> = {
  JPY: 0, KRW: 0, USD: 2, EUR: 2, GBP: 2, CNY: 2, TWD: 2, SGD: 2, AUD: 2, CAD: 2, HKD: 2, THB: 2, INR: 2, CHF: 2,
};

export const SUPPORTED_CURRENCIES = Object.keys(MINOR_DIGITS);

export function minorDigits(currency: string): number {
  const digits = MINOR_DIGITS[currency.toUpperCase()];
  if (digits === undefined) throw new RangeError(`unsupported currency ${currency}`);
  return digits;
}

export function isSupportedCurrency(currency: string): boolean {
  return MINOR_DIGITS[currency.toUpperCase()] !== undefined;
}

/** Parse a decimal amount written by a person ("¥12,000", "1,200.50", "１２０００") into minor units. */
export function parseAmount(text: string, currency: string): number | null {
  // In Shift_JIS files the yen sign is byte 0x5C, which decoders turn into a backslash.
  const cleaned = text.normalize('NFKC').replace(/[¥\\$€£,\s円]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  const digits = minorDigits(currency);
  const [whole = '0', frac = ''] = cleaned.replace('-', '').split('.');
  if (frac.length > digits) return null;
  const minor = Number(whole) * 10 ** digits + Number(frac.padEnd(digits, '0') || '0');
  return cleaned.startsWith('-') ? -minor : minor;
}

/**
 * Convert minor units of one currency into minor units of the base currency.
 * `rates` gives how many base-currency major units one major unit of a currency is worth.
 */
export function convertMinor(amountMinor: number, from: string, base: string, rates: Readonly<Record<string, number>>): number {
  if (from === base) return amountMinor;
  const rate = rates[from];
  if (rate === undefined) throw new RangeError(`no exchange rate from ${from} to ${base}`);
  const major = amountMinor / 10 ** minorDigits(from);
  return Math.round(major * rate * 10 ** minorDigits(base));
}
