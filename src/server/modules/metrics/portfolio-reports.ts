/** Cohort heatmap, ACV distribution and benchmark placement (GET /metrics/cohorts, /metrics/acv, /metrics/benchmarks). */
import { accountAcvs, acvBandSets, acvStats } from '../../../domain/metrics/acv-distribution.js';
import { cohortHeatmap } from '../../../domain/metrics/cohort-heatmap.js';
import { computePeriodReport } from '../../../domain/metrics/compute-report.js';
import { toDayNumber } from '../../../domain/metrics/day-numbers.js';
import { toMajorUnitsOf } from '../../../domain/metrics/exchange-rates.js';
import { annualFromMonthly, ratio } from '../../../domain/metrics/formulas.js';
import { addDays, addMonths, buildPeriods, monthStartOf } from '../../../domain/metrics/periods.js';
import { placeOnBenchmarks, type WorkspaceFigures } from '../../../domain/benchmarks/place-on-benchmarks.js';
import type { AccountLedger } from '../../../domain/metrics/account-ledger.js';
import type { MetricContext } from './metric-context.js';

export function cohortReport(ctx: MetricContext, ledgers: readonly AccountLedger[], from: string, to: string) {
  return { currency: ctx.calendar.baseCurrency, from, to, rows: cohortHeatmap(ledgers, from, to) };
}

export function acvReport(ctx: MetricContext, ledgers: readonly AccountLedger[], on: string) {
  const closeDay = toDayNumber(on) + 1;
  const acvs = accountAcvs(ledgers, closeDay).map((a) => a.acv);
  return {
    currency: ctx.calendar.baseCurrency,
    on,
    stats: acvStats(acvs),
    bandSets: acvBandSets(acvs, (currency) => toMajorUnitsOf(ctx.converter, currency, closeDay - 1)),
  };
}

/**
 * The workspace's figures over the 12 whole months ending at or before `on`: monthly revenue
 * churn and logo churn pooled over those months (sum of churned ÷ sum of start values), the
 * 12-month cohort NRR and GRR at their end, the quick ratio over them, and the average ACV
 * (ARPA × 12) at `on`.
 */
export function benchmarkReport(ctx: MetricContext, ledgers: readonly AccountLedger[], on: string) {
  const windowEnd = addDays(monthStartOf(addDays(on, 1)), -1);
  const windowStart = monthStartOf(addMonths(windowEnd, -11));
  const months = buildPeriods({ from: windowStart, to: windowEnd, interval: 'month', fiscalYearStartMonth: ctx.calendar.fiscalYearStartMonth });
  const report = computePeriodReport(ledgers, months, ctx.settings);
  const sum = (pick: (t: (typeof report.totals)[number]) => number) => report.totals.reduce((s, t) => s + pick(t), 0);
  const last = report.metrics[report.metrics.length - 1];
  const monthlyLogo = ratio(sum((t) => t.churnAccounts), sum((t) => t.payingStart));
  const closeDay = toDayNumber(on) + 1;
  const acvs = accountAcvs(ledgers, closeDay).map((a) => a.acv);
  const meanAcv = acvStats(acvs).mean;
  const inCurrency = (currency: string) => {
    const convert = meanAcv === null ? null : toMajorUnitsOf(ctx.converter, currency, closeDay - 1);
    return convert && meanAcv !== null ? convert(meanAcv) : null;
  };
  const figures: WorkspaceFigures = {
    monthlyRevenueChurn: ratio(sum((t) => t.churnAmount + t.contractionAmount), sum((t) => t.mrrStart)),
    nrr12m: last?.nrr12m ?? null,
    grr12m: last?.grr12m ?? null,
    averageAcvJpy: inCurrency('JPY'),
    averageAcvUsd: inCurrency('USD'),
    annualLogoChurn: monthlyLogo === null ? null : annualFromMonthly(monthlyLogo),
    quickRatio: ratio(sum((t) => t.newAmount + t.expansionAmount + t.reactivationAmount), sum((t) => t.churnAmount + t.contractionAmount)),
  };
  return {
    currency: ctx.calendar.baseCurrency, on, window: { from: windowStart, to: windowEnd },
    figures: placeOnBenchmarks(figures),
  };
}
