/**
 * Parsers for single cells as people type them in Japanese and English spreadsheets. Each
 * takes the trimmed cell text and returns the stored value, or null when it cannot be read
 * (the caller words the row error). Width is folded first (NFKC), so full-width digits work.
 */
import { SIZE_BANDS, type SizeBand } from '../accounts/fields.js';
import { isSupportedCurrency } from '../money/currency.js';

const ERAS: Record<string, number> = { 令和: 2018, r: 2018, 平成: 1988, h: 1988 };

function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2999 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** Excel stores dates as days since 1899-12-30 (its 1900 leap-year bug is before serial 61). */
function excelSerialDate(serial: number): string | null {
  if (serial < 61 || serial > 401768) return null; // 1900-03-01 … 2999-12-31
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A date as 'YYYY-MM-DD': 2026/4/1, 2026-04-01, 2026.4.1, 2026年4月1日, 20260401, 令和8年4月1日,
 * R8.4.1, an Excel serial number (46113), with or without a time after it.
 * @example parseDate('2026年4月1日') === '2026-04-01'
 */
export function parseDate(text: string): string | null {
  const t = text.normalize('NFKC').trim().replace(/\s*\(.\)\s*/, ' ').trim(); // drop a weekday like "(水)"
  const ymd = /^(\d{4})\s*[/\-.年]\s*(\d{1,2})\s*[/\-.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (ymd) return isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const era = /^(令和|平成|[RrHh])\s*(\d{1,2}|元)\s*[/\-.年]\s*(\d{1,2})\s*[/\-.月]\s*(\d{1,2})\s*日?$/.exec(t);
  if (era) {
    const base = ERAS[era[1]!.toLowerCase()] ?? ERAS[era[1]!];
    const year = era[2] === '元' ? 1 : Number(era[2]);
    return base === undefined ? null : isoDate(base + year, Number(era[3]), Number(era[4]));
  }
  // five digits: a serial from 1927 on; four digits alone are more likely a year than a date
  if (/^\d{5}(\.\d+)?$/.test(t)) return excelSerialDate(Number(t));
  return null;
}

const COUNT_UNITS = /(席|名|人|社|件|日|ユーザー|ライセンス|アカウント|seats?|users?|licen[cs]es?|people|employees|days?)$/i;

/**
 * A whole number, with thousands separators and a trailing unit allowed ("1,200", "25席", "30日").
 * @example parseInteger('１，２００名') === 1200
 */
export function parseInteger(text: string): number | null {
  const t = text.normalize('NFKC').replace(/[,\s]/g, '').replace(COUNT_UNITS, '');
  if (!/^-?\d+(\.0+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : null;
}

/** A percentage 0–100 with at most two decimals: "10", "10%", "12.5 %". */
export function parsePercent(text: string): number | null {
  const t = text.normalize('NFKC').replace(/\s/g, '').replace(/%$/, '');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  const n = Number(t);
  return n <= 100 ? n : null;
}

/**
 * Checks an amount is written as a number parseAmount will read ("¥12,000", "1,200.50",
 * "１２０００円"); the conversion to minor units waits until the line's currency is known.
 */
export function isAmountText(text: string): boolean {
  return /^\d+(\.\d+)?$/.test(text.normalize('NFKC').replace(/[¥$€£,\s円]/g, ''));
}

const CURRENCY_WORDS: Record<string, string> = { '円': 'JPY', '¥': 'JPY', '日本円': 'JPY', '$': 'USD', 'ドル': 'USD', '米ドル': 'USD', '€': 'EUR', 'ユーロ': 'EUR' };

/** An ISO currency code Kizuna supports, from "JPY", "jpy", "円", "ドル" …; null otherwise. */
export function parseCurrency(text: string): string | null {
  const t = text.normalize('NFKC').trim();
  const code = (CURRENCY_WORDS[t] ?? t).toUpperCase();
  return isSupportedCurrency(code) ? code : null;
}

/** An email address, width-folded and lower-cased; null when it does not look like one. */
export function parseEmail(text: string): string | null {
  const t = text.normalize('NFKC').trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t) ? t : null;
}

const BAND_FLOORS: ReadonlyArray<[number, SizeBand]> = [[5000, '5000+'], [1000, '1000-4999'], [300, '300-999'], [100, '100-299'], [50, '50-99'], [1, '1-49']];

function bandOf(employees: number): SizeBand | null {
  return BAND_FLOORS.find(([floor]) => employees >= floor)?.[1] ?? null;
}

/**
 * The employee-count band of a head count ("250", "250名", "1,200人") or of a range or band
 * text ("100-299", "100〜299名", "5000名以上", "50名未満"). A range that straddles two bands is
 * refused rather than guessed.
 * @example parseSizeBand('250名') === '100-299'
 */
export function parseSizeBand(text: string): SizeBand | null {
  const t = text.normalize('NFKC').toLowerCase().replace(/[,\s]/g, '').replace(/[〜~～―–—]/g, '-')
    .replace(/(名|人|employees|people|社員)/g, '');
  if ((SIZE_BANDS as readonly string[]).includes(t)) return t as SizeBand;
  const atLeast = /^(\d+)(\+|以上|or more|ormore)$/.exec(t);
  if (atLeast) return Number(atLeast[1]) >= 5000 ? '5000+' : null;
  const below = /^(\d+)(未満|以下)$/.exec(t);
  if (below) {
    const top = Number(below[1]) - (below[2] === '未満' ? 1 : 0);
    return bandOf(1) === bandOf(top) ? bandOf(top) : null;
  }
  const range = /^(\d+)-(\d+)$/.exec(t);
  if (range) {
    const low = bandOf(Number(range[1]));
    return low !== null && low === bandOf(Number(range[2])) ? low : null;
  }
  return /^\d+$/.test(t) ? bandOf(Number(t)) : null;
}
