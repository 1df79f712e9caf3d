/** "¥10,000 / 月" or "$1,200.00 / 3 months": a unit price with its billing period. */
import type { TFunction } from 'i18next';
import type { BillingInterval } from '../../../domain/subscriptions/mrr';
import type { Locale } from '../../api/types';
import { formatMoney } from '../../lib/format';

export function periodText(interval: BillingInterval, count: number, t: TFunction): string {
  return count === 1 ? t(`billingPer.${interval}`) : t(`billingPerN.${interval}`, { count });
}

export function priceText(unitPrice: number, currency: string, interval: BillingInterval, count: number, locale: Locale, t: TFunction): string {
  return `${formatMoney(unitPrice, currency, locale)} / ${periodText(interval, count, t)}`;
}
