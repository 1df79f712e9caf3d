/** Prices of the demo vendor's lines, and an account's MRR in yen to keep every account within its bounds. */
import { minorDigits } from '../money/currency.js';
import type { BillingInterval } from '../subscriptions/mrr.js';
import { MONTHS_BILLED_PER_YEAR, MULTI_YEAR_FACTOR, SEAT_PRICE, USD_RATE, type AddOn, type PlanName } from './catalog.js';
import type { DemoLineState } from './demo-types.js';

export type Currency = DemoLineState['currency'];

export interface Billing {
  billingInterval: BillingInterval;
  intervalCount: number;
}

/** Price of `monthly` for one billing period of this contract. */
export function periodPrice(monthly: number, billing: Billing): number {
  switch (billing.billingInterval) {
    case 'year':
      return monthly * MONTHS_BILLED_PER_YEAR;
    case 'multi_year':
      return Math.round(monthly * MONTHS_BILLED_PER_YEAR * billing.intervalCount * MULTI_YEAR_FACTOR);
    default:
      return monthly;
  }
}

export function seatUnitPrice(plan: PlanName, currency: Currency, billing: Billing): number {
  return periodPrice(SEAT_PRICE[plan][currency], billing);
}

export function addOnUnitPrice(addOn: AddOn, currency: Currency): number {
  return addOn.monthly[currency];
}

export const DEMO_RATES: Readonly<Record<string, number>> = { USD: USD_RATE };

/**
 * The account's MRR in yen: its lines' MRR converted at the workspace's fixed rate, summed,
 * then rounded once — the same arithmetic as refreshAccountRevenue, so the numbers agree.
 */
export function accountMrrJpy(lines: ReadonlyArray<Pick<DemoLineState, 'mrr' | 'currency'>>): number {
  const total = lines.reduce((sum, line) => {
    if (line.currency === 'JPY') return sum + line.mrr;
    return sum + (line.mrr * (DEMO_RATES[line.currency] ?? 0)) / 10 ** minorDigits(line.currency);
  }, 0);
  return Math.round(total);
}

/** Fewest seats that keep a plan at the minimum account MRR (list price, before discounts). */
export function minimumSeats(plan: PlanName, floorJpy: number): number {
  return Math.ceil(floorJpy / SEAT_PRICE[plan].JPY);
}
