/**
 * Year over year (定点観測): the same survey run twice, compared leaf by leaf and overall.
 *
 * - A leaf's share: the difference of the two shares with Newcombe's hybrid score interval
 *   (Newcombe 1998, method 10: built from each year's Wilson interval) and the pooled
 *   two-proportion z-test's two-sided p-value.
 * - A leaf's continuation intent, and overall continuation and satisfaction: Welch's two-sided
 *   t-test (this run against the earlier one), Hedges' g as the effect size.
 * - Overall NPS: the difference of two independent NPS with its normal interval; each NPS's
 *   variance is [p + d − (p − d)²] ÷ n on the proportion scale (p promoters, d detractors; the
 *   variance of a difference of two shares of one multinomial sample), ×100² in points.
 *
 * A comparison whose groups have fewer than MIN_GROUP_N answers is `too_small` to conclude.
 */
import { CX_LEAVES, type CxLeaf } from './definition.js';
import { groupByLeaf, type CxResponse } from './cx-tree.js';
import { meanCI, MIN_GROUP_N, normalCdf, normalQuantile, npsCI, proportionCI, tQuantile, welchTTest, type Estimate, type TestResult } from './stats.js';

export const CHANGE_ALPHA = 0.05;
export type ChangeVerdict = 'changed' | 'no_change' | 'too_small';

export interface Difference {
  /** current − previous (shares in fraction points, NPS in points, means on the scale) */
  difference: number | null;
  low: number | null;
  high: number | null;
  pValue: number | null;
  verdict: ChangeVerdict;
}

export interface MeanChange extends Difference {
  current: Estimate | null;
  previous: Estimate | null;
  test: TestResult | null;
}

export interface LeafChange {
  leaf: CxLeaf;
  current: { n: number; share: Estimate | null };
  previous: { n: number; share: Estimate | null };
  share: Difference;
  continuation: MeanChange;
}

export interface YearComparison {
  current: { responses: number; classified: number };
  previous: { responses: number; classified: number };
  leaves: LeafChange[];
  nps: Difference & { current: Estimate | null; previous: Estimate | null };
  continuation: MeanChange;
  satisfaction: MeanChange;
}

const Z95 = normalQuantile(0.975);
const twoSided = (z: number) => 2 * normalCdf(-Math.abs(z));
const verdictOf = (p: number | null): ChangeVerdict => (p === null ? 'too_small' : p < CHANGE_ALPHA ? 'changed' : 'no_change');
const EMPTY: Difference = { difference: null, low: null, high: null, pValue: null, verdict: 'too_small' };

/** The difference of two shares k1/n1 − k2/n2: Newcombe's interval, pooled z-test. */
export function shareDifference(k1: number, n1: number, k2: number, n2: number): Difference {
  const a = proportionCI(k1, n1);
  const b = proportionCI(k2, n2);
  if (!a || !b || n1 < MIN_GROUP_N || n2 < MIN_GROUP_N) return { ...EMPTY, difference: a && b ? a.value - b.value : null };
  const d = a.value - b.value;
  const low = d - Math.sqrt((a.value - a.low) ** 2 + (b.high - b.value) ** 2);
  const high = d + Math.sqrt((a.high - a.value) ** 2 + (b.value - b.low) ** 2);
  const pooled = (k1 + k2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  // Both shares 0 or both 1: no variance, no evidence of change.
  const pValue = se === 0 ? 1 : twoSided(d / se);
  return { difference: d, low, high, pValue, verdict: verdictOf(pValue) };
}

/** Welch's two-sided test of current against previous answers on one scale. */
export function meanChange(current: readonly number[], previous: readonly number[]): MeanChange {
  const c = meanCI([...current]);
  const p = meanCI([...previous]);
  const base = { current: c, previous: p };
  if (!c || !p || current.length < MIN_GROUP_N || previous.length < MIN_GROUP_N) {
    return { ...EMPTY, ...base, difference: c && p ? c.value - p.value : null, test: null };
  }
  const test = welchTTest([...current], [...previous], 'two-sided');
  const d = c.value - p.value;
  if (!test.enough) return { ...EMPTY, ...base, difference: d, test };
  // The interval matching Welch's test: d ± t(0.975, ν) · SE, with SE = d / t.
  const se = test.statistic !== 0 ? d / test.statistic : Math.sqrt(variance(current) / current.length + variance(previous) / previous.length);
  const half = (test.df ? tQuantile(0.975, test.df) : Z95) * Math.abs(se);
  return { ...base, difference: d, low: d - half, high: d + half, pValue: test.pValue, verdict: verdictOf(test.pValue), test };
}

function variance(xs: readonly number[]): number {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
}

/** NPS on the proportion scale (p − d) and its variance [p + d − (p − d)²] ÷ n. */
function npsMoments(scores: readonly number[]): { nps: number; variance: number } {
  const n = scores.length;
  const p = scores.filter((s) => s >= 9).length / n;
  const d = scores.filter((s) => s <= 6).length / n;
  return { nps: p - d, variance: (p + d - (p - d) ** 2) / n };
}

export function npsChange(current: readonly number[], previous: readonly number[]): Difference {
  if (current.length < MIN_GROUP_N || previous.length < MIN_GROUP_N) return EMPTY;
  const a = npsMoments(current);
  const b = npsMoments(previous);
  const d = a.nps - b.nps;
  const se = Math.sqrt(a.variance + b.variance);
  const pValue = se === 0 ? (d === 0 ? 1 : 0) : twoSided(d / se);
  return { difference: d * 100, low: (d - Z95 * se) * 100, high: (d + Z95 * se) * 100, pValue, verdict: verdictOf(pValue) };
}

const scores = (rows: readonly CxResponse[], pick: (r: CxResponse) => number | null) =>
  rows.map(pick).filter((x): x is number => x !== null);

/** Two runs of one survey, leaf by leaf and overall. */
export function compareYears(current: readonly CxResponse[], previous: readonly CxResponse[]): YearComparison {
  const now = groupByLeaf(current);
  const before = groupByLeaf(previous);
  const classifiedNow = current.length - now.unclassified.length;
  const classifiedBefore = previous.length - before.unclassified.length;
  const leaves = CX_LEAVES.map((leaf): LeafChange => {
    const k1 = now.groups[leaf].length;
    const k2 = before.groups[leaf].length;
    return {
      leaf,
      current: { n: k1, share: classifiedNow > 0 ? proportionCI(k1, classifiedNow) : null },
      previous: { n: k2, share: classifiedBefore > 0 ? proportionCI(k2, classifiedBefore) : null },
      share: shareDifference(k1, classifiedNow, k2, classifiedBefore),
      continuation: meanChange(scores(now.groups[leaf], (r) => r.continuation), scores(before.groups[leaf], (r) => r.continuation)),
    };
  });
  const npsNow = scores(current, (r) => r.nps);
  const npsBefore = scores(previous, (r) => r.nps);
  return {
    current: { responses: current.length, classified: classifiedNow },
    previous: { responses: previous.length, classified: classifiedBefore },
    leaves,
    nps: { ...npsChange(npsNow, npsBefore), current: npsCI(npsNow), previous: npsCI(npsBefore) },
    continuation: meanChange(scores(current, (r) => r.continuation), scores(previous, (r) => r.continuation)),
    satisfaction: meanChange(scores(current, (r) => r.csat), scores(previous, (r) => r.csat)),
  };
}
