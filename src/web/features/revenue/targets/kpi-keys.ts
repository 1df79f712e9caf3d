/** The KPIs a target can be set on (src/domain/metrics/kpis.ts, listed in the metrics README) and their units. */
export const TARGET_KPIS = [
  'retention_rate', 'retention_count', 'retention_amount', 'churn_rate', 'churn_count', 'churn_amount', 'revenue_churn_rate',
  'upsell_rate', 'upsell_count', 'upsell_amount', 'nrr', 'grr', 'nrr_12m', 'grr_12m', 'mrr', 'arr', 'arpa', 'net_new_mrr',
  'quick_ratio', 'renewal_rate',
] as const;

export type KpiUnit = 'rate' | 'count' | 'amount' | 'ratio';

export function unitOfKpi(kpi: string): KpiUnit {
  if (kpi.endsWith('_count')) return 'count';
  if (kpi === 'quick_ratio') return 'ratio';
  if (kpi.endsWith('_amount') || ['mrr', 'arr', 'arpa', 'net_new_mrr'].includes(kpi)) return 'amount';
  return 'rate';
}
