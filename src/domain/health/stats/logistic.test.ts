import { describe, expect, it } from 'vitest';
import {
  fitLogistic, logisticGradient, logisticObjective, predictLogistic, sigmoid, standardize, toOriginalScale,
  type LogisticModel,
} from './logistic.js';

/*
 * Reference values: scipy 1.17.1 (Debian python3), minimising the same penalised objective with BFGS:
 *
 *   import numpy as np; from scipy.optimize import minimize
 *   A = np.column_stack([np.ones(len(X)), X])
 *   f = lambda b: np.sum(np.logaddexp(0, A@b) - y*(A@b)) + l2/2*np.sum(b[1:]**2)
 *   g = lambda b: A.T@(1/(1+np.exp(-(A@b))) - y) + l2*np.r_[0, b[1:]]
 *   b = np.zeros(A.shape[1])
 *   for _ in range(5): b = minimize(f, b, jac=g, method='BFGS', options={'gtol': 1e-12, 'maxiter': 10000}).x
 *
 * (restarted five times because BFGS stops on "precision loss" first). The max |gradient| at scipy's answers is
 * ≤ 5e-10; fitLogistic agrees with them to within 5e-9 (so does a plain numpy Newton iteration), and the tests
 * compare to 7 decimals (|difference| < 5e-8).
 */

// 24 rows drawn once with numpy (default_rng(7)), rounded to 0.1 and pasted: not separable.
const X = [
  [0.0, 53.0], [-0.4, 41.1], [-0.7, 40.1], [0.1, 63.4], [-0.7, 43.8], [0.7, 53.6], [0.2, 40.7], [-0.0, 57.0],
  [-2.0, 45.4], [-2.9, 37.1], [-2.8, 47.6], [-1.9, 52.7], [0.2, 48.1], [-3.8, 44.6], [-0.1, 51.1], [-2.3, 45.2],
  [-1.5, 41.9], [1.6, 41.9], [-0.0, 58.8], [-0.9, 48.9], [0.2, 50.6], [-1.8, 50.8], [2.0, 34.5], [1.3, 51.2],
];
const y = [0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 0, 1, 0, 1, 0];

function expectModel(model: LogisticModel, expected: number[], digits = 7): void {
  expect(model.intercept).toBeCloseTo(expected[0]!, digits);
  model.coefficients.forEach((c, j) => expect(c).toBeCloseTo(expected[j + 1]!, digits));
  expect(model.coefficients).toHaveLength(expected.length - 1);
}

function beta(model: LogisticModel): number[] {
  return [model.intercept, ...model.coefficients];
}

describe('fitLogistic', () => {
  it('matches scipy BFGS with a negligible penalty (l2 = 1e-6)', () => {
    const fit = fitLogistic(X, y, { l2: 1e-6 });
    expect(fit.converged).toBe(true);
    expectModel(fit, [-0.48020174566517937, 1.5925163414625747, 0.009222804456990596]);
  });

  it('matches scipy BFGS with a real penalty (l2 = 3), intercept unpenalised', () => {
    const fit = fitLogistic(X, y, { l2: 3 });
    expectModel(fit, [-0.9514461257844835, 0.841629610225033, 0.016505054534897076]);
  });

  it('pulls toward a centre instead of zero: matches scipy BFGS (l2 = 3, centre [−0.5, 0.05])', () => {
    // scipy as above with the penalty l2/2·Σ(b[1:] − c)² and its gradient l2·(b[1:] − c); max |gradient| 1e-9.
    const center = [-0.5, 0.05];
    const fit = fitLogistic(X, y, { l2: 3, center });
    expectModel(fit, [-1.0654804966517204, 0.6769685221887072, 0.017999974001405097]);
    expect(Math.max(...logisticGradient(X, y, beta(fit), 3, center).map(Math.abs))).toBeLessThan(1e-8);
    // A penalty that outweighs the data leaves the coefficients at the centre.
    expect(fitLogistic(X, y, { l2: 1e9, center }).coefficients.map((c, j) => c - center[j]!).every((d) => Math.abs(d) < 1e-6)).toBe(true);
    expect(() => fitLogistic(X, y, { l2: 1, center: [1] })).toThrow('center: expected 2 finite numbers, got 1');
  });

  it('stops where the gradient of the penalised objective is ~0 (checked against finite differences)', () => {
    for (const l2 of [1e-6, 0.5, 3]) {
      const fit = fitLogistic(X, y, { l2 });
      const gradient = logisticGradient(X, y, beta(fit), l2);
      expect(Math.max(...gradient.map(Math.abs))).toBeLessThan(1e-8);
    }
    // The gradient function itself, by central differences of the objective at an arbitrary point.
    const point = [0.3, -0.7, 0.02];
    const analytic = logisticGradient(X, y, point, 2);
    point.forEach((_, j) => {
      const h = 1e-6;
      const up = point.map((b, k) => (k === j ? b + h : b));
      const down = point.map((b, k) => (k === j ? b - h : b));
      const numeric = (logisticObjective(X, y, up, 2) - logisticObjective(X, y, down, 2)) / (2 * h);
      expect(analytic[j]).toBeCloseTo(numeric, 4);
    });
  });

  it('stays finite on separable data and matches scipy there (x = ±0.5, ±1, ±2, l2 = 0.1)', () => {
    // Same scipy script with X = [[-2],[-1],[-0.5],[0.5],[1],[2]], y = [0,0,0,1,1,1], l2 = 0.1:
    // b = [-1.76e-16, 2.9554332041404314]. By symmetry the intercept is exactly 0.
    const fit = fitLogistic([[-2], [-1], [-0.5], [0.5], [1], [2]], [0, 0, 0, 1, 1, 1], { l2: 0.1 });
    expect(fit.converged).toBe(true);
    expect(fit.intercept).toBeCloseTo(0, 12);
    expect(fit.coefficients[0]).toBeCloseTo(2.9554332041404314, 9);
  });

  it('gives a constant column weight 0 and leaves the other coefficients as without it', () => {
    const withConstant = X.map((row) => [...row, 7]);
    const fit = fitLogistic(withConstant, y, { l2: 3 });
    expect(fit.coefficients[2]).toBeCloseTo(0, 10);
    expectModel(fit, [-0.9514461257844835, 0.841629610225033, 0.016505054534897076, 0]);
  });

  it('survives an unpenalised fit with a constant column (singular Hessian): same predictions as without it', () => {
    const fit = fitLogistic(X.map((row) => [...row, 1]), y, { l2: 0 });
    const plain = fitLogistic(X, y, { l2: 0 });
    expect(fit.converged).toBe(true);
    X.forEach((row) => expect(predictLogistic(fit, [...row, 1])).toBeCloseTo(predictLogistic(plain, row), 8));
  });

  it('stays finite when every row has the same class, predicting that class', () => {
    const fit = fitLogistic(X, y.map(() => 0), { l2: 1 });
    expect(Number.isFinite(fit.intercept)).toBe(true);
    X.forEach((row) => expect(predictLogistic(fit, row)).toBeLessThan(1e-6));
  });

  it('names the field at fault', () => {
    expect(() => fitLogistic([], [], { l2: 1 })).toThrow(/^X/);
    expect(() => fitLogistic([[1]], [0, 1], { l2: 1 })).toThrow(/^y:/);
    expect(() => fitLogistic([[1], [2, 3]], [0, 1], { l2: 1 })).toThrow(/X\[1\]/);
    expect(() => fitLogistic([[1], [2]], [0, 2], { l2: 1 })).toThrow(/y\[1\]/);
    expect(() => fitLogistic([[1], [2]], [0, 1], { l2: -1 })).toThrow(/l2/);
  });
});

describe('predictLogistic', () => {
  it('is σ(intercept + w·x), without overflow at the extremes', () => {
    const model = { intercept: -1, coefficients: [2, 0.5] };
    expect(predictLogistic(model, [1, 2])).toBeCloseTo(1 / (1 + Math.exp(-2)), 15);
    expect(predictLogistic({ intercept: 0, coefficients: [1] }, [0])).toBe(0.5);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(() => predictLogistic(model, [1])).toThrow(/^x:/);
  });
});

describe('standardize and toOriginalScale', () => {
  it('uses population standard deviations, as numpy X.std(axis=0)', () => {
    // numpy: X.mean(0) = [-0.6458333333333331, 47.62916666666667]; X.std(0) = [1.44192555478969, 6.855562167969078]
    const { means, sds, Z } = standardize(X);
    expect(means[0]).toBeCloseTo(-0.6458333333333331, 13);
    expect(means[1]).toBeCloseTo(47.62916666666667, 12);
    expect(sds[0]).toBeCloseTo(1.44192555478969, 13);
    expect(sds[1]).toBeCloseTo(6.855562167969078, 12);
    expect(Z.reduce((s, row) => s + row[1]! ** 2, 0) / Z.length).toBeCloseTo(1, 13);
  });

  it('matches scipy BFGS on the standardized features (l2 = 1)', () => {
    // The scipy script above with X replaced by (X − X.mean(0)) / X.std(0) and l2 = 1.
    const fit = fitLogistic(standardize(X).Z, y, { l2: 1 });
    expectModel(fit, [-0.7522000496522571, 1.3703926750851936, 0.09030700966265456]);
  });

  it('maps a standardized fit back to the original scale (unpenalised fits agree, predictions too)', () => {
    const scaling = standardize(X);
    const back = toOriginalScale(fitLogistic(scaling.Z, y, { l2: 1e-6 }), scaling);
    expectModel(back, [-0.48020174566517937, 1.5925163414625747, 0.009222804456990596], 5);
    const penalised = fitLogistic(scaling.Z, y, { l2: 1 });
    const original = toOriginalScale(penalised, scaling);
    X.forEach((row, i) => expect(predictLogistic(original, row)).toBeCloseTo(predictLogistic(penalised, scaling.Z[i]!), 12));
  });

  it('turns a constant column into zeros and gives it coefficient 0 on the original scale', () => {
    const scaling = standardize(X.map((row) => [...row, 4]));
    expect(scaling.sds[2]).toBe(0);
    expect(scaling.Z.every((row) => row[2] === 0)).toBe(true);
    const back = toOriginalScale(fitLogistic(scaling.Z, y, { l2: 1 }), scaling);
    expect(back.coefficients[2]).toBe(0);
  });
});
