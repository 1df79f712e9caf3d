/** HTTP shapes of the metrics requests: report queries, settings, dated exchange rates and KPI targets. */
import { z } from '@hono/zod-openapi';
import { CHURN_RECOGNITIONS, MOVEMENT_TYPES } from '../../../domain/metrics/metric-inputs.js';
import { INTERVALS } from '../../../domain/metrics/periods.js';
import { KPI_KEYS } from '../../../domain/metrics/kpis.js';
import { parseSegmentField } from '../../../domain/metrics/segments.js';
import { SUPPORTED_CURRENCIES } from '../../../domain/money/currency.js';

const isoDate = z.iso.date().openapi({ description: 'YYYY-MM-DD', example: '2025-04-01' });
const format = z.enum(['json', 'csv']).default('json')
  .openapi({ description: 'csv: the same table as UTF-8 CSV with a BOM (opens in Excel), ISO dates' });
const segment = z.string().refine((s) => parseSegmentField(s) !== null, 'one of plan, industry, sizeBand, region, owner, useCase, touchTier or custom:<key>')
  .optional().openapi({ description: 'split by an account field: plan | industry | sizeBand | region | owner | useCase | touchTier | custom:<key>' });
const segmentValue = z.string().optional()
  .openapi({ description: 'with `segment`: only accounts with this value; an empty value selects accounts with none' });

export const RangeQuery = z.object({
  from: isoDate.optional().openapi({ description: 'default: the start of a window ending at `to` (12 months, 8 quarters or 3 fiscal years)' }),
  to: isoDate.optional().openapi({ description: 'default: today (UTC)' }),
  interval: z.enum(INTERVALS).default('month'),
  fiscalYearStartMonth: z.coerce.number().int().min(1).max(12).optional()
    .openapi({ description: 'first month of the fiscal year for quarters and fiscal years; default the workspace setting' }),
  segment,
  format,
});
export type RangeQuery = z.infer<typeof RangeQuery>;

export const MovementsQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  type: z.string().optional().openapi({ description: `comma-separated movement kinds: ${MOVEMENT_TYPES.join(', ')}; default all` }),
  segment,
  segmentValue,
  format,
});
export type MovementsQuery = z.infer<typeof MovementsQuery>;

export const DateQuery = z.object({
  on: isoDate.optional().openapi({ description: 'read at the close of this day; default today (UTC)' }),
  segment,
  segmentValue,
  format,
});
export type DateQuery = z.infer<typeof DateQuery>;

export const WindowQuery = z.object({ from: isoDate.optional(), to: isoDate.optional(), segment, segmentValue, format });
export type WindowQuery = z.infer<typeof WindowQuery>;

export const UpdateMetricSettingsInput = z.object({
  churnRecognition: z.enum(CHURN_RECOGNITIONS).optional()
    .openapi({ description: 'period_end: churn when the paid term ends (ChartMogul, default); cancellation: on the cancellation date (Stripe, Paddle)' }),
  reactivationGapDays: z.number().int().min(0).max(3650).optional()
    .openapi({ description: 'a return within this many days is not churn + reactivation; 0 = none (default)' }),
  cac: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional()
    .openapi({ description: 'acquisition cost of one new account, base-currency minor units; null clears it' }),
  grossMarginPercent: z.number().min(0).max(100).multipleOf(0.01).nullable().optional(),
}).openapi('UpdateMetricSettingsInput');
export type UpdateMetricSettingsInput = z.infer<typeof UpdateMetricSettingsInput>;

export const MetricSettingsResponse = z.object({
  churnRecognition: z.enum(CHURN_RECOGNITIONS),
  reactivationGapDays: z.number().int(),
  cac: z.number().int().nullable(),
  grossMarginPercent: z.number().nullable(),
  baseCurrency: z.string().openapi({ description: 'changed in PATCH /workspace' }),
  fiscalYearStartMonth: z.number().int().openapi({ description: 'changed in PATCH /workspace' }),
  fixedExchangeRates: z.record(z.string(), z.number()).openapi({ description: 'the fallback map, changed in PATCH /workspace' }),
}).openapi('MetricSettings');

const Currency = z.enum(SUPPORTED_CURRENCIES as [string, ...string[]]);
const Rate = z.number().positive().max(1e9).openapi({ description: 'base-currency units per unit of `currency`, e.g. 150 for USD into JPY' });

export const CreateExchangeRateInput = z.object({ currency: Currency, validFrom: isoDate, rate: Rate }).openapi('CreateExchangeRateInput');
export type CreateExchangeRateInput = z.infer<typeof CreateExchangeRateInput>;
export const UpdateExchangeRateInput = z.object({ validFrom: isoDate.optional(), rate: Rate.optional() }).openapi('UpdateExchangeRateInput');
export type UpdateExchangeRateInput = z.infer<typeof UpdateExchangeRateInput>;

export const ExchangeRate = z.object({
  id: z.uuid(), currency: z.string(), validFrom: z.string(), rate: z.number(), createdAt: z.string(), updatedAt: z.string(),
}).openapi('ExchangeRate');
export const ExchangeRateList = z.object({ items: z.array(ExchangeRate) }).openapi('ExchangeRateList');

const TargetInterval = z.enum(['month', 'quarter', 'fiscal_year']);

export const PutKpiTargetInput = z.object({
  kpi: z.enum(KPI_KEYS as [string, ...string[]]),
  interval: TargetInterval,
  periodStart: isoDate.openapi({ description: 'first day of the month, fiscal quarter or fiscal year' }),
  target: z.number().finite().openapi({ description: 'rates as fractions (0.02 = 2%), counts, or amounts in base-currency minor units' }),
  note: z.string().trim().max(500).nullable().optional(),
}).openapi('PutKpiTargetInput');
export type PutKpiTargetInput = z.infer<typeof PutKpiTargetInput>;

export const TargetsQuery = z.object({
  interval: TargetInterval.optional(),
  from: isoDate.optional().openapi({ description: 'targets of periods starting on or after; default: a year before `to`' }),
  to: isoDate.optional().openapi({ description: 'targets of periods starting on or before; default: a year from today' }),
  kpi: z.string().optional(),
  format,
});
export type TargetsQuery = z.infer<typeof TargetsQuery>;

export const KpiTarget = z.object({
  id: z.uuid(),
  kpi: z.string(),
  unit: z.enum(['rate', 'count', 'amount', 'ratio']),
  better: z.enum(['higher', 'lower']),
  interval: TargetInterval,
  periodStart: z.string(),
  periodEnd: z.string(),
  complete: z.boolean().openapi({ description: 'false while the period is under way: the actual is to date' }),
  target: z.number(),
  note: z.string().nullable(),
  actual: z.number().nullable().openapi({ description: 'null before the period has data, or for KPIs not measured yet (onboarding, health)' }),
  difference: z.number().nullable().openapi({ description: 'actual − target' }),
  met: z.boolean().nullable(),
  updatedAt: z.string(),
}).openapi('KpiTarget');
export const KpiTargetList = z.object({ currency: z.string(), items: z.array(KpiTarget) }).openapi('KpiTargetList');

export const BeforeAfterQuery = z.object({
  kpi: z.enum(KPI_KEYS as [string, ...string[]]),
  start: isoDate.openapi({ description: 'the start date of the initiative' }),
  months: z.coerce.number().int().min(1).max(24).default(3),
  segment,
  segmentValue,
});
export type BeforeAfterQuery = z.infer<typeof BeforeAfterQuery>;

const Window = z.object({ start: z.string(), end: z.string() });
export const BeforeAfterReport = z.object({
  kpi: z.string(),
  unit: z.string(),
  better: z.enum(['higher', 'lower']),
  currency: z.string(),
  windows: z.object({ before: Window, after: Window, days: z.number().int(), complete: z.boolean() }),
  before: z.number().nullable(),
  after: z.number().nullable(),
  difference: z.number().nullable(),
  relativeChange: z.number().nullable(),
  direction: z.enum(['up', 'down', 'flat']).nullable(),
  verdict: z.enum(['better', 'worse', 'unchanged']).nullable(),
}).openapi('MetricsBeforeAfter');
