/**
 * The CS KPIs a team sets targets for (SPEC §3.12): retention, churn and upsell, each as
 * rate, count and amount; NRR and GRR; and the headline revenue figures. Each KPI knows
 * its unit and which direction is good, so "actual vs target" and "before vs after" can
 * say better or worse. Onboarding completion and health are reserved for the issues that
 * build them: targets can be stored, actuals read as null until then.
 */
import type { PeriodMetrics } from './period-metrics.js';

export type KpiUnit = 'rate' | 'count' | 'amount' | 'ratio';

export interface KpiDefinition {
  unit: KpiUnit;
  better: 'higher' | 'lower';
  /** false for KPIs whose data arrives with a later capability */
  available: boolean;
  /** the actual comes from outside the revenue ledgers (read gives null; see metrics/kpi-targets.ts) */
  external?: boolean;
  read(m: PeriodMetrics): number | null;
}

const none = () => null;

export const KPIS = {
  retention_rate: { unit: 'rate', better: 'higher', available: true, read: (m) => m.retention.rate },
  retention_count: { unit: 'count', better: 'higher', available: true, read: (m) => m.retention.count },
  retention_amount: { unit: 'amount', better: 'higher', available: true, read: (m) => m.retention.amount },
  churn_rate: { unit: 'rate', better: 'lower', available: true, read: (m) => m.churn.rate },
  churn_count: { unit: 'count', better: 'lower', available: true, read: (m) => m.churn.count },
  churn_amount: { unit: 'amount', better: 'lower', available: true, read: (m) => m.churn.amount },
  revenue_churn_rate: { unit: 'rate', better: 'lower', available: true, read: (m) => m.grossMrrChurnRate },
  upsell_rate: { unit: 'rate', better: 'higher', available: true, read: (m) => m.upsell.rate },
  upsell_count: { unit: 'count', better: 'higher', available: true, read: (m) => m.upsell.count },
  upsell_amount: { unit: 'amount', better: 'higher', available: true, read: (m) => m.upsell.amount },
  nrr: { unit: 'rate', better: 'higher', available: true, read: (m) => m.nrr },
  grr: { unit: 'rate', better: 'higher', available: true, read: (m) => m.grr },
  nrr_12m: { unit: 'rate', better: 'higher', available: true, read: (m) => m.nrr12m },
  grr_12m: { unit: 'rate', better: 'higher', available: true, read: (m) => m.grr12m },
  mrr: { unit: 'amount', better: 'higher', available: true, read: (m) => m.mrr },
  arr: { unit: 'amount', better: 'higher', available: true, read: (m) => m.arr },
  arpa: { unit: 'amount', better: 'higher', available: true, read: (m) => m.arpa },
  net_new_mrr: { unit: 'amount', better: 'higher', available: true, read: (m) => m.movements.netNew },
  quick_ratio: { unit: 'ratio', better: 'higher', available: true, read: (m) => m.quickRatio },
  renewal_rate: { unit: 'rate', better: 'higher', available: true, read: (m) => m.renewal.logoRate },
  // from the success roadmap (domain/phases/README.md), computed by modules/phases/onboarding-kpi.ts
  onboarding_completion: { unit: 'rate', better: 'higher', available: true, external: true, read: none },
  health_green_share: { unit: 'rate', better: 'higher', available: false, read: none },
} as const satisfies Record<string, KpiDefinition>;

export type KpiKey = keyof typeof KPIS;
export const KPI_KEYS = Object.keys(KPIS) as KpiKey[];

export interface TargetComparison {
  actual: number | null;
  /** actual − target */
  difference: number | null;
  /** the target is reached (at or above it for "higher is better", at or below for "lower") */
  met: boolean | null;
}

export function compareToTarget(kpi: KpiKey, target: number, actual: number | null): TargetComparison {
  if (actual === null) return { actual, difference: null, met: null };
  const met = KPIS[kpi].better === 'higher' ? actual >= target - 1e-12 : actual <= target + 1e-12;
  return { actual, difference: actual - target, met };
}
