/**
 * ROC statistics for the health-score backtest: how well a score ranks the accounts that went on to churn.
 *
 * Direction: both functions treat a HIGHER score as "more likely positive". In the backtest the positive class is
 * "churned" and a LOW health score means risk, so callers pass the risk, e.g. `scores.map((s) => -s)` or
 * `100 - score`; passing the raw health score gives 1 − AUC.
 */

export type RocPoint = { fpr: number; tpr: number; threshold: number };

function checkInputs(scores: readonly number[], positives: readonly boolean[]): void {
  if (scores.length !== positives.length) {
    throw new RangeError(`positives: expected ${scores.length} labels to match scores, got ${positives.length}`);
  }
  const bad = scores.findIndex((s) => !Number.isFinite(s));
  if (bad >= 0) throw new RangeError(`scores[${bad}]: must be a finite number, got ${scores[bad]}`);
}

/**
 * Area under the ROC curve: the probability that a random positive scores HIGHER than a random negative, a tie
 * counting one half. Computed as the Mann–Whitney U of the positives over n₁·n₀, from average ranks (O(n log n)).
 * Returns null when there is no positive or no negative (the area is undefined).
 *
 * @example rocAuc([0.9, 0.4, 0.4, 0.2], [true, true, false, false]) // (1 + 1 + ½ + 1) / 4 = 0.875
 */
export function rocAuc(scores: readonly number[], positives: readonly boolean[]): number | null {
  checkInputs(scores, positives);
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let positiveRankSum = 0;
  let positiveCount = 0;
  // Walk runs of equal scores; every member of a run gets the run's average (1-based) rank.
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && scores[order[end] as number] === scores[order[start] as number]) end++;
    const averageRank = (start + 1 + end) / 2;
    for (let i = start; i < end; i++) {
      if (positives[order[i] as number]) {
        positiveRankSum += averageRank;
        positiveCount++;
      }
    }
    start = end;
  }
  const negativeCount = n - positiveCount;
  if (positiveCount === 0 || negativeCount === 0) return null;
  const u = positiveRankSum - (positiveCount * (positiveCount + 1)) / 2;
  return u / (positiveCount * negativeCount);
}

/**
 * The ROC curve from (0, 0) to (1, 1): one point per distinct score, taken as the threshold in descending order
 * (a row counts as predicted positive when its score ≥ threshold). The first point has threshold +Infinity (nothing
 * predicted positive; JSON turns it into null). When there are more points than `maxPoints` (≥ 2), evenly spaced
 * ones are kept, always including the first and the last. Empty when either class is missing, as for `rocAuc`.
 */
export function rocCurve(scores: readonly number[], positives: readonly boolean[], maxPoints = 101): RocPoint[] {
  checkInputs(scores, positives);
  if (!Number.isInteger(maxPoints) || maxPoints < 2) {
    throw new RangeError(`maxPoints: must be an integer ≥ 2, got ${maxPoints}`);
  }
  const totalPositives = positives.filter(Boolean).length;
  const totalNegatives = positives.length - totalPositives;
  if (totalPositives === 0 || totalNegatives === 0) return [];

  const order = Array.from({ length: scores.length }, (_, i) => i).sort(
    (a, b) => (scores[b] as number) - (scores[a] as number),
  );
  const points: RocPoint[] = [{ fpr: 0, tpr: 0, threshold: Number.POSITIVE_INFINITY }];
  let truePositives = 0;
  let falsePositives = 0;
  for (let start = 0; start < order.length; ) {
    const threshold = scores[order[start] as number] as number;
    let end = start;
    while (end < order.length && scores[order[end] as number] === threshold) {
      if (positives[order[end] as number]) truePositives++;
      else falsePositives++;
      end++;
    }
    points.push({ fpr: falsePositives / totalNegatives, tpr: truePositives / totalPositives, threshold });
    start = end;
  }
  return thin(points, maxPoints);
}

function thin(points: RocPoint[], maxPoints: number): RocPoint[] {
  if (points.length <= maxPoints) return points;
  // The step (length − 1)/(maxPoints − 1) exceeds 1 here, so the rounded indexes are distinct and increasing.
  const step = (points.length - 1) / (maxPoints - 1);
  return Array.from({ length: maxPoints }, (_, i) => points[Math.round(i * step)] as RocPoint);
}
