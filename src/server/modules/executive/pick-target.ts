/**
 * Which KPI target a summary tile stands against: one whose period holds the day, of the KPIs the
 * tile accepts in their order (e.g. NRR 12 months, then NRR of the period), and of those the
 * shortest period (a month's target says more about a month than the fiscal year's).
 */
export interface TargetLike {
  kpi: string;
  interval: 'month' | 'quarter' | 'fiscal_year';
  periodStart: string;
  periodEnd: string;
}

const INTERVAL_RANK = { month: 0, quarter: 1, fiscal_year: 2 } as const;

/**
 * @example pickTarget(targets, ['nrr_12m', 'nrr'], '2025-11-30') // the month's nrr_12m target if set, else the quarter's …
 */
export function pickTarget<T extends TargetLike>(targets: readonly T[], kpis: readonly string[], day: string): T | null {
  const fitting = targets.filter((t) => kpis.includes(t.kpi) && t.periodStart <= day && day <= t.periodEnd);
  fitting.sort((a, b) => kpis.indexOf(a.kpi) - kpis.indexOf(b.kpi) || INTERVAL_RANK[a.interval] - INTERVAL_RANK[b.interval]);
  return fitting[0] ?? null;
}
