/** The formatters chart options need, bound to the locale and the report currency. */
import { useMemo } from 'react';
import { formatMoney, formatMoneyCompact } from '../../lib/format';
import { useLocale } from '../../lib/use-format';
import { formatRate } from './metric-format';

export function useChartFormatters(currency: string) {
  const locale = useLocale();
  return useMemo(() => ({
    money: (minor: number) => formatMoney(Math.round(minor), currency, locale),
    moneyCompact: (minor: number) => formatMoneyCompact(minor, currency, locale),
    rate: (rate: number | null) => formatRate(rate, locale),
  }), [currency, locale]);
}
