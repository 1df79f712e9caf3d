/**
 * Presentation of metric values beside money (lib/format): rates as percentages with one
 * decimal, ratios and months with one decimal, period keys ('2025-04', 'FY2025-Q1', 'FY2025')
 * as words of the locale. A null figure is undefined (nothing to divide by) and reads "—".
 */
import type { Locale } from '../../api/types';

const intlLocale = (locale: Locale) => (locale === 'ja' ? 'ja-JP' : 'en-US');

/** 0.052 → "5.2%". */
export function formatRate(rate: number | null | undefined, locale: Locale): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
}

/** Quick ratio and the like: 2.345 → "2.3". */
export function formatRatio(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** 14.25 → "14.3か月" / "14.3 mo". */
export function formatMonths(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const n = formatRatio(value, locale);
  return locale === 'ja' ? `${n}か月` : `${n} mo`;
}

/** A report period's key as a short label: 2025年4月 / Apr 2025; 2025年度 Q1 / FY2025 Q1; 2025年度 / FY2025. */
export function formatPeriodKey(key: string, locale: Locale): string {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return new Intl.DateTimeFormat(intlLocale(locale), { year: 'numeric', month: locale === 'ja' ? 'long' : 'short', timeZone: 'UTC' }).format(date);
  }
  const fiscal = /^FY(\d{4})(?:-Q(\d))?$/.exec(key);
  if (fiscal) {
    const year = fiscal[1] ?? '';
    const quarter = fiscal[2] ? ` Q${fiscal[2]}` : '';
    return locale === 'ja' ? `${year}年度${quarter}` : `FY${year}${quarter}`;
  }
  return key.replace('..', ' – ');
}

/** A cohort 'YYYY-MM' as a short month label. */
export function formatCohort(cohort: string, locale: Locale): string {
  return formatPeriodKey(cohort, locale);
}
