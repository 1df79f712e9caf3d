/**
 * What the metrics engine takes: the dated history of subscription lines, the accounts'
 * segment fields, the workspace's currency context and its metric settings (the contested
 * choices of reference/metrics.md that a workspace may change).
 */
import type { IsoDate } from './day-numbers.js';

export type { IsoDate };

/** One row of subscription_events: the line's full state from `effectiveOn` until its next row. */
export interface LineEvent {
  subscriptionId: string;
  accountId: string;
  effectiveOn: IsoDate;
  status: string;
  /** ISO 4217 code of `mrr` */
  currency: string;
  /** end of the paid term (the renewal date), if known */
  endsOn: IsoDate | null;
  /** normalised monthly revenue of the line in its own currency, minor units (0 unless active or past due) */
  mrr: number;
}

/** When the MRR of a cancelled line leaves: at the end of the paid term (ChartMogul) or on the cancellation date (Stripe, Paddle). */
export const CHURN_RECOGNITIONS = ['period_end', 'cancellation'] as const;
export type ChurnRecognition = (typeof CHURN_RECOGNITIONS)[number];

export interface MetricSettings {
  churnRecognition: ChurnRecognition;
  /** a return to paying within this many days of leaving is not churn + reactivation; 0 = none (every return is a reactivation) */
  reactivationGapDays: number;
  /** acquisition cost of one new account, base-currency minor units; null = not entered */
  cac: number | null;
  /** gross margin, 0–100; null = not entered */
  grossMarginPercent: number | null;
}

export const DEFAULT_METRIC_SETTINGS: MetricSettings = {
  churnRecognition: 'period_end',
  reactivationGapDays: 0,
  cac: null,
  grossMarginPercent: null,
};

/** A rate in force from `validFrom`: base-currency major units per major unit of `currency`. */
export interface DatedRate {
  currency: string;
  validFrom: IsoDate;
  rate: number;
}

export interface CurrencyContext {
  baseCurrency: string;
  /** the workspace's fixed map, used when no dated rate is in force */
  fixedRates: Readonly<Record<string, number>>;
  datedRates: readonly DatedRate[];
}

export const MOVEMENT_TYPES = ['new', 'expansion', 'contraction', 'churn', 'reactivation'] as const;
export type MovementType = (typeof MOVEMENT_TYPES)[number];
