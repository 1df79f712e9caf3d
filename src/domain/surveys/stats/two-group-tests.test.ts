import { describe, expect, it } from 'vitest';
import { MIN_GROUP_N, mannWhitneyU, welchTTest } from './two-group-tests.js';
import type { Alternative } from './types.js';

// Reference values: scipy 1.17.1 on this machine; the exact call is in the comment above each table.

const A = [5, 4, 5, 4, 5];
const B = [3, 4, 2, 3, 3];
const C = [4, 5, 5, 3, 4, 5, 4, 4, 5, 5, 3, 4];
const D = [3, 2, 4, 3, 1, 3, 2, 4, 3, 2, 5, 3, 2, 3, 1, 4, 2, 3, 3, 2, 4, 3, 2, 1, 3];
const E = [4.1, 3.9];
const F = [2.5, 3.5, 1.0];
const G = [2.31, 1.77, 3.12, 2.85, 2.02, 2.66, 3.41, 1.95];
const H = [2.91, 3.35, 2.48, 3.77, 4.02, 2.88, 3.15];

describe('welchTTest', () => {
  // r = stats.ttest_ind(a, b, equal_var=False, alternative=alt) → [alt, r.statistic, r.df, r.pvalue]
  // Hedges' g: d = (mean(a) − mean(b)) / s_pooled (ddof=1 variances pooled over n1 + n2 − 2), times
  // J = exp(gammaln(m/2) − gammaln((m−1)/2)) / sqrt(m/2), m = n1 + n2 − 2 (scipy.special.gammaln), in numpy.
  const cases: { name: string; a: number[]; b: number[]; g: number; rows: [Alternative, number, number, number][] }[] = [
    {
      name: 'equal small n (5 vs 5)',
      a: A,
      b: B,
      g: 2.2836788686755463,
      rows: [
        ['two-sided', 3.999999999999999, 7.529411764705884, 0.004470186845592343],
        ['greater', 3.999999999999999, 7.529411764705884, 0.0022350934227961714],
        ['less', 3.999999999999999, 7.529411764705884, 0.9977649065772038],
      ],
    },
    {
      name: 'unequal n (12 vs 25)',
      a: C,
      b: D,
      g: 1.5831979757287167,
      rows: [
        ['two-sided', 5.126215914393354, 28.712865755509515, 1.8345674742896242e-5],
        ['greater', 5.126215914393354, 28.712865755509515, 9.172837371448121e-6],
        ['less', 5.126215914393354, 28.712865755509515, 0.9999908271626285],
      ],
    },
    {
      name: 'tiny n (2 vs 3), fractional df near 2',
      a: E,
      b: F,
      g: 1.170146854047556,
      rows: [
        ['two-sided', 2.2727272727272725, 2.0750176050879814, 0.14636830052031716],
        ['greater', 2.2727272727272725, 2.0750176050879814, 0.07318415026015858],
        ['less', 2.2727272727272725, 2.0750176050879814, 0.9268158497398414],
      ],
    },
    {
      name: 'a lower than b (8 vs 7)',
      a: G,
      b: H,
      g: -1.1801689934362383,
      rows: [
        ['two-sided', -2.440909119006752, 12.976326828660087, 0.02974638028309003],
        ['greater', -2.440909119006752, 12.976326828660087, 0.985126809858455],
        ['less', -2.440909119006752, 12.976326828660087, 0.014873190141545015],
      ],
    },
  ];

  for (const { name, a, b, g, rows } of cases) {
    it(`matches scipy for ${name}, one- and two-sided`, () => {
      for (const [alternative, statistic, df, pValue] of rows) {
        const result = welchTTest(a, b, alternative);
        expect(result.statistic).toBeCloseTo(statistic, 12);
        expect(result.df).toBeCloseTo(df, 11);
        expect(Math.abs(result.pValue - pValue) / pValue, `${alternative} p`).toBeLessThan(1e-10);
        expect(result.effectSize).toBeCloseTo(g, 12);
        expect(result).toMatchObject({ effectName: 'hedges_g', n1: a.length, n2: b.length });
      }
    });
  }

  it('agrees with the hand computation for 5 vs 5', () => {
    // mean(A) = 4.6, s² = 0.3; mean(B) = 3, s² = 0.5. SE = √(0.3/5 + 0.5/5) = 0.4, t = 1.6 / 0.4 = 4.
    // df = 0.16² / (0.06²/4 + 0.1²/4) = 0.0256 / 0.0034 = 7.5294. Pooled s² = (4·0.3 + 4·0.5)/8 = 0.4,
    // d = 1.6/√0.4 = 2.5298, J(8) = Γ(4) / (2·Γ(3.5)) = 6 / 6.6467 = 0.90270, g = 2.2837.
    const result = welchTTest(A, B);
    expect(result.statistic).toBeCloseTo(4, 12);
    expect(result.df).toBeCloseTo(0.0256 / 0.0034, 12);
    expect(result.effectSize).toBeCloseTo((1.6 / Math.sqrt(0.4)) * (6 / (2 * 3.3233509704478426)), 12);
  });

  it(`says enough only when both groups have at least MIN_GROUP_N = ${MIN_GROUP_N} answers`, () => {
    expect(MIN_GROUP_N).toBe(10);
    expect(welchTTest(C, D).enough).toBe(true);
    expect(welchTTest(A, D).enough).toBe(false);
    expect(welchTTest(C.slice(0, 9), D).enough).toBe(false);
  });

  it('cannot conclude anything from a group of one or from two groups without any spread', () => {
    const undefinedResult = { statistic: 0, df: null, pValue: 1, effectSize: 0, enough: false };
    expect(welchTTest([4], D)).toMatchObject({ ...undefinedResult, n1: 1, n2: 25 });
    expect(welchTTest([], D)).toMatchObject(undefinedResult);
    expect(welchTTest(Array(12).fill(5), Array(12).fill(3))).toMatchObject(undefinedResult);
  });

  it('names a non-finite answer', () => {
    expect(() => welchTTest([1, 2, Infinity], B)).toThrow(/^a\[2\]:/);
    expect(() => welchTTest(A, [NaN, 1])).toThrow(/^b\[0\]:/);
  });
});

describe('mannWhitneyU', () => {
  // r = stats.mannwhitneyu(a, b, alternative=alt, method='asymptotic', use_continuity=True) → [alt, r.statistic, r.pvalue]
  // rank-biserial r by hand: 2·U / (n1·n2) − 1.
  const cases: { name: string; a: number[]; b: number[]; r: number; rows: [Alternative, number, number][] }[] = [
    {
      name: 'heavily tied 1–5 answers (12 vs 14)',
      a: [5, 4, 4, 3, 5, 5, 4, 2, 4, 5, 3, 4],
      b: [3, 3, 2, 4, 1, 3, 2, 3, 4, 2, 3, 3, 1, 2],
      r: (2 * 143) / (12 * 14) - 1,
      rows: [['two-sided', 143, 0.001929186771336292], ['greater', 143, 0.000964593385668146], ['less', 143, 0.9991945610597177]],
    },
    {
      name: 'small tied groups (5 vs 5)',
      a: A,
      b: B,
      r: (2 * 24) / 25 - 1,
      rows: [['two-sided', 24, 0.01702186842010649], ['greater', 24, 0.008510934210053245], ['less', 24, 0.9953816322565967]],
    },
    {
      name: 'no ties (6 vs 5)',
      a: [1.1, 2.3, 3.8, 4.4, 5.9, 6.2],
      b: [0.5, 1.7, 2.9, 3.1, 7.7],
      r: (2 * 19) / 30 - 1,
      rows: [['two-sided', 19, 0.5228166539190886], ['greater', 19, 0.2614083269595443], ['less', 19, 0.7943431041118705]],
    },
    {
      name: 'unequal n (12 vs 25), half-integer U',
      a: C,
      b: D,
      r: (2 * 262.5) / 300 - 1,
      rows: [['two-sided', 262.5, 0.00017916310060156265], ['greater', 262.5, 8.958155030078132e-5], ['less', 262.5, 0.9999216396978975]],
    },
    {
      name: 'two values only, a lower (5 vs 6)',
      a: [3, 3, 3, 4, 4],
      b: [3, 3, 4, 4, 4, 4],
      r: (2 * 11) / 30 - 1,
      rows: [['two-sided', 11, 0.4605966187047713], ['greater', 11, 0.8286091444260443], ['less', 11, 0.23029830935238566]],
    },
  ];

  for (const { name, a, b, r, rows } of cases) {
    it(`matches scipy's asymptotic test with tie and continuity corrections for ${name}`, () => {
      for (const [alternative, statistic, pValue] of rows) {
        const result = mannWhitneyU(a, b, alternative);
        expect(result.statistic).toBe(statistic);
        expect(Math.abs(result.pValue - pValue) / pValue, `${alternative} p`).toBeLessThan(1e-12);
        expect(result.effectSize).toBeCloseTo(r, 14);
        expect(result).toMatchObject({ df: null, effectName: 'rank_biserial_r', n1: a.length, n2: b.length });
      }
    });
  }

  it('mirrors when the groups swap: U becomes n1·n2 − U, r changes sign, greater and less trade places', () => {
    const [a, b] = [C, D];
    expect(mannWhitneyU(b, a).statistic).toBe(12 * 25 - 262.5);
    expect(mannWhitneyU(b, a).effectSize).toBeCloseTo(-mannWhitneyU(a, b).effectSize, 15);
    expect(mannWhitneyU(b, a, 'less').pValue).toBeCloseTo(mannWhitneyU(a, b, 'greater').pValue, 15);
    expect(mannWhitneyU(b, a).pValue).toBeCloseTo(mannWhitneyU(a, b).pValue, 15);
  });

  it('says enough only from MIN_GROUP_N per group', () => {
    expect(mannWhitneyU(C, D).enough).toBe(true);
    expect(mannWhitneyU(A, B).enough).toBe(false);
  });

  it('cannot conclude anything from an empty group or when every answer is the same', () => {
    expect(mannWhitneyU([], B)).toMatchObject({ pValue: 1, effectSize: 0, enough: false, n1: 0, n2: 5 });
    expect(mannWhitneyU(Array(12).fill(4), Array(15).fill(4))).toMatchObject({ statistic: 90, pValue: 1, effectSize: 0, enough: false });
  });
});
