/**
 * Monthly recurring revenue of one subscription line (reference/metrics.md, "MRR" and
 * "normalisation"): month ×1, quarter ÷3, year ÷12, multi-year ÷(12·years), week ×52/12,
 * day ×365/12; recurring discounts applied; trials, paused and cancelled lines count 0.
 */
export const BILLING_INTERVALS = ['day', 'week', 'month', 'quarter', 'year', 'multi_year'] as const;
export type BillingInterval = (typeof BILLING_INTERVALS)[number];

export const SUBSCRIPTION_STATUSES = ['trial', 'active', 'past_due', 'paused', 'cancelled'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export interface PricedLine {
  quantity: number;
  /** price of one unit for one billing period, in minor units */
  unitPrice: number;
  billingInterval: BillingInterval;
  /** years per term for multi-year contracts; 1 otherwise */
  intervalCount: number;
  /** recurring discount, 0–100 */
  discountPercent: number;
  status: SubscriptionStatus;
}

const MONTHS_PER_PERIOD: Record<BillingInterval, (count: number) => number> = {
  day: () => 12 / 365,
  week: () => 12 / 52,
  month: () => 1,
  quarter: () => 3,
  year: () => 12,
  multi_year: (years) => 12 * years,
};

/** True when the line earns recurring revenue (active or past due). */
export function isRevenueStatus(status: SubscriptionStatus): boolean {
  return status === 'active' || status === 'past_due';
}

/** MRR in the line's own currency, minor units, rounded half away from zero. */
export function monthlyRecurringRevenue(line: PricedLine): number {
  if (!isRevenueStatus(line.status)) return 0;
  const periodPrice = line.unitPrice * line.quantity * (1 - line.discountPercent / 100);
  const months = MONTHS_PER_PERIOD[line.billingInterval](Math.max(1, line.intervalCount));
  return Math.round(periodPrice / months);
}
