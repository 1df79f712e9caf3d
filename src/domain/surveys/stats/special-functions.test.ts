import { describe, expect, it } from 'vitest';
import { lnBeta, lnGamma, regularizedBeta, regularizedGamma } from './special-functions.js';

// Reference values: scipy 1.17.1 (scipy.special) on this machine; the exact call is in each comment.
function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected) / Math.abs(expected), `got ${actual}, expected ${expected}`).toBeLessThanOrEqual(tolerance);
}

describe('special functions', () => {
  it('lnGamma matches scipy.special.gammaln over small, fractional and large arguments', () => {
    // [x, special.gammaln(x)]
    for (const [x, expected] of REF.gammaln) expectRelative(lnGamma(x), expected, 1e-13);
    expect(lnGamma(1)).toBeCloseTo(0, 14);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
  });

  it('lnBeta matches scipy.special.betaln, including a huge argument against ½', () => {
    // [a, b, special.betaln(a, b)], except (5e5, ½): there scipy gives −5.988816495984793, off by 3.5e-11 relative;
    // the value used is mpmath's log(beta(5e5, 0.5)) at 40 digits, −5.98881649577746431.
    for (const [a, b, expected] of REF.betaln) expectRelative(lnBeta(a, b), expected, 1e-13);
  });

  it('regularizedBeta matches scipy.special.betainc on both sides of the switch to the symmetric fraction', () => {
    // [a, b, x, special.betainc(a, b, x)]
    for (const [a, b, x, expected] of REF.betainc) expectRelative(regularizedBeta(x, a, b), expected, 1e-13);
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
  });

  it('regularizedGamma matches scipy.special.gammainc / gammaincc, each on its small side', () => {
    // [a, x, special.gammainc(a, x), special.gammaincc(a, x)]
    for (const [a, x, p, q] of REF.gammainc) {
      const result = regularizedGamma(a, x);
      expectRelative(result.p, p, 1e-13);
      expectRelative(result.q, q, 1e-13);
    }
  });

  it('names bad arguments', () => {
    expect(() => lnGamma(0)).toThrow(/^x:/);
    expect(() => regularizedBeta(1.5, 1, 1)).toThrow(/^x:/);
    expect(() => regularizedBeta(0.5, 0, 1)).toThrow(/^a, b:/);
    expect(() => regularizedGamma(1, -1)).toThrow(/^x:/);
  });
});

const REF = {
  gammaln: [[0.1, 2.252712651734206], [0.5, 0.5723649429247], [1.5, -0.12078223763524526], [2.5, 0.2846828704729192], [3, 0.6931471805599453], [7.3, 7.147892523022249], [10, 12.801827480081469], [19.9, 39.04308858123621], [20.1, 39.637192503636946], [57.5, 174.37212981874515], [100, 359.1342053695754], [10000.0, 82099.71749644238], [500000.0, 6061176.046459176]] as [number, number][],
  betaln: [[0.5, 2, 0.28768207245178085], [2, 3, -2.4849066497880004], [0.5, 0.5, 1.1447298858494], [30, 0.5, -1.1240672740766993], [100, 0.5, -1.7289701552775225], [500000.0, 0.5, -5.988816495777464], [25, 40, -43.75170982388542]] as [number, number, number][],
  betainc: [[2, 3, 0.3, 0.34829999999999994], [0.5, 2, 2.5e-07, 0.0007499999374999998], [0.5, 2, 0.01, 0.14949999999999997], [5, 0.5, 0.9, 0.3166429150200122], [5, 0.5, 0.2, 8.630216153154252e-05], [30, 0.5, 0.95, 0.08062942690643064], [0.5, 30, 0.001, 0.19276269384046296], [100, 100, 0.45, 0.0783879327122203]] as [number, number, number, number][],
  gammainc: [[0.5, 0.01, 0.11246291601828491, 0.887537083981715], [0.5, 1, 0.8427007929497151, 0.15729920705028105], [0.5, 3, 0.9856941215645704, 0.014305878435429641], [0.5, 50, 1.0, 1.5239706048320995e-23], [3, 1, 0.08030139707139418, 0.9196986029286058], [3, 10, 0.9972306042844884, 0.0027693957155115775], [10.5, 8, 0.23034888825129918, 0.7696511117487008]] as [number, number, number, number][],
};
