import { describe, expect, it } from 'vitest';
import { beforeAfterWindows, compareBeforeAfter } from './before-after.js';
import { compareToTarget, KPI_KEYS, KPIS } from './kpis.js';

describe('KPI targets', () => {
  it('meets a "higher is better" target at or above it and a "lower is better" one at or below it', () => {
    expect(compareToTarget('nrr', 1.0, 1.05)).toMatchObject({ met: true });
    expect(compareToTarget('nrr', 1.0, 0.95).met).toBe(false);
    expect(compareToTarget('churn_rate', 0.02, 0.015)).toMatchObject({ met: true });
    expect(compareToTarget('churn_rate', 0.02, 0.03).difference).toBeCloseTo(0.01, 12);
    expect(compareToTarget('onboarding_completion', 0.8, null)).toEqual({ actual: null, difference: null, met: null });
  });

  it('covers retention, churn and upsell as rate, count and amount, NRR, and reserves onboarding and health', () => {
    for (const kind of ['retention', 'churn', 'upsell']) for (const unit of ['rate', 'count', 'amount']) expect(KPI_KEYS).toContain(`${kind}_${unit}`);
    expect(KPI_KEYS).toContain('nrr');
    expect(KPIS.onboarding_completion).toMatchObject({ available: true, external: true }); // issue 5: the success roadmap
    expect(KPIS.health_green_share.available).toBe(false);
  });
});

describe('before/after an initiative', () => {
  it('uses equal windows of the given months on each side of the start date', () => {
    expect(beforeAfterWindows('2025-04-01', 3, '2025-12-31')).toEqual({
      before: { start: '2024-12-31', end: '2025-03-31' }, after: { start: '2025-04-01', end: '2025-06-30' }, days: 91, complete: true,
    });
  });

  it('shrinks both windows to the days that have happened', () => {
    expect(beforeAfterWindows('2025-04-01', 3, '2025-04-10')).toEqual({
      before: { start: '2025-03-22', end: '2025-03-31' }, after: { start: '2025-04-01', end: '2025-04-10' }, days: 10, complete: false,
    });
    expect(beforeAfterWindows('2025-04-01', 3, '2025-03-31')).toBeNull();
  });

  it('says whether the KPI moved the good way: churn going down is better', () => {
    expect(compareBeforeAfter('churn_rate', 0.03, 0.02)).toMatchObject({ direction: 'down', verdict: 'better' });
    expect(compareBeforeAfter('nrr', 1.0, 0.9)).toMatchObject({ direction: 'down', verdict: 'worse' });
    expect(compareBeforeAfter('nrr', 1.0, 1.0)).toMatchObject({ direction: 'flat', verdict: 'unchanged' });
    expect(compareBeforeAfter('nrr', null, 1.0).verdict).toBeNull();
  });
});
