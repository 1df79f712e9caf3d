/**
 * Small builders of subscription histories for tests and benchmarks: a line's events as the
 * subscriptions module would record them (full state per row, MRR already normalised).
 */
import { prepareLedgers, computePeriodReport, type PeriodReport } from './compute-report.js';
import { DEFAULT_METRIC_SETTINGS, type CurrencyContext, type LineEvent, type MetricSettings } from './metric-inputs.js';
import { buildPeriods, type Interval } from './periods.js';

export interface EventOptions {
  status?: string;
  currency?: string;
  endsOn?: string | null;
}

/** One row of a line's history: from `on`, the line earns `mrr` (minor units of its currency). */
export function lineEvent(subscriptionId: string, accountId: string, on: string, mrr: number, options: EventOptions = {}): LineEvent {
  const status = options.status ?? 'active';
  return {
    subscriptionId, accountId, effectiveOn: on, status, currency: options.currency ?? 'JPY',
    endsOn: options.endsOn ?? null, mrr: status === 'active' || status === 'past_due' ? mrr : 0,
  };
}

/** The line's cancellation on `on`, its paid term running until `endsOn` (null: ends now). */
export function cancelEvent(subscriptionId: string, accountId: string, on: string, endsOn: string | null, currency = 'JPY'): LineEvent {
  return lineEvent(subscriptionId, accountId, on, 0, { status: 'cancelled', endsOn, currency });
}

export const JPY_ONLY: CurrencyContext = { baseCurrency: 'JPY', fixedRates: {}, datedRates: [] };

export interface ReportOptions {
  interval?: Interval;
  settings?: Partial<MetricSettings>;
  currency?: CurrencyContext;
  segments?: ReadonlyMap<string, string | null>;
  fiscalYearStartMonth?: number;
}

/** The engine end to end over `events`, for [from, to]. */
export function reportOf(events: readonly LineEvent[], from: string, to: string, options: ReportOptions = {}): PeriodReport {
  const settings = { ...DEFAULT_METRIC_SETTINGS, ...options.settings };
  const { ledgers } = prepareLedgers(events, options.currency ?? JPY_ONLY, settings);
  const periods = buildPeriods({ from, to, interval: options.interval ?? 'month', fiscalYearStartMonth: options.fiscalYearStartMonth ?? 4 });
  return computePeriodReport(ledgers, periods, settings, options.segments);
}
