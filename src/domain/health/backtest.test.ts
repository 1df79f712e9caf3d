import { describe, expect, it } from 'vitest';
import { currentCenter, nominalWeights, summarizeBacktest, type BacktestRow } from './backtest.js';
import { applyStandardization, fitLogistic, standardize, toOriginalScale } from './stats/logistic.js';
import { defaultScorecardDefinition } from './default-scorecard.js';
import type { ScorecardDefinition } from './scorecard.js';

const two: ScorecardDefinition = {
  bands: { red: 40, green: 70 },
  root: { kind: 'group', id: 'all', label: 'all', weight: 1, children: [
    { kind: 'measure', id: 'use', label: 'use', weight: 1, source: { type: 'logins', windowDays: 30 }, normalize: { type: 'range', low: 0, high: 100 } },
    { kind: 'measure', id: 'noise', label: 'noise', weight: 1, source: { type: 'sentiment' }, normalize: { type: 'range', low: 1, high: 5 } },
  ] },
};

describe('summarizeBacktest', () => {
  it('reports AUC, churn by band and red lift (hand-counted example)', () => {
    // 10 accounts. Scores and outcomes: churned at 10, 20, 50; retained at 30, 60, 65, 75, 80, 90, 95.
    // AUC = P(a churner scores lower than a stayer), over 3 × 7 = 21 pairs: the churner at 10 and at 20
    //   is below all 7 stayers, the one at 50 below 6 of them (not 30): (7 + 7 + 6) / 21 = 0.952380…
    // Bands: red (<40) = 10, 20, 30 → 2 of 3 churned; yellow = 50, 60, 65 → 1 of 3; green = 75…95 → 0 of 4.
    // Overall churn 3/10 = 0.3; red lift = (2/3) / 0.3 = 2.2222…
    const scores: [number, boolean][] = [[10, true], [20, true], [30, false], [50, true], [60, false], [65, false], [75, false], [80, false], [90, false], [95, false]];
    const rows: BacktestRow[] = scores.map(([score, churned], i) => ({
      accountId: `a${i}`, score, band: score < 40 ? 'red' : score >= 70 ? 'green' : 'yellow',
      points: { use: score, noise: (i * 37) % 100 }, outcome: churned ? 'churned' : 'retained',
    }));
    const summary = summarizeBacktest(rows, two);
    expect(summary.auc).toBeCloseTo(20 / 21, 12);
    expect(summary.churnRate).toBe(0.3);
    expect(summary.bands.map((b) => [b.band, b.accounts, b.churned])).toEqual([['red', 3, 2], ['yellow', 3, 1], ['green', 4, 0]]);
    expect(summary.redLift).toBeCloseTo(2 / 3 / 0.3, 12);
    expect(summary.roc[0]).toMatchObject({ fpr: 0, tpr: 0 });
    // 10 accounts with 3 churners cannot be split 70/30 with two churners on each side.
    expect(summary.fit.heldOutAuc).toBeNull();
    expect(summary.fit.reason).toBe('too_few_churned');
    // The split is stratified: round(0.3 × 3 churners) = 1 of them is held out.
    expect(summary.fit.testChurned).toBe(1);
  });

  it('fits weights that favour the measure that predicts churn, judged on held-out accounts', () => {
    // 200 accounts: churn happens when `use` is low (deterministic rule with a band of overlap); `noise` is unrelated.
    const rows: BacktestRow[] = Array.from({ length: 200 }, (_, i) => {
      const use = (i * 53) % 100;
      const noise = (i * 29 + 7) % 100;
      const churned = use < 25 || (use < 45 && i % 3 === 0);
      const score = (use + noise) / 2;
      return { accountId: `a${i}`, score, band: score < 40 ? 'red' : score >= 70 ? 'green' : 'yellow', points: { use, noise }, outcome: churned ? 'churned' : 'retained' };
    });
    const { fit } = summarizeBacktest(rows, two);
    expect(fit.trainAccounts).toBe(140);
    expect(fit.testAccounts).toBe(60);
    // 63 accounts churn by the rule above (50 with use < 25, 13 more with 25 ≤ use < 45 and i % 3 = 0);
    // the stratified split holds out round(0.3 × 63) = 19 of them.
    expect(fit.testChurned).toBe(19);
    const use = fit.weights.find((w) => w.measureId === 'use');
    const noise = fit.weights.find((w) => w.measureId === 'noise');
    expect(use?.suggestedWeight).toBeGreaterThan(0.8);
    expect(use?.logOddsPer10Points).toBeLessThan(0);
    expect((use?.suggestedWeight ?? 0) + (noise?.suggestedWeight ?? 0)).toBeCloseTo(1, 12);
    expect(fit.heldOutAuc).toBeGreaterThan(0.9);
    // The fitted scorecard ranks the held-out accounts better than the 50/50 one.
    expect(fit.suggestedHeldOutAuc).toBeGreaterThan(fit.currentHeldOutAuc ?? 1);
    expect(fit.suggested?.root.children.map((c) => c.id)).toEqual(['use', 'noise']);
  });
});

describe('nominalWeights', () => {
  it('centres the penalty on the current scorecard: held there, the fit gives the current shares back', () => {
    // Current scorecard: 70 % use, 30 % noise. The score is exactly 0.7·use + 0.3·noise; churn when it is low.
    const points = Array.from({ length: 120 }, (_, i) => [(i * 37) % 100, (i * 61 + 11) % 100] as [number, number]);
    const scores = points.map(([use, noise]) => 0.7 * use + 0.3 * noise);
    const y = scores.map((s, i) => (s < 35 || (s < 50 && i % 4 === 0) ? 1 : 0));
    const scaling = standardize(points);
    const center = currentCenter(scores, y, [0.7, 0.3], scaling.sds)(points.map((_, i) => i));
    // Low scores churn: both coefficients are negative, in the ratio 0.7·sd(use) : 0.3·sd(noise).
    expect(center.every((c) => c < 0)).toBe(true);
    expect((center[0]! / center[1]!) / ((0.7 * scaling.sds[0]!) / (0.3 * scaling.sds[1]!))).toBeCloseTo(1, 12);
    // A penalty that outweighs the data keeps the fit at the centre; on the points' scale that is −c·(0.7, 0.3).
    const fit = fitLogistic(applyStandardization(points, scaling), y, { l2: 1e9, center });
    const original = toOriginalScale(fit, scaling).coefficients;
    const total = original.reduce((s, c) => s - c, 0);
    expect(original.map((c) => -c / total)).toEqual([expect.closeTo(0.7, 6), expect.closeTo(0.3, 6)]);
  });

  it('multiplies shares down the tree (default scorecard: logins 70% × 25/100)', () => {
    const weights = nominalWeights(defaultScorecardDefinition('en'));
    expect(weights.logins).toBeCloseTo(0.7 * 0.25, 12);
    expect(weights.sentiment).toBeCloseTo(0.3 * 0.5, 12);
    expect(Object.values(weights).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
  });
});
