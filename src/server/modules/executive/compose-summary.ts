/**
 * The executive summary in one read (SPEC §3.14, issue 7 item 7): the month's revenue figures
 * from the metrics engine — the same functions behind /metrics/summary, /metrics/benchmarks,
 * /metrics/movements and /metrics/targets, so every number equals theirs — beside KPI targets
 * and published benchmarks; the health distribution and what moved in 30 days; renewals in the
 * next 90 days; and the latest CS maturity self-assessment.
 */
import type { Db } from '../../db/connect.js';
import { AppError } from '../../errors.js';
import { KPIS } from '../../../domain/metrics/kpis.js';
import { addDays, addMonths, monthStartOf } from '../../../domain/metrics/periods.js';
import { getDistribution } from '../health/account-health.js';
import { movementList } from '../metrics/drill-down-reports.js';
import { listTargetsWithActuals } from '../metrics/kpi-targets.js';
import { loadMetricContext } from '../metrics/metric-context.js';
import { benchmarkReport } from '../metrics/portfolio-reports.js';
import { resolveRange } from '../metrics/resolve-range.js';
import { buildSummary } from '../metrics/summary-report.js';
import { readBandChanges } from './band-changes.js';
import { pickTarget } from './pick-target.js';
import { EXECUTIVE_KPI_KEYS, type ExecutiveKpi, type ExecutiveSummary } from './schema.js';
import { hasHistoryOn, loadBandChanges, loadLatestAssessments, loadRenewalsAhead } from './store.js';

/** The targets each tile accepts, in order, and the benchmark figure it is placed on. */
const TILES: Record<(typeof EXECUTIVE_KPI_KEYS)[number], { targets: string[]; benchmark: string | null }> = {
  nrr_12m: { targets: ['nrr_12m', 'nrr'], benchmark: 'nrr_12m' },
  grr_12m: { targets: ['grr_12m', 'grr'], benchmark: 'grr_12m' },
  revenue_churn_rate: { targets: ['revenue_churn_rate'], benchmark: 'monthly_revenue_churn' },
  retention_rate: { targets: ['retention_rate'], benchmark: null },
};

export const HEALTH_LOOKBACK_DAYS = 30;
export const HEALTH_TREND_DAYS = 180;
export const RENEWAL_HORIZON_DAYS = 90;

/** The reporting month: the one asked for, else the last whole month; the current month is read to date. */
export function reportingMonth(month: string | undefined, today: string) {
  const start = month ? `${month}-01` : monthStartOf(addMonths(today, -1));
  if (start > today) throw new AppError('request.invalid', { detail: 'That month has not started.', fields: [{ path: 'month', message: `must not be after ${today.slice(0, 7)}` }] });
  const end = addDays(addMonths(start, 1), -1);
  return { start, end: end > today ? today : end, complete: end < today };
}

export async function composeExecutiveSummary(db: Db, workspaceId: string, input: { month?: string | undefined; today: string }): Promise<ExecutiveSummary> {
  const { today } = input;
  const month = reportingMonth(input.month, today);
  const ctx = await loadMetricContext(db, workspaceId);
  const fy = ctx.calendar.fiscalYearStartMonth;
  const summary = buildSummary(ctx, resolveRange({ from: addMonths(month.start, -11), to: month.end, interval: 'month' }, today, fy));
  const since = addDays(today, -HEALTH_LOOKBACK_DAYS);
  const renewalsTo = addDays(today, RENEWAL_HORIZON_DAYS);
  const [targets, movements, distribution, bandRows, baseline, renewals, assessments] = await Promise.all([
    listTargetsWithActuals(db, workspaceId, ctx, { from: addMonths(month.start, -12), to: month.end }, today),
    movementList(db, workspaceId, ctx, { from: month.start, to: month.end }),
    getDistribution(db, workspaceId, { days: HEALTH_TREND_DAYS, today }),
    loadBandChanges(db, workspaceId, since),
    hasHistoryOn(db, workspaceId, since),
    loadRenewalsAhead(db, workspaceId, today, renewalsTo),
    loadLatestAssessments(db, workspaceId),
  ]);
  const benchmarks = benchmarkReport(ctx, ctx.ledgers, month.end);
  const metrics = summary.total;
  const current = metrics[metrics.length - 1];
  const previous = metrics.length > 1 ? metrics[metrics.length - 2] : undefined;
  const period = summary.periods[summary.periods.length - 1];
  if (!current || !period) throw new Error('the summary has no period');

  const kpis: ExecutiveKpi[] = EXECUTIVE_KPI_KEYS.map((key) => {
    const def = KPIS[key];
    const tile = TILES[key];
    return {
      key, better: def.better,
      value: def.read(current), previous: previous ? def.read(previous) : null,
      trend: summary.periods.map((p, i) => ({ key: p.key, value: metrics[i] ? def.read(metrics[i]) : null })),
      target: pickTarget(targets, tile.targets, month.end),
      benchmark: benchmarks.figures.find((f) => f.key === tile.benchmark) ?? null,
    };
  });
  const bands = readBandChanges(bandRows.map((r) => ({
    accountId: r.account_id, accountName: r.name, before: r.band_before, now: r.band_now,
    score: r.score_now === null ? null : Number(r.score_now), mrr: Number(r.mrr),
  })));
  const present = (a: (typeof assessments)[number] | undefined) => (a ? { id: a.id, assessedOn: a.assessed_on, total: Number(a.total) } : null);

  return {
    currency: ctx.calendar.baseCurrency, today,
    month: { ...period, complete: month.complete },
    headline: {
      mrr: current.mrr, mrrStart: current.mrrStart, arr: current.arr, payingAccounts: current.payingAccounts,
      payingAccountsStart: current.payingAccountsStart, netNewMrr: current.movements.netNew, previousArr: previous?.arr ?? null,
    },
    kpis,
    benchmarkWindow: benchmarks.window,
    movements: {
      totals: movements.totals, netNew: current.movements.netNew,
      largest: [...movements.items].sort((a, b) => b.amount - a.amount || (a.date < b.date ? -1 : 1)).slice(0, 8),
    },
    health: {
      distribution, since, hasBaseline: baseline,
      improved: bands.improved, worsened: bands.worsened, changes: bands.changes.slice(0, 20), newRed: bands.newRed,
    },
    renewals: {
      from: today, to: renewalsTo, accounts: renewals.length,
      mrr: renewals.reduce((s, r) => s + Number(r.mrr), 0),
      atRisk: renewals.filter((r) => r.band === 'red' || r.band === 'yellow').length,
      items: renewals.slice(0, 15).map((r) => ({ accountId: r.account_id, accountName: r.name, renewalDate: r.renewal_date, mrr: Number(r.mrr), band: r.band })),
    },
    maturity: { latest: present(assessments[0]), previous: present(assessments[1]), max: 800 },
  };
}
