/**
 * Words for health numbers: the score (one decimal at most), a change in points with its sign,
 * and each measure's raw value in the unit its source counts in (sign-ins, hours, a share of
 * seats, days to renewal, a 1–5 sentiment…). Pure, given the translation function.
 */
import type { TFunction } from 'i18next';
import type { MeasureSource } from '../../../../domain/health/scorecard';
import type { Locale } from '../../../api/types';
import { formatMoney, formatNumber } from '../../../lib/format';
import { formatHours } from '../../usage/usage-format';

const intlLocale = (locale: Locale) => (locale === 'ja' ? 'ja-JP' : 'en-US');

function decimal(value: number, locale: Locale, digits = 1, sign = false): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    maximumFractionDigits: digits, ...(sign ? { signDisplay: 'exceptZero' as const } : {}),
  }).format(value);
}

/** 62.35 → "62.4"; 70 → "70"; null → "—". */
export function formatScore(score: number | null | undefined, locale: Locale): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return '—';
  return decimal(score, locale);
}

/** A change of score in points: +3.2 / −1 / 0 / "—". */
export function formatDelta(delta: number | null | undefined, locale: Locale): string {
  if (delta === null || delta === undefined || !Number.isFinite(delta)) return '—';
  return decimal(delta, locale, 1, true).replace('-', '−');
}

/** 0.4567 → "45.7%". */
export function formatShare(share: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

export interface MeasureFormatContext {
  locale: Locale;
  t: TFunction;
  /** the account's currency, for an MRR field */
  currency: string;
}

/**
 * A measure's raw value in its unit. Without the scorecard (`source` undefined) the number is
 * shown bare; a null value is "no data".
 */
export function formatMeasureValue(source: MeasureSource | undefined, value: number | null, ctx: MeasureFormatContext): string {
  const { locale, t } = ctx;
  if (value === null) return t('accountHealth.noData');
  const count = (key: string) => t(`accountHealth.units.${key}`, { count: Math.round(value), n: formatNumber(Math.round(value), locale) });
  switch (source?.type) {
    case 'logins': return count('logins');
    case 'events': return count('events');
    case 'active_users': return count('users');
    case 'feature_breadth': return count('features');
    case 'usage_time': return formatHours(value * 3600, locale);
    case 'active_user_ratio': return formatShare(value, locale);
    // The trend arrives already in percent (account-signals.ts percentChange).
    case 'trend': return `${decimal(value, locale, 1, true).replace('-', '−')}%`;
    case 'survey': return decimal(value, locale);
    case 'support_load': return source.field ? decimal(value, locale) : count('events');
    case 'sentiment': return t('accountHealth.units.sentiment', { n: Math.round(value), label: t(`accountHealth.sentiment.levels.${Math.round(value)}`) });
    case 'days_to_renewal': return value < 0
      ? t('accountHealth.units.daysOverdue', { count: -value, n: formatNumber(-value, locale) })
      : count('days');
    case 'goal_progress': return `${decimal(value, locale, 0)}%`;
    case 'overdue_reviews': return count('goals');
    case 'account_field':
      if (source.field === 'mrr') return formatMoney(Math.round(value), ctx.currency, locale);
      if (source.field === 'seats') return count('seats');
      return decimal(value, locale, 2);
    default: return decimal(value, locale, 2);
  }
}

/** "last 30 days" for measures read over a window; null for those that are not. */
export function measureWindow(source: MeasureSource | undefined, t: TFunction): string | null {
  if (!source || !('windowDays' in source)) return null;
  return t('accountHealth.window', { count: source.windowDays });
}
