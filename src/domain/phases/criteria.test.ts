import { describe, expect, it } from 'vitest';
import { evaluateCriterion, PhaseCriterion, readCriterion, type PhaseFacts } from './criteria.js';
import { nextStep, orderPhases } from './advance.js';
import { defaultPhases } from './default-phases.js';

const facts = (over: Partial<PhaseFacts> = {}): PhaseFacts => ({
  score: 70, measures: { active_ratio: 0.82, logins: null }, daysInPhase: 30, daysSinceCreated: 200,
  daysSinceSubscriptionStart: 120, daysToRenewal: 150, ...over,
});

describe('phase entry criteria', () => {
  it('compares a measure from the health explanation, and a missing value never satisfies it', () => {
    expect(evaluateCriterion({ kind: 'measure_threshold', measureId: 'active_ratio', op: 'gte', value: 0.8 }, facts()))
      .toEqual({ holds: true, saw: { measureId: 'active_ratio', value: 0.82 } });
    expect(evaluateCriterion({ kind: 'measure_threshold', measureId: 'logins', op: 'lt', value: 5 }, facts()).holds).toBe(false);
    expect(evaluateCriterion({ kind: 'measure_threshold', measureId: 'nps', op: 'lte', value: 100 }, facts()).holds).toBe(false);
  });

  it('checks the composite score, and counts days from the chosen origin', () => {
    expect(evaluateCriterion({ kind: 'score_threshold', op: 'gt', value: 70 }, facts()).holds).toBe(false);
    expect(evaluateCriterion({ kind: 'score_threshold', op: 'gte', value: 70 }, facts())).toEqual({ holds: true, saw: { score: 70 } });
    expect(evaluateCriterion({ kind: 'score_threshold', op: 'gte', value: 0 }, facts({ score: null })).holds).toBe(false);
    expect(evaluateCriterion({ kind: 'time_elapsed', days: 30, since: 'phase_entered' }, facts()))
      .toEqual({ holds: true, saw: { days: 30, since: 'phase_entered' } });
    expect(evaluateCriterion({ kind: 'time_elapsed', days: 121, since: 'subscription_start' }, facts()).holds).toBe(false);
    expect(evaluateCriterion({ kind: 'time_elapsed', days: 1, since: 'subscription_start' }, facts({ daysSinceSubscriptionStart: null })).holds).toBe(false);
  });

  it('needs both the score and the time for score_and_time', () => {
    const c = { kind: 'score_and_time', op: 'gte', value: 60, days: 60, since: 'account_created' } as const;
    expect(evaluateCriterion(c, facts())).toEqual({ holds: true, saw: { score: 70, days: 200, since: 'account_created' } });
    expect(evaluateCriterion(c, facts({ score: 59.9 })).holds).toBe(false);
    expect(evaluateCriterion(c, facts({ daysSinceCreated: 59 })).holds).toBe(false);
  });

  it('holds for renewal within the window, including a renewal date already past', () => {
    const c = { kind: 'renewal_within', days: 90 } as const;
    expect(evaluateCriterion(c, facts({ daysToRenewal: 90 })).holds).toBe(true);
    expect(evaluateCriterion(c, facts({ daysToRenewal: 91 })).holds).toBe(false);
    expect(evaluateCriterion(c, facts({ daysToRenewal: -5 })).holds).toBe(true);
    expect(evaluateCriterion(c, facts({ daysToRenewal: null })).holds).toBe(false);
  });

  it('rejects malformed criteria and reads unreadable stored ones as none', () => {
    expect(PhaseCriterion.safeParse({ kind: 'time_elapsed', days: -1, since: 'phase_entered' }).success).toBe(false);
    expect(PhaseCriterion.safeParse({ kind: 'score_threshold', op: 'eq', value: 50 }).success).toBe(false);
    expect(readCriterion({ kind: 'nope' })).toBeNull();
    expect(readCriterion(null)).toBeNull();
  });
});

describe('one step along the roadmap', () => {
  const phases = orderPhases(defaultPhases('en').map((p, i) => ({ key: p.key, position: (4 - i) * 10, criterion: p.criterion }))).reverse();

  it('puts an account without a phase in the first phase', () => {
    expect(nextStep(phases, null, facts())).toEqual({ to: 'onboarding', from: null, source: 'initial', criterion: null });
  });

  it('moves to the next phase when its criterion holds, saying what it saw — and only one step', () => {
    // Adopt (default): score ≥ 60 and ≥ 60 days since the subscription started; 70 and 120 days here.
    const step = nextStep(phases, { phaseKey: 'onboarding', pinned: false }, facts({ daysToRenewal: 10 }));
    expect(step).toMatchObject({ to: 'adopt', from: 'onboarding', source: 'rule' });
    expect(step?.criterion?.saw).toEqual({ score: 70, days: 120, since: 'subscription_start' });
  });

  it('stays when the next criterion fails, when pinned, at the last phase, or in an unknown phase', () => {
    expect(nextStep(phases, { phaseKey: 'onboarding', pinned: false }, facts({ score: 40 }))).toBeNull();
    expect(nextStep(phases, { phaseKey: 'onboarding', pinned: true }, facts())).toBeNull();
    expect(nextStep(phases, { phaseKey: 'renewal', pinned: false }, facts())).toBeNull();
    expect(nextStep(phases, { phaseKey: 'gone', pinned: false }, facts())).toBeNull();
  });

  it('never enters a phase without a criterion automatically', () => {
    const manualOnly = [{ key: 'a', position: 1, criterion: null }, { key: 'b', position: 2, criterion: null }];
    expect(nextStep(manualOnly, { phaseKey: 'a', pinned: false }, facts())).toBeNull();
  });

  it('has Japanese and English defaults with the onboarding phase first', () => {
    expect(defaultPhases('ja').map((p) => p.name)).toEqual(['導入期', '活用・定着期', '拡大期', '更新期']);
    expect(defaultPhases('en')[0]).toMatchObject({ key: 'onboarding', isOnboarding: true, criterion: null });
    for (const p of defaultPhases('ja')) if (p.criterion) expect(PhaseCriterion.safeParse(p.criterion).success).toBe(true);
  });
});
