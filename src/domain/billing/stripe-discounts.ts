/**
 * Stripe discounts as the recurring discount percentage of each Kizuna line (MRR is "after
 * recurring discounts", reference/metrics.md).
 * - percent_off applies as it is.
 * - amount_off is turned into the share of the invoice it takes: a subscription-level coupon
 *   of ¥1,000 on a ¥10,000 invoice is 10% off every line of that subscription; an item-level
 *   one is a share of that item's amount. Kizuna keeps a percentage per line (SPEC §2), and
 *   the share keeps the account's MRR exactly what Stripe bills.
 * - Several discounts stack one after the other: 1 − Π(1 − share), capped at 100%.
 * - `once` coupons only touch one invoice and are not recurring, so they are left out.
 * - From API version 2025-03-31.basil, webhooks list discounts as ids only; a coupon that
 *   is not in the payload cannot be read, and is reported as a warning (MRR before it).
 */
import type { StripeCoupon, StripeDiscountRef } from './stripe-objects.js';

export interface DiscountShare {
  /** 0–100, two decimals */
  percent: number;
  warnings: string[];
}

/**
 * The percentage that `discounts` take off an invoice of `invoiceAmount` minor units of `currency`.
 * @example discountShareOf([{ coupon: { amount_off: 1000, currency: 'jpy', duration: 'forever' } }], 10000, 'JPY').percent === 10
 */
export function discountShareOf(discounts: readonly StripeDiscountRef[], invoiceAmount: number, currency: string): DiscountShare {
  const warnings: string[] = [];
  let remaining = 1;
  for (const discount of discounts) {
    if (typeof discount === 'string') {
      warnings.push(`discount ${discount} arrived as an id only; MRR is counted before it`);
      continue;
    }
    const coupon = discount.coupon ?? (typeof discount.source?.coupon === 'object' ? discount.source.coupon : null);
    if (!coupon) {
      warnings.push(`discount ${discount.id ?? '(no id)'} has no coupon details in the payload; MRR is counted before it`);
      continue;
    }
    const share = couponShare(coupon, invoiceAmount, currency, warnings);
    remaining *= 1 - Math.min(1, Math.max(0, share));
  }
  return { percent: Math.round((1 - remaining) * 10000) / 100, warnings };
}

function couponShare(coupon: StripeCoupon, invoiceAmount: number, currency: string, warnings: string[]): number {
  if (coupon.duration === 'once') return 0;
  if (coupon.percent_off !== null && coupon.percent_off !== undefined) return coupon.percent_off / 100;
  if (coupon.amount_off !== null && coupon.amount_off !== undefined) {
    if ((coupon.currency ?? '').toUpperCase() !== currency) {
      warnings.push(`coupon ${coupon.id ?? ''} takes ${coupon.amount_off} ${coupon.currency ?? '?'} off a ${currency} invoice; left out`);
      return 0;
    }
    return invoiceAmount > 0 ? coupon.amount_off / invoiceAmount : 0;
  }
  return 0;
}
