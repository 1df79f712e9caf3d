/**
 * Comparing two groups of answers (e.g. the continuation intent of the "above expectation" leaf against another
 * leaf): Welch's t test with Hedges' g, and the Mann-Whitney U test with the rank-biserial correlation as the
 * ordinal robustness check. Why these methods: see ../README.md.
 */
import { normalCdf, tCdf } from './distributions.js';
import { checkFinite, meanAndVariance } from './estimates.js';
import { lnGamma } from './special-functions.js';
import type { Alternative, TestResult } from './types.js';

/**
 * Below this many answers in either group a comparison is "too small to conclude" (`enough: false`). Why 10: the
 * Mann-Whitney normal approximation is only trusted from about 10 per group (below it the exact distribution is
 * lumpy and the approximation's tail error is not small next to the 5% level, which is why textbooks table the
 * exact distribution up to about there), and a 1–5 scale's sample variance from fewer than 10 answers is so
 * unstable that Welch's degrees of freedom collapse. It is a floor for saying anything, not a power target:
 * detecting a 0.5-point difference on a 1–5 scale (SD ≈ 1) with 80% power needs about 64 per group.
 */
export const MIN_GROUP_N = 10;

/** The p-value of a statistic whose null distribution has the lower tail `cdf`, symmetric about 0. */
function pValueOf(statistic: number, cdf: (x: number) => number, alternative: Alternative): number {
  if (alternative === 'greater') return cdf(-statistic);
  if (alternative === 'less') return cdf(statistic);
  return Math.min(1, 2 * cdf(-Math.abs(statistic)));
}

/** Hedges' small-sample correction J(m) = Γ(m/2) / (√(m/2) Γ((m − 1)/2)), exact (Hedges 1981, eq. 6e). */
function hedgesCorrection(m: number): number {
  return Math.exp(lnGamma(m / 2) - lnGamma((m - 1) / 2)) / Math.sqrt(m / 2);
}

/**
 * Welch's unequal-variance t test of mean(a) against mean(b): t = (x̄a − x̄b) / √(sa²/na + sb²/nb) with the
 * Welch–Satterthwaite degrees of freedom. 'greater' tests mean(a) > mean(b). Effect size Hedges' g: the difference
 * over the pooled SD, times the exact small-sample correction J(na + nb − 2).
 *
 * Cannot be computed when a group has fewer than 2 answers or both groups have no spread at all (the standard
 * error is 0); the result then says statistic 0, p 1, effect 0, df null and enough false.
 * @example welchTTest([5, 4, 5, 4, 5], [3, 4, 2, 3, 3], 'greater').pValue // ≈ 0.0022
 */
export function welchTTest(a: number[], b: number[], alternative: Alternative = 'two-sided'): TestResult {
  checkFinite(a, 'a');
  checkFinite(b, 'b');
  const n1 = a.length;
  const n2 = b.length;
  const undefinedResult: TestResult = { statistic: 0, df: null, pValue: 1, effectSize: 0, effectName: 'hedges_g', n1, n2, enough: false };
  if (n1 < 2 || n2 < 2) return undefinedResult;
  const x = meanAndVariance(a);
  const y = meanAndVariance(b);
  const va = x.variance / n1;
  const vb = y.variance / n2;
  const se2 = va + vb;
  if (se2 === 0) return undefinedResult;
  const statistic = (x.mean - y.mean) / Math.sqrt(se2);
  const df = (se2 * se2) / ((va * va) / (n1 - 1) + (vb * vb) / (n2 - 1));
  const pooledVariance = ((n1 - 1) * x.variance + (n2 - 1) * y.variance) / (n1 + n2 - 2);
  const effectSize = ((x.mean - y.mean) / Math.sqrt(pooledVariance)) * hedgesCorrection(n1 + n2 - 2);
  const pValue = pValueOf(statistic, (t) => tCdf(t, df), alternative);
  return { statistic, df, pValue, effectSize, effectName: 'hedges_g', n1, n2, enough: n1 >= MIN_GROUP_N && n2 >= MIN_GROUP_N };
}

/** Mid-ranks (1-based, ties share their average rank) of the pooled values, and Σ(t³ − t) over tie groups. */
function midRanks(values: readonly number[]): { ranks: number[]; tieTerm: number } {
  const order = values.map((value, index) => ({ value, index })).sort((p, q) => p.value - q.value);
  const ranks = new Array<number>(values.length).fill(0);
  let tieTerm = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end++;
    const rank = (start + end + 2) / 2;
    for (let i = start; i <= end; i++) ranks[order[i]!.index] = rank;
    const t = end - start + 1;
    tieTerm += t * t * t - t;
    start = end + 1;
  }
  return { ranks, tieTerm };
}

/**
 * The Mann-Whitney U test (Wilcoxon rank-sum) of a against b by the normal approximation with the tie correction
 * and the continuity correction — the same as scipy.stats.mannwhitneyu(a, b, method='asymptotic',
 * use_continuity=True). `statistic` is U of a (the number of pairs where a wins, ties counting ½); 'greater' tests
 * that a tends to be larger. Effect size the rank-biserial r = (Ua − Ub) / (na·nb), from −1 to 1.
 *
 * Cannot be computed when a group is empty or every answer is the same value (no ranks to compare); the result
 * then has p 1, effect 0 and enough false.
 */
export function mannWhitneyU(a: number[], b: number[], alternative: Alternative = 'two-sided'): TestResult {
  checkFinite(a, 'a');
  checkFinite(b, 'b');
  const n1 = a.length;
  const n2 = b.length;
  const n = n1 + n2;
  if (n1 === 0 || n2 === 0) return { statistic: 0, df: null, pValue: 1, effectSize: 0, effectName: 'rank_biserial_r', n1, n2, enough: false };
  const { ranks, tieTerm } = midRanks([...a, ...b]);
  const rankSumA = ranks.slice(0, n1).reduce((sum, r) => sum + r, 0);
  const u1 = rankSumA - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const effectSize = (u1 - u2) / (n1 * n2);
  const sd = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  if (!(sd > 0)) return { statistic: u1, df: null, pValue: 1, effectSize: 0, effectName: 'rank_biserial_r', n1, n2, enough: false };
  // As scipy: the tail is taken at U of the side the alternative names (both sides' larger U for two-sided),
  // shifted half a unit towards the mean for continuity, then doubled for two-sided.
  const mean = (n1 * n2) / 2;
  const u = alternative === 'greater' ? u1 : alternative === 'less' ? u2 : Math.max(u1, u2);
  const z = (u - mean - 0.5) / sd;
  const tail = normalCdf(-z);
  const pValue = Math.min(1, alternative === 'two-sided' ? 2 * tail : tail);
  return { statistic: u1, df: null, pValue, effectSize, effectName: 'rank_biserial_r', n1, n2, enough: n1 >= MIN_GROUP_N && n2 >= MIN_GROUP_N };
}
