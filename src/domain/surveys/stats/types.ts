/** The result shapes of the survey statistics (the contract S5's analysis codes against). */

/** A point estimate with its confidence interval (95% two-sided unless another level was asked for). */
export interface Estimate {
  value: number;
  low: number;
  high: number;
  n: number;
}

/**
 * A two-group test. `statistic` is the test's own (Welch: t; Mann-Whitney: U of the first group, as scipy reports
 * it), `df` its degrees of freedom where it has them, `effectSize` signed so that positive means the first group is
 * higher, `enough` false when either group is below MIN_GROUP_N or the test cannot be computed (see the functions).
 */
export interface TestResult {
  statistic: number;
  df: number | null;
  pValue: number;
  effectSize: number;
  effectName: string;
  n1: number;
  n2: number;
  enough: boolean;
}

export type Alternative = 'two-sided' | 'greater' | 'less';
