import { describe, expect, it } from 'vitest';
import type { MetricsSummary, PeriodMetrics } from '../../api/metrics';
import { hasHistory } from './has-history';

const quiet = { mrr: 0, mrrStart: 0, movements: { new: 0, expansion: 0, contraction: 0, churn: 0, reactivation: 0, netNew: 0 } } as PeriodMetrics;

describe('hasHistory', () => {
  it('is false for a workspace with no subscription history, so the dashboard shows how to import one', () => {
    expect(hasHistory({ total: [quiet, quiet] } as MetricsSummary)).toBe(false);
  });

  it('is true once any period has MRR, even when it all churned later', () => {
    expect(hasHistory({ total: [quiet, { ...quiet, movements: { ...quiet.movements, churn: 5000 } }] } as MetricsSummary)).toBe(true);
  });
});
