import { describe, expect, it } from 'vitest';
import { buildEvidence, evidenceItems, type EvidenceCounts } from './evidence.js';
import { QUESTIONNAIRE } from './questionnaire.js';
import { MATURITY_AXES } from './types.js';

const COUNTS: EvidenceCounts = {
  customers: 40, withOwner: 30, withTouchTier: 10, segmentScorecards: 2, scored: 40, withRecentUsage: 36, kpisWithTargets: 3,
  withExecutiveSponsor: 20, withChampion: 8, touchedIn90Days: 25, touchesIn90Days: 100, withFreshSentiment: 12,
  withGoals: 16, goals: 20, goalsMeasured: 15,
  activePlaybooks: 4, playbookRunsIn90Days: 37, handoffs: 8, handoffCompletenessSum: 560, onboardingEntrants: 10, onboardingComplete: 7,
};

describe('buildEvidence', () => {
  it('turns counts into shares of the customers', () => {
    const evidence = buildEvidence(COUNTS);
    expect(evidence.team).toEqual([{ key: 'customers_with_owner', question: 'team.ownership', kind: 'share', numerator: 30, denominator: 40, value: 0.75 }]);
    expect(evidence.outcome.find((e) => e.key === 'customers_with_goals')).toMatchObject({ value: 0.4 });
    expect(evidence.outcome.find((e) => e.key === 'goals_measured')).toMatchObject({ value: 0.75 });
    // 100 touches over 40 customers = 2.5 each.
    expect(evidence.relationship.find((e) => e.key === 'touches_per_customer')).toMatchObject({ kind: 'average', value: 2.5 });
  });

  it('measures playbooks, handoff completeness and onboarding completion from the journey', () => {
    const evidence = buildEvidence(COUNTS);
    expect(evidence.playbook).toEqual([
      { key: 'playbooks_active', question: 'playbook.defined', kind: 'count', value: 4 },
      { key: 'playbooks_triggered', question: 'playbook.triggers', kind: 'count', value: 37 },
    ]);
    // 560 points over 8 submitted handoffs = 70 on average; 7 of 10 onboarding entrants complete.
    expect(evidence.onboarding).toEqual([
      { key: 'handoff_completeness', question: 'onboarding.handoff', kind: 'average', value: 70 },
      { key: 'onboarding_completion', question: 'onboarding.completion', kind: 'share', numerator: 7, denominator: 10, value: 0.7 },
    ]);
    const none = buildEvidence({ ...COUNTS, handoffs: 0, handoffCompletenessSum: 0, onboardingEntrants: 0, onboardingComplete: 0 });
    expect(none.onboarding.map((e) => 'value' in e && e.value)).toEqual([null, null]);
  });

  it('gives no share, rather than 0%, when there is nothing to divide by', () => {
    const evidence = buildEvidence({ ...COUNTS, customers: 0, goals: 0, withOwner: 0 });
    expect(evidence.team[0]).toMatchObject({ value: null, denominator: 0 });
    expect(evidence.outcome.find((e) => e.key === 'goals_measured')).toMatchObject({ value: null });
    expect(evidence.relationship.find((e) => e.key === 'touches_per_customer')).toMatchObject({ value: null });
  });

  it('points every item at a real question of its own axis', () => {
    const ids = new Set(QUESTIONNAIRE.questions.map((q) => q.id));
    const evidence = buildEvidence(COUNTS);
    for (const axis of MATURITY_AXES) {
      for (const item of evidence[axis]) {
        expect(ids.has(item.question), item.key).toBe(true);
        expect(item.question.startsWith(`${axis}.`)).toBe(true);
      }
    }
    expect(evidenceItems(evidence).length).toBe(17);
  });
});
