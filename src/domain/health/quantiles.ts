/**
 * Percentile normalisation "within the workspace": a full recompute takes the quantiles of a
 * measure's raw values over every account the scorecard covers, stores them with the
 * scorecard version, and every score until the next full pass (including the per-account
 * recomputes of the dirty queue) ranks values against those same quantiles, so an account's
 * points do not depend on which path scored it.
 */

/** 101 values: the 0th, 1st, … 100th percentile (linear interpolation between order statistics). */
export type Quantiles = readonly number[];

export function quantilesOf(values: readonly number[]): Quantiles | undefined {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const result: number[] = [];
  for (let p = 0; p <= 100; p += 1) {
    const position = (p / 100) * (sorted.length - 1);
    const lower = Math.floor(position);
    const upper = Math.ceil(position);
    const low = sorted[lower] as number;
    const high = sorted[upper] as number;
    result.push(low + (high - low) * (position - lower));
  }
  return result;
}

/**
 * The percentile rank (0–100) of a value against a quantile table. A value equal to a run of
 * equal quantiles gets the middle of the run, so ties share one rank (the mid-rank convention).
 */
export function percentileRank(value: number, quantiles: Quantiles): number {
  const last = quantiles.length - 1;
  if (last < 1) return 50;
  const first = quantiles[0] as number;
  const top = quantiles[last] as number;
  if (value < first) return 0;
  if (value > top) return 100;
  let lo = -1;
  let hi = -1;
  for (let i = 0; i <= last; i += 1) {
    if (quantiles[i] === value) {
      if (lo < 0) lo = i;
      hi = i;
    }
  }
  if (lo >= 0) return ((lo + hi) / 2) * (100 / last);
  for (let i = 0; i < last; i += 1) {
    const a = quantiles[i] as number;
    const b = quantiles[i + 1] as number;
    if (value > a && value < b) return (i + (value - a) / (b - a)) * (100 / last);
  }
  return 100;
}
