/**
 * The statistics of survey analysis (issue 6): confidence intervals for means, proportions and the NPS, two-group
 * tests with effect sizes, Holm's adjustment, and the normal / t distributions they stand on. Pure TypeScript, no
 * dependencies; every number is checked against scipy in stats/*.test.ts. Which method is used for what, and why:
 * ./README.md.
 */
export type { Alternative, Estimate, TestResult } from './stats/types.js';
export { meanCI, npsCI, proportionCI } from './stats/estimates.js';
export { MIN_GROUP_N, mannWhitneyU, welchTTest } from './stats/two-group-tests.js';
export { holm } from './stats/holm.js';
export { normalCdf, normalPdf, normalQuantile, tCdf, tPdf, tQuantile } from './stats/distributions.js';
