import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeasureSource } from '../../../../domain/health/scorecard';
import en from '../../../i18n/en.json';
import ja from '../../../i18n/ja.json';
import { formatDelta, formatMeasureValue, formatScore, formatShare, measureWindow } from './health-format';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { ja: { translation: ja }, en: { translation: en } }, lng: 'ja', interpolation: { escapeValue: false } });
});
const ctx = (locale: 'ja' | 'en') => ({ locale, t: i18n.getFixedT(locale), currency: 'JPY' });
const show = (source: MeasureSource, value: number | null, locale: 'ja' | 'en' = 'ja') => formatMeasureValue(source, value, ctx(locale));

describe('health number formatting', () => {
  it('shows scores with at most one decimal and changes with a sign (a minus sign, not a hyphen)', () => {
    expect(formatScore(62.35, 'ja')).toBe('62.4');
    expect(formatScore(70, 'en')).toBe('70');
    expect(formatScore(null, 'ja')).toBe('—');
    expect(formatDelta(3.2, 'ja')).toBe('+3.2');
    expect(formatDelta(-5, 'en')).toBe('−5');
    expect(formatDelta(0, 'en')).toBe('0');
    expect(formatDelta(null, 'en')).toBe('—');
    // The explanation's weight is a share of the whole: 0.175 is 17.5% of the score.
    expect(formatShare(0.175, 'ja')).toBe('17.5%');
  });

  it('reads each measure in the unit its source counts in', () => {
    expect(show({ type: 'logins', windowDays: 30 }, 1234)).toBe('1,234回');
    expect(show({ type: 'logins', windowDays: 30 }, 1, 'en')).toBe('1 sign-in');
    expect(show({ type: 'logins', windowDays: 30 }, 1234, 'en')).toBe('1,234 sign-ins');
    expect(show({ type: 'active_users', windowDays: 30 }, 12)).toBe('12人');
    expect(show({ type: 'feature_breadth', windowDays: 30 }, 5, 'en')).toBe('5 features');
    // usage_time arrives in hours (account-signals.ts divides seconds by 3600).
    expect(show({ type: 'usage_time', windowDays: 30 }, 12.5)).toBe('12.5時間');
    expect(show({ type: 'usage_time', windowDays: 30 }, 12.5, 'en')).toBe('12.5 h');
    // 9 active users of 20 seats = 0.45.
    expect(show({ type: 'active_user_ratio', windowDays: 30 }, 0.45)).toBe('45%');
    // The trend is already a percent change (percentChange: 80 events after 100 = −20).
    expect(show({ type: 'trend', windowDays: 30, of: 'events' }, -20)).toBe('−20%');
    expect(show({ type: 'trend', windowDays: 30, of: 'events' }, 12.34, 'en')).toBe('+12.3%');
    expect(show({ type: 'sentiment' }, 4)).toBe('4 / 5（良い）');
    expect(show({ type: 'sentiment' }, 2, 'en')).toBe('2 / 5 (Poor)');
    expect(show({ type: 'days_to_renewal' }, 45)).toBe('45日');
    expect(show({ type: 'days_to_renewal' }, -3, 'en')).toBe('3 days overdue');
    expect(show({ type: 'account_field', field: 'mrr' }, 180000)).toBe('¥180,000');
    expect(show({ type: 'survey', metric: 'nps' }, 8.25)).toBe('8.3');
  });

  it('says "no data" rather than zero when a measure has no value, and a bare number without its scorecard', () => {
    expect(show({ type: 'logins', windowDays: 30 }, null)).toBe('データなし');
    expect(show({ type: 'logins', windowDays: 30 }, null, 'en')).toBe('No data');
    expect(formatMeasureValue(undefined, 3.14159, ctx('en'))).toBe('3.14');
  });

  it('names the window of windowed measures only', () => {
    expect(measureWindow({ type: 'logins', windowDays: 30 }, i18n.getFixedT('ja'))).toBe('直近30日');
    expect(measureWindow({ type: 'logins', windowDays: 30 }, i18n.getFixedT('en'))).toBe('last 30 days');
    expect(measureWindow({ type: 'sentiment' }, i18n.getFixedT('en'))).toBeNull();
  });
});
