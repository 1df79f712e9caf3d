/** Whether a summary has any subscription history to show (else the dashboard shows the way to import some). */
import type { MetricsSummary } from '../../api/metrics';

export function hasHistory(summary: MetricsSummary): boolean {
  return summary.total.some((m) => m.mrr !== 0 || m.mrrStart !== 0 || m.movements.new !== 0 || m.movements.churn !== 0);
}
