/**
 * Locale-aware presentation of money and dates (SPEC §4): yen without decimals and a
 * half-width ¥, other currencies with their minor digits; dates as 2026/04/01 (short)
 * or 2026年4月1日 (long) in Japanese and the locale's own format in English.
 * Date-only values ('YYYY-MM-DD') are formatted in UTC so they never shift a day.
 */
import { MINOR_DIGITS } from '../../domain/money/currency';
import type { Locale } from '../api/types';

const intlLocale = (locale: Locale) => (locale === 'ja' ? 'ja-JP' : 'en-US');

function minorDigitsOf(currency: string): number {
  return MINOR_DIGITS[currency.toUpperCase()] ?? 2;
}

/** Minor units → major units of the currency. */
export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** minorDigitsOf(currency);
}

/** Major units (as typed) → integer minor units. */
export function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** minorDigitsOf(currency));
}

export function formatMoney(minor: number | null | undefined, currency: string, locale: Locale): string {
  if (minor === null || minor === undefined) return '—';
  const digits = minorDigitsOf(currency);
  const text = new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits,
  }).format(toMajor(minor, currency));
  // ja-JP renders the full-width ￥; the half-width ¥ reads better beside Latin digits.
  return text.replace('￥', '¥');
}

/** Compact money for tight spaces (sparkline labels): ¥1.2M / ¥120万. */
export function formatMoneyCompact(minor: number, currency: string, locale: Locale): string {
  const text = new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1,
  }).format(toMajor(minor, currency));
  return text.replace('￥', '¥');
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

function parseDay(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** A calendar date in tables: 2026/04/01 or Apr 1, 2026. */
export function formatDate(day: string | null | undefined, locale: Locale): string {
  const date = day ? parseDay(day) : null;
  if (!date) return '—';
  const options: Intl.DateTimeFormatOptions = locale === 'ja'
    ? { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }
    : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(date);
}

/** A calendar date in headings: 2026年4月1日 or April 1, 2026. */
export function formatDateLong(day: string | null | undefined, locale: Locale): string {
  const date = day ? parseDay(day) : null;
  if (!date) return '—';
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A moment (ISO timestamp) in the viewer's time zone: 2026/04/01 14:05. */
export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  const options: Intl.DateTimeFormatOptions = locale === 'ja'
    ? { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }
    : { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(date);
}

/** "3 days ago" / "3日前", for timeline entries and last-used times; null under a minute (say "just now"). */
export function formatRelative(iso: string, locale: Locale, now: Date = new Date()): string | null {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  if (Math.abs(seconds) < 60) return null;
  const rtf = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' });
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60]];
  for (const [unit, size] of steps) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return null;
}

/** Days from today until a calendar date (negative when past). */
export function daysUntil(day: string, now: Date = new Date()): number | null {
  const date = parseDay(day);
  if (!date) return null;
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((date.getTime() - today) / 86400000);
}

/** Today as 'YYYY-MM-DD' in the viewer's calendar. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Name of a month (1–12): 4月 / April. */
export function monthName(month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, month - 1, 1)));
}

/** Employee-count band '50-99' → 50〜99名 / 50–99; '5000+' → 5,000名以上 / 5,000+. */
export function formatSizeBand(band: string | null | undefined, locale: Locale): string {
  if (!band) return '—';
  const n = (text: string) => formatNumber(Number(text), locale);
  const range = /^(\d+)-(\d+)$/.exec(band);
  if (range) return locale === 'ja' ? `${n(range[1] ?? '')}〜${n(range[2] ?? '')}名` : `${n(range[1] ?? '')}–${n(range[2] ?? '')}`;
  const open = /^(\d+)\+$/.exec(band);
  if (open) return locale === 'ja' ? `${n(open[1] ?? '')}名以上` : `${n(open[1] ?? '')}+`;
  return band;
}
