/** Every metric per period, in total and per segment value (GET /metrics/summary). */
import { computePeriodReport } from '../../../domain/metrics/compute-report.js';
import type { MetricContext } from './metric-context.js';
import type { ResolvedRange } from './resolve-range.js';
import type { MetricsSummary } from './report-schema.js';

export function buildSummary(ctx: MetricContext, range: ResolvedRange): MetricsSummary {
  const report = computePeriodReport(ctx.ledgers, range.periods, ctx.settings, ctx.segment?.valueOf);
  return {
    currency: ctx.calendar.baseCurrency,
    interval: range.interval,
    from: range.from,
    to: range.to,
    fiscalYearStartMonth: range.fiscalYearStartMonth,
    settings: ctx.settings,
    periods: report.periods.map((p) => ({ key: p.key, start: p.start, end: p.end, months: p.months })),
    total: report.metrics,
    segment: ctx.segment && report.segments
      ? {
        field: ctx.segment.field,
        values: report.segments.map((s) => ({ value: s.value, label: (ctx.segment as NonNullable<typeof ctx.segment>).labelOf(s.value), metrics: s.metrics })),
      }
      : null,
    warnings: ctx.missingRates.map((currency) => ({ code: 'missing_rate' as const, currency })),
  };
}
