import { describe, expect, it } from 'vitest';
import { computeScore } from './compute-score.js';
import { defaultScorecardDefinition } from './default-scorecard.js';
import { explainStored, storeExplanation } from './stored-explanation.js';

describe('stored explanations', () => {
  const definition = defaultScorecardDefinition('ja');
  const result = computeScore(definition, {
    logins: 12, active_ratio: 0.45, breadth: 3, usage_trend: -20.123456789, sentiment: 2, nps: null, renewal: 45,
  }, { logins: Array.from({ length: 101 }, (_, i) => i * 0.5) });

  it('restores labels, paths, contributions and shortfalls from the definition', () => {
    const restored = explainStored(storeExplanation(result), definition);
    expect(restored.pullingDown).toEqual(result.pullingDown);
    expect(restored.groups).toEqual(result.groups);
    for (const [i, m] of restored.measures.entries()) {
      const original = result.measures[i]!;
      expect(m).toMatchObject({ id: original.id, label: original.label, path: original.path, points: original.points });
      expect(m.weight).toBeCloseTo(original.weight, 6);
      // restored from the points as shown (one decimal), so within 0.05 × weight of the exact figure
      expect(m.contribution).toBeCloseTo(original.contribution, 1);
      expect(m.shortfall).toBeCloseTo(original.shortfall, 1);
    }
    expect(restored.measures.find((m) => m.id === 'usage_trend')?.value).toBe(-20.1235);
  });

  it('stores less than half of the full explanation', () => {
    const full = JSON.stringify({ measures: result.measures, groups: result.groups, pullingDown: result.pullingDown });
    expect(JSON.stringify(storeExplanation(result)).length).toBeLessThan(full.length / 2);
  });

  it('keeps what an older row stored when its definition is gone', () => {
    const old = { measures: result.measures, groups: result.groups, pullingDown: result.pullingDown };
    expect(explainStored(old, null).measures[0]).toMatchObject({ label: result.measures[0]!.label, path: result.measures[0]!.path });
  });
});
