/**
 * L2-regularised logistic regression for the health-score backtest, fitted by Newton–Raphson (IRLS) with a
 * backtracking line search. Objective: Σ log-loss + (l2/2)·‖w − c‖², the intercept unpenalised; the centre c is 0
 * (ridge) unless given — the backtest pulls toward the weights of the current scorecard, so thin history leaves
 * them as they are. Feature counts are small (≤ 30), so each step forms the (p+1)×(p+1) Hessian and solves it by
 * Cholesky.
 */
import { solveSymmetric } from './linear-solve.js';

export type LogisticModel = { intercept: number; coefficients: number[] };
export type LogisticFit = LogisticModel & { iterations: number; converged: boolean };
export type LogisticOptions = {
  /** Penalty weight on the squared coefficients (≥ 0); 0 is plain maximum likelihood. */
  l2: number;
  /** What the penalty pulls the coefficients toward (one per feature); zeros when absent. */
  center?: readonly number[];
  maxIterations?: number;
  /** Stop (after one last full Newton step) when half the Newton decrement, ≈ objective − minimum, is below this. Default 1e-10. */
  tolerance?: number;
};

/** log(1 + e^η) without overflow. */
function softplus(eta: number): number {
  return eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
}

/** 1 / (1 + e^−η) without overflow. */
export function sigmoid(eta: number): number {
  if (eta >= 0) return 1 / (1 + Math.exp(-eta));
  const e = Math.exp(eta);
  return e / (1 + e);
}

function linear(beta: readonly number[], row: readonly number[]): number {
  let eta = beta[0] as number;
  for (let j = 0; j < row.length; j++) eta += (beta[j + 1] as number) * (row[j] as number);
  return eta;
}

const centerOf = (center: readonly number[] | undefined, j: number) => (center?.[j - 1] ?? 0);

/** The penalised objective at β = [intercept, ...w]. Exported for tests that check the optimum. */
export function logisticObjective(X: readonly number[][], y: readonly number[], beta: readonly number[], l2: number, center?: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < X.length; i++) {
    const eta = linear(beta, X[i] as number[]);
    total += softplus(eta) - (y[i] as number) * eta;
  }
  for (let j = 1; j < beta.length; j++) total += (l2 / 2) * ((beta[j] as number) - centerOf(center, j)) ** 2;
  return total;
}

/** Gradient of `logisticObjective` with respect to [intercept, ...w]. */
export function logisticGradient(X: readonly number[][], y: readonly number[], beta: readonly number[], l2: number, center?: readonly number[]): number[] {
  const gradient = beta.map((b, j) => (j === 0 ? 0 : l2 * (b - centerOf(center, j))));
  for (let i = 0; i < X.length; i++) {
    const row = X[i] as number[];
    const residual = sigmoid(linear(beta, row)) - (y[i] as number);
    gradient[0] = (gradient[0] as number) + residual;
    for (let j = 0; j < row.length; j++) gradient[j + 1] = (gradient[j + 1] as number) + residual * (row[j] as number);
  }
  return gradient;
}

function hessian(X: readonly number[][], beta: readonly number[], l2: number): number[][] {
  const size = beta.length;
  const H = Array.from({ length: size }, (_, j) => Array.from({ length: size }, (_, k) => (j === k && j > 0 ? l2 : 0)));
  for (const row of X) {
    const p = sigmoid(linear(beta, row));
    const weight = p * (1 - p);
    for (let j = 0; j < size; j++) {
      const xj = j === 0 ? 1 : (row[j - 1] as number);
      const Hj = H[j] as number[];
      for (let k = 0; k <= j; k++) Hj[k] = (Hj[k] as number) + weight * xj * (k === 0 ? 1 : (row[k - 1] as number));
    }
  }
  for (let j = 0; j < size; j++) for (let k = j + 1; k < size; k++) (H[j] as number[])[k] = (H[k] as number[])[j] as number;
  return H;
}

function checkData(X: readonly number[][], y: readonly number[], l2: number): number {
  if (X.length === 0) throw new RangeError('X: needs at least one row');
  if (y.length !== X.length) throw new RangeError(`y: expected ${X.length} labels to match X, got ${y.length}`);
  if (!(l2 >= 0 && Number.isFinite(l2))) throw new RangeError(`l2: must be a finite number ≥ 0, got ${l2}`);
  const width = (X[0] as number[]).length;
  X.forEach((row, i) => {
    if (row.length !== width) throw new RangeError(`X[${i}]: expected ${width} features, got ${row.length}`);
    if (!row.every(Number.isFinite)) throw new RangeError(`X[${i}]: every feature must be a finite number`);
    if (y[i] !== 0 && y[i] !== 1) throw new RangeError(`y[${i}]: must be 0 or 1, got ${y[i]}`);
  });
  return width;
}

/**
 * Fits P(y = 1 | x) = σ(intercept + w·x) by minimising Σ log-loss + (l2/2)·‖w − center‖².
 * With l2 > 0 the minimum is finite even for separable data or constant columns (a constant column gets weight 0).
 * If every y is the same class the intercept has no finite optimum; it then stops where the gradient is below
 * the tolerance (|intercept| ≈ 25–30), which predicts that class with near certainty.
 */
export function fitLogistic(X: readonly number[][], y: readonly number[], options: LogisticOptions): LogisticFit {
  const { l2, maxIterations = 100, tolerance = 1e-10, center } = options;
  const width = checkData(X, y, l2);
  if (center && (center.length !== width || !center.every(Number.isFinite))) {
    throw new RangeError(`center: expected ${width} finite numbers, got ${center.length}`);
  }
  // Start from the centre: with a heavy penalty the optimum is near it.
  let beta = [0, ...(center ?? new Array<number>(width).fill(0))];
  let objective = logisticObjective(X, y, beta, l2, center);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const gradient = logisticGradient(X, y, beta, l2, center);
    const step = solveSymmetric(hessian(X, beta, l2), gradient);
    // Newton decrement λ² = gᵀH⁻¹g; λ²/2 estimates how far the objective is above its minimum.
    const decrement = gradient.reduce((sum, g, j) => sum + g * (step[j] as number), 0);
    if (decrement / 2 <= tolerance) {
      // Close enough for a full Newton step, which squares the remaining error at the cost of one solve.
      return { ...toModel(beta.map((b, j) => b - (step[j] as number))), iterations: iteration, converged: true };
    }
    let t = 1;
    let candidate = beta.map((b, j) => b - t * (step[j] as number));
    let candidateObjective = logisticObjective(X, y, candidate, l2, center);
    // Armijo backtracking: far from the optimum (near-separable data, tiny l2) a full step can overshoot.
    while (candidateObjective > objective - 1e-4 * t * decrement && t > 1e-10) {
      t /= 2;
      candidate = beta.map((b, j) => b - t * (step[j] as number));
      candidateObjective = logisticObjective(X, y, candidate, l2, center);
    }
    if (!(candidateObjective <= objective)) return { ...toModel(beta), iterations: iteration, converged: false };
    beta = candidate;
    objective = candidateObjective;
  }
  return { ...toModel(beta), iterations: maxIterations, converged: false };
}

function toModel(beta: readonly number[]): LogisticModel {
  return { intercept: beta[0] as number, coefficients: beta.slice(1) };
}

/** The fitted probability σ(intercept + w·x) for one row. */
export function predictLogistic(model: LogisticModel, x: readonly number[]): number {
  if (x.length !== model.coefficients.length) {
    throw new RangeError(`x: expected ${model.coefficients.length} features, got ${x.length}`);
  }
  return sigmoid(linear([model.intercept, ...model.coefficients], x));
}

export type Standardization = { means: number[]; sds: number[] };

/**
 * Centres each column on its mean and divides by its population standard deviation (divisor n, as scikit-learn's
 * StandardScaler). A constant column (sd 0) becomes all zeros, so the penalty gives it coefficient 0.
 */
export function standardize(X: readonly number[][]): Standardization & { Z: number[][] } {
  if (X.length === 0) throw new RangeError('X: needs at least one row');
  const width = (X[0] as number[]).length;
  const means = Array.from({ length: width }, (_, j) => X.reduce((s, row) => s + (row[j] as number), 0) / X.length);
  // Two-pass variance: subtracting the mean first avoids the cancellation of Σx² − n·mean².
  const sds = means.map((mean, j) => Math.sqrt(X.reduce((s, row) => s + ((row[j] as number) - mean) ** 2, 0) / X.length));
  return { means, sds, Z: applyStandardization(X, { means, sds }) };
}

/** Applies a standardization computed on other rows (e.g. the training rows) to `X`. */
export function applyStandardization(X: readonly number[][], { means, sds }: Standardization): number[][] {
  return X.map((row) => row.map((value, j) => ((sds[j] as number) > 0 ? (value - (means[j] as number)) / (sds[j] as number) : 0)));
}

/**
 * Rewrites a model fitted on standardized features as one on the original scale: wⱼ/sdⱼ per feature, and the
 * intercept shifted by −Σ wⱼ·meanⱼ/sdⱼ. A feature with sd 0 carried no information and gets coefficient 0.
 */
export function toOriginalScale(model: LogisticModel, { means, sds }: Standardization): LogisticModel {
  const coefficients = model.coefficients.map((w, j) => ((sds[j] as number) > 0 ? w / (sds[j] as number) : 0));
  const intercept = coefficients.reduce((b, c, j) => b - c * (means[j] as number), model.intercept);
  return { intercept, coefficients };
}
