import { describe, expect, it } from 'vitest';
import { chooseL2ByCrossValidation, fitWithHeldOutAuc, stratifiedFolds, trainTestSplit } from './cross-validation.js';
import { fitLogistic, predictLogistic } from './logistic.js';
import { rocAuc } from './roc.js';

// 80 rows from formulas that numpy reproduces exactly (see the scipy script below); the label depends on a
// noise term sin(5.1·i) that is not a feature, so no model separates the classes. 34 positives, 46 negatives.
const X = Array.from({ length: 80 }, (_, i) => [Math.sin(1.7 * i), ((i * 7) % 11) / 11 - 0.5, Math.cos(0.37 * i)]);
const y = X.map((row, i) => (row[0]! + row[1]! + 1.2 * Math.sin(5.1 * i) > 0.3 ? 1 : 0));

// stratifiedFolds(y, 5, 42), pinned: the folds come from the seeded generator of domain/demo/random.ts.
const FOLDS_SEED_42 = [
  0, 3, 0, 3, 3, 2, 0, 4, 3, 4, 1, 4, 1, 1, 2, 4, 3, 0, 4, 0, 4, 3, 4, 3, 2, 1, 0, 1, 2, 0, 3, 3, 1, 3, 2, 4, 1, 1, 2, 2,
  4, 1, 4, 1, 0, 3, 0, 4, 2, 1, 1, 3, 2, 1, 3, 4, 0, 3, 4, 2, 0, 0, 0, 2, 2, 4, 2, 0, 1, 1, 0, 3, 4, 3, 2, 1, 2, 4, 0, 2,
];

function countBy(values: number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

describe('stratifiedFolds', () => {
  it('is deterministic from the seed', () => {
    expect(stratifiedFolds(y, 5, 42)).toEqual(FOLDS_SEED_42);
    expect(stratifiedFolds(y, 5, 43)).not.toEqual(FOLDS_SEED_42);
  });

  it('gives every fold ⌊n/k⌋ or ⌈n/k⌉ of each class', () => {
    const folds = stratifiedFolds(y, 5, 7);
    expect(y.filter((v) => v === 1)).toHaveLength(34);
    for (const label of [0, 1]) {
      const perFold = countBy(folds.filter((_, row) => y[row] === label));
      const total = y.filter((v) => v === label).length;
      expect([...perFold.keys()].sort()).toEqual([0, 1, 2, 3, 4]);
      for (const n of perFold.values()) expect(n === Math.floor(total / 5) || n === Math.ceil(total / 5)).toBe(true);
    }
    expect([...countBy(folds).values()]).toEqual([16, 16, 16, 16, 16]);
  });

  it('rejects fewer than 2 folds', () => {
    expect(() => stratifiedFolds(y, 1, 1)).toThrow(/^k:/);
  });
});

describe('trainTestSplit', () => {
  it('puts round(share × count) of each class in test, the rest in train, disjoint and sorted', () => {
    const { train, test } = trainTestSplit(y, 0.25, 3);
    expect(test.filter((r) => y[r] === 1)).toHaveLength(Math.round(0.25 * 34)); // 9 (8.5 rounds up)
    expect(test.filter((r) => y[r] === 0)).toHaveLength(Math.round(0.25 * 46)); // 12 (11.5 rounds up)
    expect([...train, ...test].sort((a, b) => a - b)).toEqual(y.map((_, i) => i));
    expect(train).toEqual([...train].sort((a, b) => a - b));
    expect(trainTestSplit(y, 0.25, 3)).toEqual({ train, test });
    expect(trainTestSplit(y, 0.25, 4).test).not.toEqual(test);
    expect(() => trainTestSplit(y, 1, 3)).toThrow(/testShare/);
  });
});

describe('chooseL2ByCrossValidation', () => {
  it('scores each l2 by the pooled out-of-fold AUC, matching scipy on the same folds', () => {
    // python3 (scipy 1.17.1), with X, y from the formulas above and FOLDS_SEED_42 pasted as `folds`:
    //   for l2 in grid: oof = zeros(80); for k in range(5): tr = folds != k; b = BFGS fit on tr (the penalised
    //   objective of logistic.test.ts, gtol 1e-12, five restarts); oof[~tr] = 1/(1+exp(-(A[~tr]@b)))
    //   U = mannwhitneyu(oof[y==1], oof[y==0]).statistic; print(U/(34*46))
    // gives U = 1222, 1218, 1188, 1179, 1147. AUC is a count over 1564 pairs, so the match is exact.
    const { best, results } = chooseL2ByCrossValidation(X, y, { grid: [0.01, 1, 10, 30, 100], k: 5, seed: 42 });
    expect(results.map((r) => r.l2)).toEqual([0.01, 1, 10, 30, 100]);
    [1222, 1218, 1188, 1179, 1147].forEach((u, i) => expect(results[i]!.auc).toBeCloseTo(u / 1564, 14));
    expect(best).toBe(0.01);
  });

  it('breaks ties toward the larger l2, whatever the grid order', () => {
    // Classes far apart: every fold model ranks all rows perfectly, so every l2 scores AUC 1.
    const wide = Array.from({ length: 20 }, (_, i) => [i < 10 ? -10 - i / 10 : 10 + i / 10]);
    const labels = wide.map((_, i) => (i < 10 ? 0 : 1));
    const { best, results } = chooseL2ByCrossValidation(wide, labels, { grid: [1, 0.01, 0.1], k: 4, seed: 1 });
    expect(results.map((r) => r.auc)).toEqual([1, 1, 1]);
    expect(best).toBe(1);
  });

  it('names the field at fault', () => {
    expect(() => chooseL2ByCrossValidation(X, y, { grid: [], k: 5, seed: 1 })).toThrow(/^grid/);
    expect(() => chooseL2ByCrossValidation(X, y.slice(1), { grid: [1], k: 5, seed: 1 })).toThrow(/^y:/);
  });
});

describe('fitWithHeldOutAuc', () => {
  const options = { grid: [0.01, 1, 10, 100], k: 5, seed: 11, testShare: 0.3 };

  it('chooses l2 on the training rows only and reports the AUC of the untouched test rows', () => {
    const result = fitWithHeldOutAuc(X, y, options);
    const { train, test } = trainTestSplit(y, 0.3, 11);
    expect(result.trainRows).toEqual(train);
    expect(result.testRows).toEqual(test);
    expect(result.testPositives).toBe(10); // round(0.3 × 34)
    expect(result.testNegatives).toBe(14); // round(0.3 × 46)

    // Recomposed from the parts: CV on the training rows alone, one fit on them, AUC on the test rows.
    const trainX = train.map((r) => X[r]!);
    const trainY = train.map((r) => y[r]!);
    const cv = chooseL2ByCrossValidation(trainX, trainY, { grid: options.grid, k: 5, seed: 11 });
    expect(result.l2).toBe(cv.best);
    expect(result.cvResults).toEqual(cv.results);
    const model = fitLogistic(trainX, trainY, { l2: cv.best });
    expect(result.model?.coefficients).toEqual(model.coefficients);
    const heldOut = rocAuc(test.map((r) => predictLogistic(model, X[r]!)), test.map((r) => y[r] === 1));
    expect(result.heldOutAuc).toBe(heldOut);
    expect(result.heldOutAuc).toBeGreaterThan(0.6); // the features do carry signal
    expect(result.reason).toBeNull();
  });

  it('declines, with a reason, when a class has fewer than 2 rows in train or test', () => {
    const twoChurned = y.map((_, i) => (i === 4 || i === 5 ? 1 : 0)); // 2 churned: round(0.3 × 2) = 1 in test
    expect(fitWithHeldOutAuc(X, twoChurned, options)).toMatchObject({
      heldOutAuc: null, model: null, l2: null, reason: 'too_few_churned', testPositives: 1, testNegatives: 23,
    });
    const fewRetained = y.map((_, i) => (i < 3 ? 0 : 1));
    expect(fitWithHeldOutAuc(X, fewRetained, options).reason).toBe('too_few_retained');
  });
});
