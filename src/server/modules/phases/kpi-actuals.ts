/**
 * Actuals of KPI targets that come from the success roadmap rather than the revenue ledgers:
 * the onboarding completion rate of each target's period (measured to date for a period
 * under way; none for a period not started). Keyed by target id.
 */
import type { Tx } from '../../db/connect.js';
import { wholePeriodStarting } from '../../../domain/metrics/periods.js';
import { onboardingCompletionFor } from './onboarding-kpi.js';

export interface TargetRef {
  id: string;
  kpi: string;
  interval: string;
  periodStart: string;
}

export async function journeyKpiActuals(
  tx: Tx, workspaceId: string, targets: readonly TargetRef[], fiscalYearStartMonth: number, today: string, now: Date,
): Promise<Map<string, number | null>> {
  const actuals = new Map<string, number | null>();
  const cache = new Map<string, number | null>();
  for (const t of targets) {
    if (t.kpi !== 'onboarding_completion') continue;
    const period = wholePeriodStarting(t.periodStart, t.interval as 'month' | 'quarter' | 'fiscal_year', fiscalYearStartMonth);
    if (!period || period.start > today) {
      actuals.set(t.id, null);
      continue;
    }
    const range = { from: period.start, to: period.end < today ? period.end : today };
    const key = `${range.from}:${range.to}`;
    if (!cache.has(key)) cache.set(key, (await onboardingCompletionFor(tx, workspaceId, range, now)).rate);
    actuals.set(t.id, cache.get(key) ?? null);
  }
  return actuals;
}
