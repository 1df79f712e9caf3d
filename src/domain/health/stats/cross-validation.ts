/**
 * Choosing the logistic penalty by stratified k-fold cross-validation and measuring the chosen model on rows it
 * never saw. y = 1 is the positive class (in the backtest: the account churned).
 */
import { Random } from '../../demo/random.js';
import { fitLogistic, predictLogistic, type LogisticFit } from './logistic.js';
import { rocAuc } from './roc.js';

/** Row indexes grouped by class value, classes in ascending order, each group shuffled by `random`. */
function shuffledByClass(y: readonly number[], random: Random): number[][] {
  const byClass = new Map<number, number[]>();
  y.forEach((value, row) => {
    const rows = byClass.get(value) ?? [];
    rows.push(row);
    byClass.set(value, rows);
  });
  return [...byClass.keys()].sort((a, b) => a - b).map((value) => {
    const rows = byClass.get(value) as number[];
    return random.sample(rows, rows.length);
  });
}

/**
 * A fold index in [0, k) for every row, stratified: each class is shuffled (seeded) and dealt round-robin, and the
 * deal continues from class to class, so every fold gets ⌊·⌋ or ⌈·⌉ of each class and of the whole.
 * The same y, k and seed always give the same folds.
 */
export function stratifiedFolds(y: readonly number[], k: number, seed: number): number[] {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`k: must be an integer ≥ 2, got ${k}`);
  const folds = new Array<number>(y.length).fill(0);
  let dealt = 0;
  for (const rows of shuffledByClass(y, new Random(`kizuna-stats:folds:${seed}`))) {
    for (const row of rows) folds[row] = dealt++ % k;
  }
  return folds;
}

/**
 * A stratified split: from each class, round(testShare × its count) shuffled rows go to `test`, the rest to
 * `train`. Both lists are in ascending row order.
 */
export function trainTestSplit(y: readonly number[], testShare: number, seed: number): { train: number[]; test: number[] } {
  if (!(testShare > 0 && testShare < 1)) throw new RangeError(`testShare: must be between 0 and 1, got ${testShare}`);
  const train: number[] = [];
  const test: number[] = [];
  for (const rows of shuffledByClass(y, new Random(`kizuna-stats:split:${seed}`))) {
    const testCount = Math.round(testShare * rows.length);
    test.push(...rows.slice(0, testCount));
    train.push(...rows.slice(testCount));
  }
  return { train: train.sort((a, b) => a - b), test: test.sort((a, b) => a - b) };
}

export type CrossValidationOptions = {
  grid: readonly number[];
  k: number;
  seed: number;
  /**
   * The penalty's centre for a fit on these rows (indexes into X), computed from those rows only so
   * no fit learns from the rows it is judged on; zeros when absent.
   */
  centerOn?: (rows: readonly number[]) => number[];
};
export type CrossValidationResult = { best: number; results: { l2: number; auc: number | null }[] };

/**
 * For each l2 in the grid: k-fold cross-validation, scored by the AUC of the pooled out-of-fold predictions.
 * The best l2 has the highest AUC; ties (and a grid where no AUC is defined) go to the larger l2, the simpler model.
 */
export function chooseL2ByCrossValidation(X: readonly number[][], y: readonly number[], options: CrossValidationOptions): CrossValidationResult {
  const { grid, k, seed } = options;
  if (grid.length === 0) throw new RangeError('grid: needs at least one l2 value');
  if (y.length !== X.length) throw new RangeError(`y: expected ${X.length} labels to match X, got ${y.length}`);
  if (X.length < 2) throw new RangeError(`X: cross-validation needs at least 2 rows, got ${X.length}`);
  const folds = stratifiedFolds(y, k, seed);
  const positives = y.map((value) => value === 1);
  const results = grid.map((l2) => {
    const outOfFold = new Array<number>(X.length).fill(0);
    for (let fold = 0; fold < k; fold++) {
      // With fewer rows than folds some folds are empty: nothing to predict there.
      if (!folds.includes(fold)) continue;
      const trainRows = folds.flatMap((f, row) => (f === fold ? [] : [row]));
      const center = options.centerOn?.(trainRows);
      const model = fitLogistic(trainRows.map((r) => X[r] as number[]), trainRows.map((r) => y[r] as number), { l2, ...(center ? { center } : {}) });
      folds.forEach((f, row) => {
        if (f === fold) outOfFold[row] = predictLogistic(model, X[row] as number[]);
      });
    }
    return { l2, auc: rocAuc(outOfFold, positives) };
  });
  let best = results[0] as { l2: number; auc: number | null };
  for (const result of results.slice(1)) {
    const score = result.auc ?? -1;
    const bestScore = best.auc ?? -1;
    if (score > bestScore || (score === bestScore && result.l2 > best.l2)) best = result;
  }
  return { best: best.l2, results };
}

export type HeldOutOptions = CrossValidationOptions & { testShare: number };
export type HeldOutFit = {
  /** The chosen penalty; null when there was too little data to fit. */
  l2: number | null;
  model: LogisticFit | null;
  trainRows: number[];
  testRows: number[];
  /** AUC of the model's predictions on the test rows; null with a `reason` when it cannot be measured. */
  heldOutAuc: number | null;
  cvResults: CrossValidationResult['results'];
  testPositives: number;
  testNegatives: number;
  reason: 'too_few_churned' | 'too_few_retained' | null;
};

/**
 * The honest estimate: a stratified train/test split, l2 chosen by cross-validation on the training rows only,
 * the model fitted on all training rows, and its AUC on the test rows. When either class has fewer than 2 rows in
 * train or in test, nothing is fitted and `reason` says which class is short (positives = churned).
 */
export function fitWithHeldOutAuc(X: readonly number[][], y: readonly number[], options: HeldOutOptions): HeldOutFit {
  const { grid, k, seed, testShare } = options;
  if (y.length !== X.length) throw new RangeError(`y: expected ${X.length} labels to match X, got ${y.length}`);
  const { train: trainRows, test: testRows } = trainTestSplit(y, testShare, seed);
  const count = (rows: number[], label: number) => rows.filter((r) => y[r] === label).length;
  const testPositives = count(testRows, 1);
  const testNegatives = count(testRows, 0);
  const base = { trainRows, testRows, testPositives, testNegatives };
  const short = Math.min(count(trainRows, 1), testPositives) < 2 ? 'too_few_churned'
    : Math.min(count(trainRows, 0), testNegatives) < 2 ? 'too_few_retained' : null;
  if (short) return { ...base, l2: null, model: null, heldOutAuc: null, cvResults: [], reason: short };

  const trainX = trainRows.map((r) => X[r] as number[]);
  const trainY = trainRows.map((r) => y[r] as number);
  // The folds index trainX: their rows map back to X's before the centre is computed.
  const centerOn = options.centerOn;
  const cv = chooseL2ByCrossValidation(trainX, trainY, {
    grid, k, seed, ...(centerOn ? { centerOn: (rows: readonly number[]) => centerOn(rows.map((r) => trainRows[r] as number)) } : {}),
  });
  const center = centerOn?.(trainRows);
  const model = fitLogistic(trainX, trainY, { l2: cv.best, ...(center ? { center } : {}) });
  const testScores = testRows.map((r) => predictLogistic(model, X[r] as number[]));
  const heldOutAuc = rocAuc(testScores, testRows.map((r) => y[r] === 1));
  return { ...base, l2: cv.best, model, heldOutAuc, cvResults: cv.results, reason: null };
}
