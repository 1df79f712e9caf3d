import { describe, expect, it } from 'vitest';
import { onboardingCompletion, phaseConversions, quantile, timeInPhase, type TransitionFact } from './reports.js';

const t = (accountId: string, toPhase: string, at: string): TransitionFact => ({ accountId, toPhase, at: `${at}T09:00:00.000Z` });
const keys = ['onboarding', 'adopt', 'expand'];

describe('roadmap reports', () => {
  it('interpolates quantiles between ranks', () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([10], 0.75)).toBe(10);
    // ranks 0..3 of [10, 20, 30, 40]: median at rank 1.5 → 25; p75 at rank 2.25 → 32.5
    expect(quantile([10, 20, 30, 40], 0.5)).toBe(25);
    expect(quantile([10, 20, 30, 40], 0.75)).toBe(32.5);
  });

  it('converts from a phase when the account entered it in the period and the next one by the period end', () => {
    const log = [
      t('a', 'onboarding', '2025-01-05'), t('a', 'adopt', '2025-02-20'), // entered Jan, moved on in Feb
      t('b', 'onboarding', '2025-01-20'), t('b', 'adopt', '2025-04-02'), // moved on after the period
      t('c', 'onboarding', '2024-12-30'), t('c', 'adopt', '2025-01-10'), // entered onboarding before the period
      t('d', 'onboarding', '2025-03-31'),
    ];
    const [first, second] = phaseConversions(log, keys, { from: '2025-01-01', to: '2025-03-31' });
    // onboarding: a, b, d entered in the period; only a reached adopt by 2025-03-31 → 1/3
    expect(first).toEqual({ from: 'onboarding', to: 'adopt', entered: 3, converted: 1, rate: 1 / 3 });
    // adopt: a and c entered in the period, neither reached expand
    expect(second).toEqual({ from: 'adopt', to: 'expand', entered: 2, converted: 0, rate: 0 });
  });

  it('measures completed stays that ended in the period and stays still running', () => {
    const log = [
      t('a', 'onboarding', '2025-01-01'), t('a', 'adopt', '2025-01-31'), // 30 days
      t('b', 'onboarding', '2025-01-01'), t('b', 'adopt', '2025-03-02'), // 60 days
      t('c', 'onboarding', '2025-01-01'), t('c', 'adopt', '2025-04-01'), // 90 days
      t('d', 'onboarding', '2024-06-01'), t('d', 'adopt', '2024-07-01'), // ended before the period
    ];
    const [onboarding, adopt] = timeInPhase(log, keys, { from: '2025-01-01', to: '2025-06-30' }, '2025-06-30T09:00:00.000Z');
    // completed in the period: 30, 60, 90 → median 60, p75 at rank 1.5 → 75
    expect(onboarding).toEqual({ phase: 'onboarding', completed: 3, medianDays: 60, p75Days: 75, current: 0, currentMedianDays: null });
    // still in adopt: a 150, b 120, c 90, d 364 days as of 2025-06-30 → median of [90, 120, 150, 364] = 135
    expect(adopt).toMatchObject({ completed: 0, medianDays: null, current: 4, currentMedianDays: 135 });
  });

  it('rates onboarding completion over the entrants, and has no rate without entrants or items', () => {
    expect(onboardingCompletion([{ accountId: 'a', done: 5 }, { accountId: 'b', done: 4 }, { accountId: 'c', done: 5 }, { accountId: 'd', done: 0 }], 5))
      .toEqual({ entered: 4, completed: 2, rate: 0.5 });
    expect(onboardingCompletion([], 5).rate).toBeNull();
    expect(onboardingCompletion([{ accountId: 'a', done: 0 }], 0).rate).toBeNull();
  });
});
