import { describe, expect, it } from 'vitest';
import { buildEvidence, evidenceItems, type EvidenceCounts } from './evidence.js';
import { QUESTIONNAIRE } from './questionnaire.js';
import { MATURITY_AXES } from './types.js';

const COUNTS: EvidenceCounts = {
  customers: 40, withOwner: 30, withTouchTier: 10, segmentScorecards: 2, scored: 40, withRecentUsage: 36, kpisWithTargets: 3,
  withExecutiveSponsor: 20, withChampion: 8, touchedIn90Days: 25, touchesIn90Days: 100, withFreshSentiment: 12,
  withGoals: 16, goals: 20, goalsMeasured: 15,
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

  it('shows playbooks, onboarding and handoffs as not measured yet, never as zero', () => {
    const evidence = buildEvidence(COUNTS);
    expect(evidence.playbook.every((e) => e.kind === 'not_measured')).toBe(true);
    expect(evidence.onboarding.map((e) => e.kind === 'not_measured' && e.feature)).toEqual(['handoffs', 'onboarding']);
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
