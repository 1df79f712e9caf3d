/**
 * Every metric of one period, derived from its additive totals (period-totals.ts) with the
 * formulas of formulas.ts. Money is in base-currency minor units; rates are fractions and
 * null where undefined (nothing to divide by).
 */
import {
  annualFromMonthly, cacPaybackMonths, grossMrrChurnRate, grossRevenueRetention, lifetimeValue, monthlyEquivalent,
  netMrrChurnRate, netRevenueRetention, quickRatio, ratio, simpleLifetimeValue,
} from './formulas.js';
import type { MetricSettings } from './metric-inputs.js';
import type { PeriodTotals } from './period-totals.js';

const DAYS_PER_MONTH = 365 / 12;

export interface RateCountAmount {
  rate: number | null;
  count: number;
  amount: number;
}

export interface PeriodMetrics {
  /** MRR at the end of the period (closing) */
  mrr: number;
  mrrStart: number;
  arr: number;
  arpa: number | null;
  payingAccounts: number;
  payingAccountsStart: number;
  movements: { new: number; expansion: number; contraction: number; churn: number; reactivation: number; netNew: number };
  movementAccounts: { new: number; expansion: number; contraction: number; churn: number; reactivation: number };
  logoChurnRate: number | null;
  grossMrrChurnRate: number | null;
  netMrrChurnRate: number | null;
  retention: RateCountAmount;
  churn: RateCountAmount;
  upsell: RateCountAmount;
  nrr: number | null;
  grr: number | null;
  nrr12m: number | null;
  grr12m: number | null;
  logoRetention12m: number | null;
  ltv: number | null;
  ltvRevenueChurn: number | null;
  ltvSimple: number | null;
  averageLifetimeMonths: number | null;
  cacPaybackMonths: number | null;
  quickRatio: number | null;
  renewal: { logoRate: number | null; grossDollarRate: number | null; accountsUp: number; accountsRenewed: number; valueUp: number; valueRenewed: number };
  /** the period's churn rates as monthly rates, compounded (equal to the rates for a month) */
  monthly: { logoChurnRate: number | null; grossMrrChurnRate: number | null };
  /** the monthly rates compounded over a year: 1 − (1 − m)^12 */
  annualised: { logoChurnRate: number | null; grossMrrChurnRate: number | null };
}

/** The metrics of a period of `months` months from its totals. */
export function periodMetrics(t: PeriodTotals, months: number, settings: MetricSettings): PeriodMetrics {
  const arpa = ratio(t.mrrEnd, t.payingEnd);
  const logoChurnRate = ratio(t.churnAccounts, t.payingStart);
  const revenueChurn = grossMrrChurnRate(movesOf(t));
  const monthly = { logoChurnRate: monthlyEquivalent(logoChurnRate, months), grossMrrChurnRate: monthlyEquivalent(revenueChurn, months) };
  return {
    mrr: t.mrrEnd, mrrStart: t.mrrStart, arr: t.mrrEnd * 12, arpa, payingAccounts: t.payingEnd, payingAccountsStart: t.payingStart,
    ...movementFigures(t),
    logoChurnRate,
    grossMrrChurnRate: revenueChurn,
    netMrrChurnRate: netMrrChurnRate(movesOf(t)),
    ...retentionFigures(t, logoChurnRate),
    ...valueFigures(t, arpa, monthly, settings),
    renewal: {
      logoRate: ratio(t.renewalAccountsRenewed, t.renewalAccountsUp), grossDollarRate: ratio(t.renewalValueRenewed, t.renewalValueUp),
      accountsUp: t.renewalAccountsUp, accountsRenewed: t.renewalAccountsRenewed,
      valueUp: Math.round(t.renewalValueUp), valueRenewed: Math.round(t.renewalValueRenewed),
    },
    monthly,
    annualised: {
      logoChurnRate: monthly.logoChurnRate === null ? null : annualFromMonthly(monthly.logoChurnRate),
      grossMrrChurnRate: monthly.grossMrrChurnRate === null ? null : annualFromMonthly(monthly.grossMrrChurnRate),
    },
  };
}

function movesOf(t: PeriodTotals) {
  return {
    start: t.mrrStart, new: t.newAmount, expansion: t.expansionAmount, contraction: t.contractionAmount,
    churn: t.churnAmount, reactivation: t.reactivationAmount,
  };
}

function movementFigures(t: PeriodTotals): Pick<PeriodMetrics, 'movements' | 'movementAccounts' | 'quickRatio'> {
  return {
    movements: {
      new: t.newAmount, expansion: t.expansionAmount, contraction: t.contractionAmount, churn: t.churnAmount,
      reactivation: t.reactivationAmount,
      netNew: t.newAmount + t.expansionAmount + t.reactivationAmount - t.contractionAmount - t.churnAmount,
    },
    movementAccounts: {
      new: t.newAccounts, expansion: t.expansionAccounts, contraction: t.contractionAccounts, churn: t.churnAccounts,
      reactivation: t.reactivationAccounts,
    },
    quickRatio: quickRatio(movesOf(t)),
  };
}

type RetentionFigures = Pick<PeriodMetrics, 'retention' | 'churn' | 'upsell' | 'nrr' | 'grr' | 'nrr12m' | 'grr12m' | 'logoRetention12m'>;

function retentionFigures(t: PeriodTotals, logoChurnRate: number | null): RetentionFigures {
  const startBase = { start: t.mrrStart, expansion: t.startExpansion, contraction: t.startContraction, churn: t.startChurn };
  return {
    retention: { rate: ratio(t.retainedAccounts, t.payingStart), count: t.retainedAccounts, amount: t.mrrStart - t.startContraction - t.startChurn },
    churn: { rate: logoChurnRate, count: t.churnAccounts, amount: t.churnAmount },
    upsell: { rate: ratio(t.expansionAmount, t.mrrStart), count: t.expansionAccounts, amount: t.expansionAmount },
    nrr: netRevenueRetention(startBase),
    grr: grossRevenueRetention(startBase),
    nrr12m: ratio(t.cohortMrrNow, t.cohortMrrThen),
    grr12m: ratio(t.cohortMrrCapped, t.cohortMrrThen),
    logoRetention12m: ratio(t.cohortRetainedAccounts, t.cohortAccounts),
  };
}

type ValueFigures = Pick<PeriodMetrics, 'ltv' | 'ltvRevenueChurn' | 'ltvSimple' | 'averageLifetimeMonths' | 'cacPaybackMonths'>;

function valueFigures(t: PeriodTotals, arpa: number | null, monthly: PeriodMetrics['monthly'], settings: MetricSettings): ValueFigures {
  const lifetimeMonths = t.lifetimeAccounts > 0 ? t.lifetimeDays / t.lifetimeAccounts / DAYS_PER_MONTH : null;
  return {
    ltv: lifetimeValue(arpa, monthly.logoChurnRate),
    ltvRevenueChurn: lifetimeValue(arpa, monthly.grossMrrChurnRate),
    ltvSimple: simpleLifetimeValue(arpa, 1, lifetimeMonths),
    averageLifetimeMonths: lifetimeMonths,
    cacPaybackMonths: cacPaybackMonths(settings.cac, arpa, settings.grossMarginPercent),
  };
}
