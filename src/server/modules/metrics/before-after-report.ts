/** A KPI before and after the start date of a CS initiative (GET /metrics/before-after). */
import { AppError } from '../../errors.js';
import type { AccountLedger } from '../../../domain/metrics/account-ledger.js';
import { beforeAfterWindows, compareBeforeAfter } from '../../../domain/metrics/before-after.js';
import { computePeriodReport } from '../../../domain/metrics/compute-report.js';
import { KPIS, type KpiKey } from '../../../domain/metrics/kpis.js';
import { buildPeriods } from '../../../domain/metrics/periods.js';
import type { MetricContext } from './metric-context.js';

export function beforeAfterReport(ctx: MetricContext, ledgers: readonly AccountLedger[], q: { kpi: string; start: string; months: number }, today: string) {
  const windows = beforeAfterWindows(q.start, q.months, today);
  if (!windows) {
    throw new AppError('request.invalid', { detail: 'Nothing has happened after the start date yet.', fields: [{ path: 'start', message: `must be on or before ${today}` }] });
  }
  const kpi = q.kpi as KpiKey;
  const periods = [windows.before, windows.after].flatMap((w) => buildPeriods({ from: w.start, to: w.end, interval: 'range', fiscalYearStartMonth: 1 }));
  const report = computePeriodReport(ledgers, periods, ctx.settings);
  const [before, after] = report.metrics.map((m) => KPIS[kpi].read(m));
  return {
    kpi, unit: KPIS[kpi].unit, better: KPIS[kpi].better, currency: ctx.calendar.baseCurrency, windows,
    ...compareBeforeAfter(kpi, before ?? null, after ?? null),
  };
}
