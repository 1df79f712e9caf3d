/**
 * HTTP shapes of the metrics reports (the dashboards read these). Money is in minor units of
 * the workspace base currency (`currency`); rates are fractions (0.05 = 5%); a null figure
 * is undefined (nothing to divide by), never zero.
 */
import { z } from '@hono/zod-openapi';
import { MOVEMENT_TYPES } from '../../../domain/metrics/metric-inputs.js';

const rate = z.number().nullable();
const RateCountAmount = z.object({ rate, count: z.number().int(), amount: z.number() });
const MovementAmounts = z.object({
  new: z.number(), expansion: z.number(), contraction: z.number(), churn: z.number(), reactivation: z.number(),
});

export const PeriodMetrics = z.object({
  mrr: z.number().openapi({ description: 'MRR at the close of the period' }),
  mrrStart: z.number().openapi({ description: 'MRR at the close of the day before the period' }),
  arr: z.number(),
  arpa: rate,
  payingAccounts: z.number().int(),
  payingAccountsStart: z.number().int(),
  movements: MovementAmounts.extend({ netNew: z.number() }),
  movementAccounts: MovementAmounts.openapi({ description: 'accounts with at least one movement of each kind' }),
  logoChurnRate: rate,
  grossMrrChurnRate: rate,
  netMrrChurnRate: rate,
  retention: RateCountAmount,
  churn: RateCountAmount,
  upsell: RateCountAmount,
  nrr: rate,
  grr: rate,
  nrr12m: rate,
  grr12m: rate,
  logoRetention12m: rate,
  ltv: rate,
  ltvRevenueChurn: rate,
  ltvSimple: rate,
  averageLifetimeMonths: rate,
  cacPaybackMonths: rate,
  quickRatio: rate,
  renewal: z.object({
    logoRate: rate, grossDollarRate: rate, accountsUp: z.number().int(), accountsRenewed: z.number().int(),
    valueUp: z.number(), valueRenewed: z.number(),
  }),
  monthly: z.object({ logoChurnRate: rate, grossMrrChurnRate: rate }),
  annualised: z.object({ logoChurnRate: rate, grossMrrChurnRate: rate }),
}).openapi('PeriodMetrics');

export const ReportPeriod = z.object({
  key: z.string().openapi({ example: '2025-04' }),
  start: z.string(),
  end: z.string().openapi({ description: 'last day, inclusive' }),
  months: z.number(),
}).openapi('ReportPeriod');

export const MetricSettingsShape = z.object({
  churnRecognition: z.enum(['period_end', 'cancellation']),
  reactivationGapDays: z.number().int(),
  cac: z.number().int().nullable(),
  grossMarginPercent: z.number().nullable(),
}).openapi('MetricSettingsValues');

const Warning = z.object({ code: z.literal('missing_rate'), currency: z.string() });

export const MetricsSummary = z.object({
  currency: z.string(),
  interval: z.string(),
  from: z.string(),
  to: z.string(),
  fiscalYearStartMonth: z.number().int(),
  settings: MetricSettingsShape,
  periods: z.array(ReportPeriod),
  total: z.array(PeriodMetrics).openapi({ description: 'one entry per period, aligned with `periods`' }),
  segment: z.object({
    field: z.string(),
    values: z.array(z.object({ value: z.string().nullable(), label: z.string(), metrics: z.array(PeriodMetrics) })),
  }).nullable(),
  warnings: z.array(Warning),
}).openapi('MetricsSummary');
export type MetricsSummary = z.infer<typeof MetricsSummary>;

export const MovementList = z.object({
  currency: z.string(),
  from: z.string(),
  to: z.string(),
  items: z.array(z.object({
    date: z.string(), accountId: z.string(), accountName: z.string(), type: z.enum(MOVEMENT_TYPES),
    mrrBefore: z.number(), mrrAfter: z.number(), amount: z.number(),
  })),
  totals: z.record(z.string(), z.object({ movements: z.number().int(), accounts: z.number().int(), amount: z.number() })),
}).openapi('MetricsMovementList');

export const PayingAccountList = z.object({
  currency: z.string(),
  on: z.string(),
  items: z.array(z.object({ accountId: z.string(), accountName: z.string(), mrr: z.number(), acv: z.number() })),
  total: z.object({ accounts: z.number().int(), mrr: z.number() }),
}).openapi('MetricsPayingAccountList');

export const RenewalList = z.object({
  currency: z.string(),
  from: z.string(),
  to: z.string(),
  items: z.array(z.object({
    date: z.string(), accountId: z.string(), accountName: z.string(), valueBefore: z.number(), valueAfter: z.number(), renewed: z.boolean(),
  })),
}).openapi('MetricsRenewalList');

const Text = z.object({ ja: z.string(), en: z.string() });

export const CohortReport = z.object({
  currency: z.string(),
  from: z.string(),
  to: z.string(),
  rows: z.array(z.object({
    cohort: z.string(), accounts: z.number().int(), startingMrr: z.number(),
    cells: z.array(z.object({
      offset: z.number().int(), month: z.string(), payingAccounts: z.number().int(), mrr: z.number(),
      logoRetention: rate, mrrRetention: rate,
    })),
  })),
}).openapi('MetricsCohortReport');

const Source = z.object({ id: z.string(), name: Text, year: z.number().int(), region: z.string() });

export const AcvReport = z.object({
  currency: z.string(),
  on: z.string(),
  stats: z.object({ accounts: z.number().int(), total: z.number(), mean: rate, median: rate, p25: rate, p75: rate }),
  bandSets: z.array(z.object({
    id: z.string(), currency: z.string(), source: Source,
    bands: z.array(z.object({
      key: z.string(), label: Text, min: z.number().nullable(), max: z.number().nullable(), accounts: z.number().int(),
      share: rate, acvTotal: z.number(), publishedShare: rate,
    })),
  })),
}).openapi('MetricsAcvReport');

const Band = z.object({
  key: z.string(), min: z.number().nullable(), max: z.number().nullable(), share: rate, derived: z.boolean().optional(),
  mostCommon: z.boolean().optional(), label: Text, placed: z.boolean(),
});

export const BenchmarkReport = z.object({
  currency: z.string(),
  on: z.string(),
  window: z.object({ from: z.string(), to: z.string() }),
  figures: z.array(z.object({
    key: z.string(), value: rate, unit: z.enum(['rate', 'money', 'ratio']), currency: z.string().optional(),
    comparisons: z.array(z.object({
      kind: z.enum(['bands', 'reference']), source: Source, label: Text.optional(), bands: z.array(Band).optional(), note: Text.optional(),
      reference: z.number().optional(), difference: rate.optional(), standing: z.enum(['better', 'worse', 'equal']).nullable().optional(),
    })),
  })),
}).openapi('MetricsBenchmarkReport');

export const DefinitionList = z.object({
  metrics: z.array(z.object({ key: z.string(), name: Text, definition: Text, choices: z.array(z.string()) })),
  choices: z.array(z.object({ key: z.string(), name: Text, text: Text, alternatives: Text, setting: z.string().nullable() })),
}).openapi('MetricDefinitions');

export const Dashboard = z.object({
  summary: MetricsSummary,
  cohorts: CohortReport,
  acv: AcvReport,
  benchmarks: BenchmarkReport,
}).openapi('MetricsDashboard');
