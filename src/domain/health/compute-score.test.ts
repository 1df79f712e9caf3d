import { describe, expect, it } from 'vitest';
import { computeScore, pointsFor } from './compute-score.js';
import { quantilesOf } from './quantiles.js';
import type { ScorecardDefinition } from './scorecard.js';

// Worked example (by hand): overall = engagement (weight 3) + relationship (weight 1).
//   engagement: logins 12 on a 0–20 range → 60 points (w 1); breadth 5 with steps ≥2:40, ≥4:70, ≥6:100 → 70 (w 1)
//     → (60 + 70) / 2 = 65
//   relationship: sentiment 4 on 1–5 → 75 points (w 1); NPS missing → left out → 75
//   overall = (65·3 + 75·1) / 4 = 270 / 4 = 67.5 → yellow with bands red < 40, green ≥ 70.
//   effective weights: logins 3/8, breadth 3/8, sentiment 1/4, nps 0 → shortfalls 40·3/8 = 15, 30·3/8 = 11.25, 25/4 = 6.25.
const definition: ScorecardDefinition = {
  bands: { red: 40, green: 70 },
  root: {
    kind: 'group', id: 'overall', label: 'Overall', weight: 1, children: [
      { kind: 'group', id: 'engagement', label: 'Engagement', weight: 3, children: [
        { kind: 'measure', id: 'logins', label: 'Logins', weight: 1, source: { type: 'logins', windowDays: 30 }, normalize: { type: 'range', low: 0, high: 20 } },
        { kind: 'measure', id: 'breadth', label: 'Breadth', weight: 1, source: { type: 'feature_breadth', windowDays: 30 },
          normalize: { type: 'threshold', steps: [{ min: 2, points: 40 }, { min: 4, points: 70 }, { min: 6, points: 100 }], below: 0 } },
      ] },
      { kind: 'group', id: 'relationship', label: 'Relationship', weight: 1, children: [
        { kind: 'measure', id: 'sentiment', label: 'Sentiment', weight: 1, source: { type: 'sentiment' }, normalize: { type: 'range', low: 1, high: 5 } },
        { kind: 'measure', id: 'nps', label: 'NPS', weight: 1, source: { type: 'survey', metric: 'nps' }, normalize: { type: 'range', low: 0, high: 10 } },
      ] },
    ],
  },
};

describe('computeScore', () => {
  it('combines measures by group weights and leaves missing data out (worked example in the comment)', () => {
    const result = computeScore(definition, { logins: 12, breadth: 5, sentiment: 4, nps: null });
    expect(result.score).toBe(67.5);
    expect(result.band).toBe('yellow');
    expect(result.groups).toEqual({ overall: 67.5, engagement: 65, relationship: 75 });
    const byId = Object.fromEntries(result.measures.map((m) => [m.id, m]));
    expect(byId.logins).toMatchObject({ points: 60, weight: 3 / 8, path: ['overall', 'engagement'] });
    expect(byId.nps).toMatchObject({ value: null, points: null, weight: 0, contribution: 0 });
    expect(byId.logins?.shortfall).toBeCloseTo(15, 12);
    expect(byId.breadth?.shortfall).toBeCloseTo(11.25, 12);
    expect(result.pullingDown).toEqual(['logins', 'breadth', 'sentiment']);
    const sum = result.measures.reduce((s, m) => s + m.contribution, 0);
    expect(sum).toBeCloseTo(67.5, 9);
  });

  it('has no score when no measure has data, and drops a whole group without data', () => {
    expect(computeScore(definition, {}).score).toBeNull();
    expect(computeScore(definition, {}).band).toBeNull();
    // Only sentiment 5 → relationship 100 → overall 100 (engagement has no data at all).
    expect(computeScore(definition, { sentiment: 5 }).score).toBe(100);
  });

  it('bands at the thresholds: below red is red, at green is green', () => {
    const single: ScorecardDefinition = { bands: { red: 40, green: 70 }, root: { kind: 'group', id: 'r', label: 'r', weight: 1, children: [
      { kind: 'measure', id: 'm', label: 'm', weight: 1, source: { type: 'account_field', field: 'x' }, normalize: { type: 'range', low: 0, high: 100 } },
    ] } };
    expect(computeScore(single, { m: 39.9 }).band).toBe('red');
    expect(computeScore(single, { m: 40 }).band).toBe('yellow');
    expect(computeScore(single, { m: 70 }).band).toBe('green');
  });
});

describe('pointsFor', () => {
  it('normalises by thresholds, ranges (clamped, inverted) and percentiles', () => {
    const steps = { type: 'threshold' as const, steps: [{ min: 4, points: 70 }, { min: 2, points: 40 }], below: 10 };
    expect([0, 2, 3.9, 4, 100].map((v) => pointsFor(v, steps))).toEqual([10, 40, 40, 70, 70]);
    expect(pointsFor(-5, { type: 'range', low: 0, high: 10 })).toBe(0);
    expect(pointsFor(15, { type: 'range', low: 0, high: 10 })).toBe(100);
    expect(pointsFor(2.5, { type: 'range', low: 0, high: 10, invert: true })).toBe(75);
    // 1..101: the value 51 is the 50th percentile of its own population.
    const q = quantilesOf(Array.from({ length: 101 }, (_, i) => i + 1));
    expect(pointsFor(51, { type: 'percentile' }, q)).toBe(50);
    expect(pointsFor(51, { type: 'percentile', invert: true }, q)).toBe(50);
    expect(pointsFor(91, { type: 'percentile' }, q)).toBe(90);
  });
});
