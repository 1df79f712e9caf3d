/**
 * Confidence intervals for the survey numbers: a mean (satisfaction, continuation intent), a proportion (response
 * rates, leaf shares) and the Net Promoter Score. Why these methods: see ../README.md.
 */
import { normalQuantile, tQuantile } from './distributions.js';
import type { Estimate } from './types.js';

function checkLevel(level: number): void {
  if (!(level > 0 && level < 1)) throw new RangeError(`level: must be between 0 and 1, got ${level}`);
}

/** Throws a RangeError naming `name[i]` for the first value that is not a finite number. */
export function checkFinite(xs: readonly number[], name: string): void {
  xs.forEach((x, i) => {
    if (!Number.isFinite(x)) throw new RangeError(`${name}[${i}]: must be a finite number, got ${x}`);
  });
}

/** The sample mean and the (n − 1) sample variance, by two passes (stable for the 1–5 and 0–10 scales). */
export function meanAndVariance(xs: readonly number[]): { mean: number; variance: number } {
  const n = xs.length;
  const mean = xs.reduce((sum, x) => sum + x, 0) / n;
  const squares = xs.reduce((sum, x) => sum + (x - mean) ** 2, 0);
  return { mean, variance: n > 1 ? squares / (n - 1) : NaN };
}

/**
 * The mean with a Student t interval: mean ± t(1 − α/2, n − 1) · s / √n. Null below 2 values (no spread to
 * estimate).
 * @example meanCI([4, 5, 3, 4]) // { value: 4, low: 2.70…, high: 5.29…, n: 4 }
 */
export function meanCI(xs: number[], level = 0.95): Estimate | null {
  checkLevel(level);
  checkFinite(xs, 'xs');
  const n = xs.length;
  if (n < 2) return null;
  const { mean, variance } = meanAndVariance(xs);
  const half = tQuantile(0.5 + level / 2, n - 1) * Math.sqrt(variance / n);
  return { value: mean, low: mean - half, high: mean + half, n };
}

/**
 * A proportion k / n with the Wilson score interval (Wilson 1927), which stays inside [0, 1] and keeps its
 * coverage for small n and for rates near 0 or 1, where the textbook Wald interval fails. Null when n = 0.
 * @example proportionCI(12, 20) // { value: 0.6, low: 0.3866…, high: 0.7812…, n: 20 }
 */
export function proportionCI(k: number, n: number, level = 0.95): Estimate | null {
  checkLevel(level);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n: must be a whole number ≥ 0, got ${n}`);
  if (!Number.isInteger(k) || k < 0 || k > n) throw new RangeError(`k: must be a whole number in [0, n = ${n}], got ${k}`);
  if (n === 0) return null;
  const z = normalQuantile(0.5 + level / 2);
  const z2 = z * z;
  const p = k / n;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // The ends are 0 and 1 exactly in exact arithmetic when k = 0 or k = n; rounding must not push them past.
  return { value: p, low: k === 0 ? 0 : Math.max(0, centre - half), high: k === n ? 1 : Math.min(1, centre + half), n };
}

/**
 * The Net Promoter Score in points (−100…100) of 0–10 answers: 100 × (share of promoters 9–10 − share of
 * detractors 0–6), with a normal interval from the variance of the difference of two shares of ONE multinomial
 * sample: Var(p̂P − p̂D) = (pP + pD − (pP − pD)²) / n (the covariance −pP·pD/n counts twice). Clipped to
 * [−100, 100]. Null below 2 answers.
 * @example npsCI([10, 9, 8, 7, 6, 3, 10, 9]) // { value: 25, … } (4 promoters, 2 detractors of 8)
 */
export function npsCI(scores: number[], level = 0.95): Estimate | null {
  checkLevel(level);
  scores.forEach((s, i) => {
    if (!Number.isInteger(s) || s < 0 || s > 10) throw new RangeError(`scores[${i}]: must be a whole number 0–10, got ${s}`);
  });
  const n = scores.length;
  if (n < 2) return null;
  const promoters = scores.filter((s) => s >= 9).length / n;
  const detractors = scores.filter((s) => s <= 6).length / n;
  const difference = promoters - detractors;
  const variance = (promoters + detractors - difference * difference) / n;
  const half = normalQuantile(0.5 + level / 2) * Math.sqrt(Math.max(0, variance));
  const value = 100 * difference;
  return { value, low: Math.max(-100, value - 100 * half), high: Math.min(100, value + 100 * half), n };
}
