import { describe, expect, it } from 'vitest';
import { SUGGESTIONS, suggestImprovements } from './improvement-suggestions.js';
import { MATURITY_AXES, type AxisScores } from './types.js';

describe('suggestImprovements', () => {
  it('suggests steps for the three weakest axes, weakest first', () => {
    const scores: AxisScores = { alignment: 80, team: 70, segmentation: 30, playbook: 10, resources: 60, onboarding: 20, relationship: 50, outcome: 90 };
    const result = suggestImprovements(scores);
    expect(result.map((r) => [r.axis, r.score])).toEqual([['playbook', 10], ['onboarding', 20], ['segmentation', 30]]);
    expect(result[0]?.suggestions).toBe(SUGGESTIONS.playbook);
  });

  it('suggests nothing for an axis already at 100', () => {
    const scores = Object.fromEntries(MATURITY_AXES.map((a) => [a, 100])) as AxisScores;
    expect(suggestImprovements({ ...scores, team: 90 })).toEqual([expect.objectContaining({ axis: 'team' })]);
  });

  it('gives every axis bilingual steps that link into the app', () => {
    for (const axis of MATURITY_AXES) {
      expect(SUGGESTIONS[axis].length).toBeGreaterThanOrEqual(2);
      for (const s of SUGGESTIONS[axis]) {
        expect(s.link).toMatch(/^\/[a-z]/);
        expect(s.text.ja).not.toBe('');
        expect(s.text.en).not.toBe('');
      }
    }
  });
});
