/** The formatting functions bound to the current UI language. */
import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/types';
import { formatDate, formatDateLong, formatDateTime, formatMoney, formatMoneyCompact, formatNumber, formatRelative, formatSizeBand, todayIso } from './format';

export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'ja';
}

export function useFormat() {
  const { t } = useTranslation();
  const locale = useLocale();
  return {
    locale,
    money: (minor: number | null | undefined, currency: string) => formatMoney(minor, currency, locale),
    moneyCompact: (minor: number, currency: string) => formatMoneyCompact(minor, currency, locale),
    number: (value: number) => formatNumber(value, locale),
    date: (day: string | null | undefined) => formatDate(day, locale),
    dateLong: (day: string | null | undefined) => formatDateLong(day, locale),
    dateTime: (iso: string | null | undefined) => formatDateTime(iso, locale),
    /** The calendar day (in the viewer's zone) of an ISO timestamp. */
    dayOf: (iso: string | null | undefined) => (iso ? formatDate(todayIso(new Date(iso)), locale) : '—'),
    relative: (iso: string) => formatRelative(iso, locale) ?? t('common.justNow'),
    sizeBand: (band: string | null | undefined) => formatSizeBand(band, locale),
  };
}
