/**
 * A Stripe subscription item's price as a Kizuna line's price: unit amount in minor units
 * (Stripe already sends zero-decimal currencies such as JPY in whole yen, as Kizuna stores
 * them), quantity, currency in capitals, and billing interval.
 *
 * Kizuna's intervals are day, week, month, quarter, year and multi-year (SPEC §2); only a
 * multi-year term carries a count. Stripe's every-3-months is a quarter, every-12-months a
 * year, every-N-years (or 12·N months) multi-year; any other count (every 2 weeks, every 6
 * months) is stored as the equivalent price per single interval, which keeps MRR exact to the
 * rounding of one minor unit.
 */
import { isSupportedCurrency } from '../money/currency.js';
import type { BillingInterval } from '../subscriptions/mrr.js';
import type { StripeSubscriptionItem } from './stripe-objects.js';

export interface LinePrice {
  unitPrice: number;
  quantity: number;
  currency: string;
  billingInterval: BillingInterval;
  intervalCount: number;
  /** what one invoice of this item comes to before discounts (for amount-off coupons) */
  invoiceAmount: number;
}

export type LinePriceResult = { ok: true; price: LinePrice } | { ok: false; reason: string };

export function linePriceOf(item: StripeSubscriptionItem): LinePriceResult {
  const price = item.price;
  if (!price) return { ok: false, reason: 'has no price' };
  if (!price.recurring) return { ok: false, reason: 'has a one-time price, which is not recurring revenue' };
  if (price.recurring.usage_type === 'metered') {
    return { ok: false, reason: 'is metered (usage-based), which MRR excludes (reference/metrics.md, MRR)' };
  }
  const currency = price.currency.toUpperCase();
  if (!isSupportedCurrency(currency)) return { ok: false, reason: `is priced in ${currency}, which Kizuna does not support` };
  const amount = price.unit_amount ?? decimalAmount(price.unit_amount_decimal);
  if (amount === null) {
    return { ok: false, reason: 'has a tiered price whose amounts Stripe does not include in webhook payloads' };
  }
  const quantity = billedQuantity(item.quantity ?? 1, price.transform_quantity);
  const interval = intervalOf(price.recurring.interval, price.recurring.interval_count);
  return {
    ok: true,
    price: {
      unitPrice: Math.round(amount / interval.divideBy),
      quantity,
      currency,
      billingInterval: interval.billingInterval,
      intervalCount: interval.intervalCount,
      invoiceAmount: amount * quantity,
    },
  };
}

function decimalAmount(text: string | null | undefined): number | null {
  if (!text || !/^\d+(\.\d+)?$/.test(text)) return null;
  return Math.round(Number(text));
}

/** Package pricing ("per 10 seats") bills whole packages: the line counts packages at the package price. */
function billedQuantity(quantity: number, transform: { divide_by: number; round: 'up' | 'down' } | null | undefined): number {
  if (!transform) return quantity;
  const packages = quantity / transform.divide_by;
  return transform.round === 'up' ? Math.ceil(packages) : Math.floor(packages);
}

interface KizunaInterval {
  billingInterval: BillingInterval;
  intervalCount: number;
  /** the Stripe amount is for this many Kizuna intervals */
  divideBy: number;
}

/**
 * @example intervalOf('month', 3) // { billingInterval: 'quarter', intervalCount: 1, divideBy: 1 }
 * @example intervalOf('month', 6) // { billingInterval: 'month', intervalCount: 1, divideBy: 6 }
 */
export function intervalOf(interval: 'day' | 'week' | 'month' | 'year', count: number): KizunaInterval {
  const single = (billingInterval: BillingInterval, divideBy = 1): KizunaInterval => ({ billingInterval, intervalCount: 1, divideBy });
  const years = interval === 'year' ? count : interval === 'month' && count % 12 === 0 ? count / 12 : null;
  if (years === 1) return single('year');
  if (years !== null) return { billingInterval: 'multi_year', intervalCount: years, divideBy: 1 };
  if (interval === 'month' && count === 3) return single('quarter');
  return single(interval as BillingInterval, count);
}
