/**
 * HTTP shapes of the executive summary. Money in minor units of the workspace base currency
 * (`currency`); rates as fractions; null = undefined (nothing to divide by), never zero. The
 * revenue parts reuse the metrics report shapes, so both read the same way.
 */
import { z } from '@hono/zod-openapi';
import { Distribution } from '../health/schema.js';
import { BenchmarkReport, MovementList, PeriodMetrics, ReportPeriod } from '../metrics/report-schema.js';
import { KpiTarget } from '../metrics/schema.js';

export const ExecutiveQuery = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM').optional()
    .openapi({ description: 'the reporting month (YYYY-MM); default the last whole month. The current month is read to date.', example: '2025-11' }),
});

const band = z.enum(['red', 'yellow', 'green']).nullable();

export const EXECUTIVE_KPI_KEYS = ['nrr_12m', 'grr_12m', 'revenue_churn_rate', 'retention_rate'] as const;

export const ExecutiveKpi = z.object({
  key: z.enum(EXECUTIVE_KPI_KEYS),
  better: z.enum(['higher', 'lower']),
  value: z.number().nullable().openapi({ description: 'the reporting month (as /metrics/summary)' }),
  previous: z.number().nullable().openapi({ description: 'the month before' }),
  trend: z.array(z.object({ key: z.string(), value: z.number().nullable() })).openapi({ description: 'the 12 months ending with the reporting month' }),
  target: KpiTarget.nullable().openapi({ description: 'the target whose period holds the reporting month (shortest period first), with the actual of that period' }),
  benchmark: BenchmarkReport.shape.figures.element.nullable().openapi({ description: 'as /metrics/benchmarks on the last day of the month' }),
});

const BandChange = z.object({
  accountId: z.string(), accountName: z.string(), before: band, now: band, score: z.number().nullable(), mrr: z.number(),
});

export const ExecutiveSummary = z.object({
  currency: z.string(),
  today: z.string(),
  month: ReportPeriod.extend({ complete: z.boolean() }),
  headline: PeriodMetrics.pick({ mrr: true, mrrStart: true, arr: true, payingAccounts: true, payingAccountsStart: true }).extend({
    netNewMrr: z.number(), previousArr: z.number().nullable(),
  }),
  kpis: z.array(ExecutiveKpi),
  benchmarkWindow: BenchmarkReport.shape.window,
  movements: z.object({
    totals: MovementList.shape.totals,
    netNew: z.number(),
    largest: MovementList.shape.items.openapi({ description: 'the largest movements of the month, at most 8' }),
  }),
  health: z.object({
    distribution: Distribution,
    since: z.string().openapi({ description: 'the day compared with (30 days ago)' }),
    hasBaseline: z.boolean().openapi({ description: 'false when the history does not reach back to `since`' }),
    improved: z.number().int(),
    worsened: z.number().int(),
    changes: z.array(BandChange).openapi({ description: 'accounts whose band changed, worse first, then by MRR; at most 20' }),
    newRed: z.array(BandChange).openapi({ description: 'red now, not red on `since` (or not scored then)' }),
  }),
  renewals: z.object({
    from: z.string(),
    to: z.string(),
    accounts: z.number().int(),
    mrr: z.number(),
    atRisk: z.number().int().openapi({ description: 'of them, red or yellow now' }),
    items: z.array(z.object({ accountId: z.string(), accountName: z.string(), renewalDate: z.string(), mrr: z.number(), band })),
  }),
  maturity: z.object({
    latest: z.object({ id: z.string(), assessedOn: z.string(), total: z.number().int() }).nullable(),
    previous: z.object({ id: z.string(), assessedOn: z.string(), total: z.number().int() }).nullable(),
    max: z.literal(800),
  }),
}).openapi('ExecutiveSummary');
export type ExecutiveSummary = z.infer<typeof ExecutiveSummary>;
export type ExecutiveKpi = z.infer<typeof ExecutiveKpi>;
export type BandChange = z.infer<typeof BandChange>;
