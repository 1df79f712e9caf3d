/**
 * The CX tree's two standard hypotheses (SPEC §3.8), on continuation intent and satisfaction:
 *
 * H1 — customers whose trouble was handled ABOVE expectations score higher than EVERY other
 *      leaf (even those who had no trouble at all). One one-sided Welch t-test per other leaf
 *      ("above" greater), the four p-values Holm-adjusted as one family per metric, so the
 *      claim "beats every leaf" keeps its 5% error rate however many leaves are compared.
 * H2 — above + as expectations differ from below expectations: one two-sided Welch t-test.
 *
 * Welch because the leaves' variances differ (the "no trouble" leaf is large and tight, "below"
 * small and spread). Each comparison also carries a Mann-Whitney U test on the same 1–5 answers
 * as a robustness check for the ordinal scale (stats README); the verdict follows Welch.
 *
 * Verdicts are honest about small samples: a group under MIN_GROUP_N answers (stats.ts) makes the
 * comparison `too_small` (and the hypothesis, unless another comparison already fails).
 */
import { CX_LEAVES, type CxLeaf } from './definition.js';
import { groupByLeaf, type CxResponse } from './cx-tree.js';
import { holm, mannWhitneyU, welchTTest, type TestResult } from './stats.js';

export const ALPHA = 0.05;
export const CX_METRICS = ['continuation', 'satisfaction'] as const;
export type CxMetric = (typeof CX_METRICS)[number];
export type Verdict = 'supported' | 'not_supported' | 'too_small';

export interface Comparison {
  /** the leaf or leaf group on each side */
  group: string;
  against: string;
  welch: TestResult;
  mannWhitney: TestResult;
  /** the Welch p-value after Holm's adjustment within the family (null when too small to test) */
  adjustedP: number | null;
  verdict: Verdict;
}

export interface MetricHypothesis {
  metric: CxMetric;
  comparisons: Comparison[];
  verdict: Verdict;
}

export interface Hypothesis {
  id: 'h1' | 'h2';
  metrics: MetricHypothesis[];
  /** supported when it holds on every metric; not_supported when it fails on one; else too_small */
  verdict: Verdict;
}

const valuesOf = (rows: readonly CxResponse[], metric: CxMetric): number[] =>
  rows.map((r) => (metric === 'continuation' ? r.continuation : r.csat)).filter((x): x is number => x !== null);

/** A family of comparisons: too-small pairs are reported but kept out of Holm's family. */
function family(pairs: Array<{ group: string; against: string; a: number[]; b: number[] }>, alternative: 'greater' | 'two-sided'): Comparison[] {
  const tested = pairs.map((p) => ({ ...p, welch: welchTTest(p.a, p.b, alternative), mannWhitney: mannWhitneyU(p.a, p.b, alternative) }));
  // `enough` is false below MIN_GROUP_N in either group, or when Welch cannot be computed (no spread at all).
  const testable = tested.filter((p) => p.welch.enough);
  const adjusted = holm(testable.map((p) => p.welch.pValue));
  return tested.map((p) => {
    const index = testable.indexOf(p);
    const adjustedP = index < 0 ? null : (adjusted[index] as number);
    const verdict: Verdict = adjustedP === null ? 'too_small' : adjustedP < ALPHA ? 'supported' : 'not_supported';
    return { group: p.group, against: p.against, welch: p.welch, mannWhitney: p.mannWhitney, adjustedP, verdict };
  });
}

/** One failing comparison refutes an "every" claim; otherwise any untestable one leaves it open. */
function combine(verdicts: Verdict[]): Verdict {
  if (verdicts.includes('not_supported')) return 'not_supported';
  if (verdicts.includes('too_small') || verdicts.length === 0) return 'too_small';
  return 'supported';
}

function hypothesis(id: 'h1' | 'h2', metrics: MetricHypothesis[]): Hypothesis {
  return { id, metrics, verdict: combine(metrics.map((m) => m.verdict)) };
}

/** H1 and H2 over one survey's responses. */
export function testCxHypotheses(responses: readonly CxResponse[]): Hypothesis[] {
  const { groups } = groupByLeaf(responses);
  const others = CX_LEAVES.filter((l): l is Exclude<CxLeaf, 'above'> => l !== 'above');
  const h1 = CX_METRICS.map((metric): MetricHypothesis => {
    const above = valuesOf(groups.above, metric);
    const comparisons = family(others.map((leaf) => ({ group: 'above', against: leaf, a: above, b: valuesOf(groups[leaf], metric) })), 'greater');
    return { metric, comparisons, verdict: combine(comparisons.map((c) => c.verdict)) };
  });
  const h2 = CX_METRICS.map((metric): MetricHypothesis => {
    const good = valuesOf([...groups.above, ...groups.as], metric);
    const comparisons = family([{ group: 'above_as', against: 'below', a: good, b: valuesOf(groups.below, metric) }], 'two-sided');
    return { metric, comparisons, verdict: combine(comparisons.map((c) => c.verdict)) };
  });
  return [hypothesis('h1', h1), hypothesis('h2', h2)];
}
