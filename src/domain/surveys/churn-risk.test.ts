import { describe, expect, it } from 'vitest';
import { churnMapping, DEFAULT_CHURN_MAPPING, nonIncreasing, portfolioRisk, PRIOR_STRENGTH, riskOf, type CalibrationRow } from './churn-risk.js';

const rows = (continuation: number, n: number, churned: number): CalibrationRow[] =>
  Array.from({ length: n }, (_, i) => ({ continuation, churned: i < churned }));

describe('churnMapping', () => {
  it('uses the default mapping, and says why, without history', () => {
    const none = churnMapping([]);
    expect(none).toMatchObject({ kind: 'default', reason: 'no_history', historyResponses: 0 });
    expect(none.levels.map((l) => l.risk)).toEqual([0.8, 0.55, 0.25, 0.08, 0.03]);
    const little = churnMapping(rows(5, 29, 1));
    expect(little).toMatchObject({ kind: 'default', reason: 'too_little_history', historyResponses: 29 });
    expect(riskOf(little, 5)).toBe(DEFAULT_CHURN_MAPPING[5]);
  });

  it('calibrates on 30+ known outcomes, shrinking each level toward the default and keeping the risks monotone', () => {
    const history = [...rows(5, 20, 2), ...rows(4, 10, 0), ...rows(3, 5, 3), ...rows(2, 3, 3), ...rows(1, 2, 2)];
    const mapping = churnMapping(history);
    expect(PRIOR_STRENGTH).toBe(20);
    expect(mapping).toMatchObject({ kind: 'calibrated', reason: 'calibrated', historyResponses: 40, priorStrength: 20 });
    // Posterior means (churned + 20·p₀) / (n + 20), worked by hand:
    //   1: (2 + 16) / 22 = 0.818182; 2: (3 + 11) / 23 = 0.608696; 3: (3 + 5) / 25 = 0.32;
    //   4: (0 + 1.6) / 30 = 0.053333; 5: (2 + 0.6) / 40 = 0.065.
    // Level 4 below level 5 breaks the order: the two pool, weighted by n + 20: (1.6 + 2.6) / (30 + 40) = 0.06.
    const risks = mapping.levels.map((l) => l.risk);
    expect(risks[0]).toBeCloseTo(18 / 22, 12);
    expect(risks[1]).toBeCloseTo(14 / 23, 12);
    expect(risks[2]).toBeCloseTo(0.32, 12);
    expect(risks[3]).toBeCloseTo(0.06, 12);
    expect(risks[4]).toBeCloseTo(0.06, 12);
    expect(mapping.levels[0]).toMatchObject({ level: 1, n: 2, churned: 2, prior: 0.8 });
    expect(mapping.levels[4]).toMatchObject({ level: 5, n: 20, churned: 2, prior: 0.03 });
  });

  it('maps no answer to no risk', () => {
    expect(riskOf(churnMapping([]), null)).toBeNull();
  });
});

describe('nonIncreasing', () => {
  it('pools adjacent violators by weight', () => {
    expect(nonIncreasing([0.1, 0.3, 0.2], [1, 1, 1]).map((x) => Math.round(x * 1e12) / 1e12)).toEqual([0.2, 0.2, 0.2]);
    // (0.1·1 + 0.2·3) / 4 = 0.175
    const pooled = nonIncreasing([0.5, 0.1, 0.2], [1, 1, 3]);
    expect(pooled[0]).toBe(0.5);
    expect(pooled[1]).toBeCloseTo(0.175, 12);
    expect(pooled[2]).toBeCloseTo(0.175, 12);
    expect(nonIncreasing([0.9, 0.5, 0.1], [1, 1, 1])).toEqual([0.9, 0.5, 0.1]);
  });
});

describe('portfolioRisk', () => {
  it('averages respondents per account, weighs accounts by ARR and sums the ARR at risk', () => {
    const arr: Record<string, number> = { a: 1_200_000, b: 600_000, c: 0, d: 500_000 };
    const result = portfolioRisk(churnMapping([]), [
      { accountId: 'a', continuation: 5 }, { accountId: 'a', continuation: 3 },
      { accountId: 'b', continuation: 2 }, { accountId: 'c', continuation: 4 }, { accountId: 'd', continuation: null },
    ], (id) => arr[id] ?? 0);
    // a: (0.03 + 0.25) / 2 = 0.14; b: 0.55; c: 0.08 with no ARR; d answered no continuation and is left out.
    expect(result.accounts.map((x) => [x.accountId, x.respondents, Math.round(x.risk * 1e9) / 1e9])).toEqual([['a', 2, 0.14], ['b', 1, 0.55], ['c', 1, 0.08]]);
    // ARR at risk 1,200,000 × 0.14 + 600,000 × 0.55 = 168,000 + 330,000 = 498,000 of 1,800,000 → 0.276667.
    expect(result.totalArr).toBe(1_800_000);
    expect(result.arrAtRisk).toBeCloseTo(498_000, 6);
    expect(result.overallRisk).toBeCloseTo(498_000 / 1_800_000, 12);
    expect(result.weighting).toBe('arr');
  });

  it('falls back to the plain mean of accounts when none has ARR', () => {
    const result = portfolioRisk(churnMapping([]), [{ accountId: 'a', continuation: 5 }, { accountId: 'b', continuation: 1 }], () => 0);
    expect(result).toMatchObject({ weighting: 'accounts', totalArr: 0, arrAtRisk: 0 });
    expect(result.overallRisk).toBeCloseTo((0.03 + 0.8) / 2, 12);
    expect(portfolioRisk(churnMapping([]), [], () => 0).overallRisk).toBeNull();
  });
});
