/**
 * Handoff completeness against later churn and NRR (GET /handoffs/report), the comparison
 * HiCustomer 2023 draws, from the workspace's own data.
 *
 * Which handoffs: those submitted (then submitted, returned or accepted — never drafts) before
 * the report's window opens, so everything measured in the window happened after the handoff.
 * Each account falls in the band of its handoff's completeness; accounts without such a handoff
 * form a separate group (`none`) shown for reference. The metrics are the revenue engine's own
 * (src/domain/metrics): the bands are passed to computePeriodReport as a segment map — the same
 * way the revenue dashboard segments by plan or owner — over one period, the window. So
 * "monthly revenue churn" is the window's gross MRR churn (contraction + churn ÷ MRR at the
 * start) compounded to a month, and NRR is the window's net revenue retention of the accounts
 * paying at its start, exactly as /metrics/summary defines them.
 */
import { computePeriodReport } from '../../../domain/metrics/compute-report.js';
import type { PeriodMetrics } from '../../../domain/metrics/period-metrics.js';
import { bandRange, COMPLETENESS_BANDS, completenessBand, type CompletenessBand } from '../../../domain/handoffs/bands.js';
import { HANDOFF_OUTCOMES_2023 } from '../../../domain/benchmarks/published-figures.js';
import type { Tx } from '../../db/connect.js';
import { loadMetricContext } from '../metrics/metric-context.js';
import { resolveRange } from '../metrics/resolve-range.js';
import { handoffsSubmittedBefore } from './store.js';

export type ReportGroup = CompletenessBand | 'none';

export interface BandRow {
  band: ReportGroup;
  min: number | null;
  max: number | null;
  /** accounts in the group (with a handoff in the band; for `none`, every other account with revenue history) */
  accounts: number;
  averageCompleteness: number | null;
  payingAccountsStart: number;
  mrrStart: number;
  mrr: number;
  churnedAccounts: number;
  monthlyRevenueChurn: number | null;
  logoChurnRate: number | null;
  nrr: number | null;
  grr: number | null;
}

export interface HandoffReport {
  currency: string;
  from: string;
  to: string;
  months: number;
  bands: BandRow[];
  /** handoffs submitted inside the window or later: too recent to show what followed */
  tooRecent: number;
  comparison: {
    /** low band's monthly revenue churn ÷ high band's */
    churnRatio: number | null;
    /** high band's NRR − low band's, in fraction points */
    nrrDifference: number | null;
  };
  reference: typeof HANDOFF_OUTCOMES_2023;
}

function rowOf(band: ReportGroup, accounts: number, average: number | null, m: PeriodMetrics | undefined): BandRow {
  const range = band === 'none' ? { min: null, max: null } : bandRange(band);
  return {
    band, ...range, accounts, averageCompleteness: average,
    payingAccountsStart: m?.payingAccountsStart ?? 0, mrrStart: m?.mrrStart ?? 0, mrr: m?.mrr ?? 0,
    churnedAccounts: m?.movementAccounts.churn ?? 0, monthlyRevenueChurn: m?.monthly.grossMrrChurnRate ?? null,
    logoChurnRate: m?.logoChurnRate ?? null, nrr: m?.nrr ?? null, grr: m?.grr ?? null,
  };
}

export async function buildHandoffReport(
  tx: Tx, workspaceId: string, query: { from?: string | undefined; to?: string | undefined }, today: string,
): Promise<HandoffReport> {
  const ctx = await loadMetricContext(tx, workspaceId);
  const range = resolveRange({ ...query, interval: 'range' }, today, ctx.calendar.fiscalYearStartMonth);
  const periods = range.periods;
  const { before, tooRecent } = await handoffsSubmittedBefore(tx, workspaceId, range.from);
  const bandOf = new Map<string, string | null>(before.map((h) => [h.accountId, completenessBand(h.completeness)]));
  const report = computePeriodReport(ctx.ledgers, periods, ctx.settings, bandOf);
  const metricsOf = (band: string | null) => report.segments?.find((s) => s.value === band)?.metrics[0];
  const bands = COMPLETENESS_BANDS.map((band) => {
    const members = before.filter((h) => completenessBand(h.completeness) === band);
    const average = members.length === 0 ? null : Math.round(members.reduce((s, h) => s + h.completeness, 0) / members.length);
    return rowOf(band, members.length, average, metricsOf(band));
  });
  const others = ctx.ledgers.filter((l) => l.days.length > 0 && !bandOf.has(l.accountId)).length;
  const none = rowOf('none', others, null, metricsOf(null));
  const low = bands[0] as BandRow;
  const high = bands[2] as BandRow;
  return {
    currency: ctx.calendar.baseCurrency, from: range.from, to: range.to, months: periods[0]?.months ?? 0,
    bands: [...bands, none], tooRecent,
    comparison: {
      churnRatio: low.monthlyRevenueChurn !== null && high.monthlyRevenueChurn ? low.monthlyRevenueChurn / high.monthlyRevenueChurn : null,
      nrrDifference: low.nrr !== null && high.nrr !== null ? high.nrr - low.nrr : null,
    },
    reference: HANDOFF_OUTCOMES_2023,
  };
}
