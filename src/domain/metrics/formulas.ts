/**
 * The SaaS metric formulas of reference/metrics.md as plain functions of numbers. Rates are
 * fractions (0.1 = 10%). A ratio whose denominator is zero is undefined and returns null —
 * shown as such, never as 0 (LTV with no churn is "undefined", not infinite or 0).
 */

export interface MovementTotals {
  /** MRR at the start of the period */
  start: number;
  new: number;
  expansion: number;
  contraction: number;
  churn: number;
  reactivation: number;
}

/** n ÷ d, or null when d is not positive. */
export function ratio(n: number, d: number): number | null {
  return d > 0 ? n / d : null;
}

/** Gross MRR churn rate (月次解約率, revenue basis): (churn + contraction) ÷ MRR at start. */
export function grossMrrChurnRate(m: Pick<MovementTotals, 'start' | 'churn' | 'contraction'>): number | null {
  return ratio(m.churn + m.contraction, m.start);
}

/** Net MRR churn rate: (churn + contraction − expansion − reactivation) ÷ MRR at start. */
export function netMrrChurnRate(m: Omit<MovementTotals, 'new'>): number | null {
  return ratio(m.churn + m.contraction - m.expansion - m.reactivation, m.start);
}

/** Period NRR: (start + expansion − contraction − churn) ÷ start, over the accounts paying at the start. */
export function netRevenueRetention(m: Pick<MovementTotals, 'start' | 'expansion' | 'contraction' | 'churn'>): number | null {
  return ratio(m.start + m.expansion - m.contraction - m.churn, m.start);
}

/** Period GRR: (start − contraction − churn) ÷ start, over the accounts paying at the start. */
export function grossRevenueRetention(m: Pick<MovementTotals, 'start' | 'contraction' | 'churn'>): number | null {
  return ratio(m.start - m.contraction - m.churn, m.start);
}

/** Quick ratio: (new + expansion + reactivation) ÷ (churn + contraction). */
export function quickRatio(m: Omit<MovementTotals, 'start'>): number | null {
  return ratio(m.new + m.expansion + m.reactivation, m.churn + m.contraction);
}

/** LTV = ARPA ÷ monthly churn rate; undefined (null) when churn is 0 or unknown. */
export function lifetimeValue(arpa: number | null, monthlyChurnRate: number | null): number | null {
  if (arpa === null || monthlyChurnRate === null || monthlyChurnRate <= 0) return null;
  return arpa / monthlyChurnRate;
}

/** The simple form: average purchase × purchase frequency × customer lifetime. */
export function simpleLifetimeValue(averagePurchase: number | null, purchasesPerMonth: number, lifetimeMonths: number | null): number | null {
  if (averagePurchase === null || lifetimeMonths === null) return null;
  return averagePurchase * purchasesPerMonth * lifetimeMonths;
}

/** CAC payback in months: CAC ÷ (ARPA × gross margin); null unless CAC and margin are entered. */
export function cacPaybackMonths(cac: number | null, arpa: number | null, grossMarginPercent: number | null): number | null {
  if (cac === null || arpa === null || grossMarginPercent === null) return null;
  return ratio(cac, (arpa * grossMarginPercent) / 100);
}

/** Compounding a monthly rate over a year: 1 − (1 − m)^12 (0.83%/month ≈ 9.5%/year). */
export function annualFromMonthly(monthly: number): number {
  return 1 - (1 - monthly) ** 12;
}

/** The monthly rate that compounds to `annual` over a year. */
export function monthlyFromAnnual(annual: number): number {
  return 1 - (1 - annual) ** (1 / 12);
}

/** The monthly rate equivalent to `rate` over `months` months, compounded (a month returns the rate itself). */
export function monthlyEquivalent(rate: number | null, months: number): number | null {
  if (rate === null || months <= 0) return null;
  if (months === 1 || rate >= 1) return rate >= 1 ? 1 : rate;
  return 1 - (1 - rate) ** (1 / months);
}

/** ACV: the recurring value of a contract per year, one-time fees excluded. */
export function annualContractValue(contract: { totalValue: number; years: number; oneTimeFees?: number }): number {
  return (contract.totalValue - (contract.oneTimeFees ?? 0)) / contract.years;
}
