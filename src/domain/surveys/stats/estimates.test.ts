import { describe, expect, it } from 'vitest';
import { meanCI, npsCI, proportionCI } from './estimates.js';

// Reference values: scipy 1.17.1 on this machine; the exact call is in the comment above each table.

describe('meanCI', () => {
  // x = np.array(sample); stats.t.interval(level, len(x) - 1, loc=x.mean(), scale=stats.sem(x)) → [level, low, high]
  const cases: { name: string; xs: number[]; mean: number; intervals: [number, number, number][] }[] = [
    {
      name: 'five 1–5 answers',
      xs: [5, 4, 5, 4, 5],
      mean: 4.6,
      intervals: [[0.95, 3.919912619341744, 5.280087380658255], [0.9, 4.077806316370758, 5.1221936836292405], [0.99, 3.4722316837827556, 5.727768316217244]],
    },
    {
      name: 'twelve answers',
      xs: [4, 5, 5, 3, 4, 5, 4, 4, 5, 5, 3, 4],
      mean: 4.25,
      intervals: [[0.95, 3.771072078172464, 4.728927921827536], [0.9, 3.8592207254919706, 4.640779274508029], [0.99, 3.5741856024037353, 4.925814397596264]],
    },
    {
      name: 'twenty-five answers',
      xs: [3, 2, 4, 3, 1, 3, 2, 4, 3, 2, 5, 3, 2, 3, 1, 4, 2, 3, 3, 2, 4, 3, 2, 1, 3],
      mean: 2.72,
      intervals: [[0.95, 2.298371571744023, 3.141628428255977], [0.9, 2.370488383637171, 3.0695116163628295], [0.99, 2.148620558563264, 3.2913794414367366]],
    },
    {
      name: 'continuous values',
      xs: [2.31, 1.77, 3.12, 2.85, 2.02, 2.66, 3.41, 1.95],
      mean: 2.51125,
      intervals: [[0.95, 2.015495182418738, 3.007004817581262], [0.9, 2.1140425070433104, 2.9084574929566895], [0.99, 1.777566539493297, 3.244933460506703]],
    },
    {
      // n = 2: one degree of freedom, so the 99% interval runs far past the scale (t = 63.66)
      name: 'two answers',
      xs: [4.1, 3.9],
      mean: 4,
      intervals: [[0.95, 2.7293795263825325, 5.270620473617468], [0.9, 3.3686248485324963, 4.631375151467503], [0.99, -2.365674116287143, 10.365674116287142]],
    },
  ];

  for (const { name, xs, mean, intervals } of cases) {
    it(`matches scipy's t interval for ${name} at 90, 95 and 99%`, () => {
      for (const [level, low, high] of intervals) {
        const estimate = meanCI(xs, level);
        expect(estimate).not.toBeNull();
        expect(estimate!.n).toBe(xs.length);
        expect(estimate!.value).toBeCloseTo(mean, 13);
        expect(estimate!.low).toBeCloseTo(low, 12);
        expect(estimate!.high).toBeCloseTo(high, 12);
      }
    });
  }

  it('defaults to 95%', () => {
    expect(meanCI([5, 4, 5, 4, 5])).toEqual(meanCI([5, 4, 5, 4, 5], 0.95));
  });

  it('is null below two answers, and a zero-width interval when every answer is the same', () => {
    expect(meanCI([])).toBeNull();
    expect(meanCI([4])).toBeNull();
    expect(meanCI([3, 3, 3])).toEqual({ value: 3, low: 3, high: 3, n: 3 });
  });

  it('names the bad input', () => {
    expect(() => meanCI([1, NaN])).toThrow(/^xs\[1\]:/);
    expect(() => meanCI([1, 2], 1)).toThrow(/^level:/);
  });
});

describe('proportionCI (Wilson score)', () => {
  // stats.binomtest(k, n).proportion_ci(confidence_level=level, method='wilson') → [k, n, level, low, high]
  const WILSON: [number, number, number, number, number][] = [
    [0, 10, 0.95, 0.0, 0.27753279986288926], [0, 10, 0.9, 0.0, 0.21294197008340698],
    [10, 10, 0.95, 0.7224672001371109, 1.0], [10, 10, 0.9, 0.787058029916593, 1.0],
    [1, 3, 0.95, 0.06149194472039626, 0.7923403991979523], [1, 3, 0.9, 0.07826572633372841, 0.7464661317187758],
    [12, 20, 0.95, 0.38658150076225317, 0.7811934676271829], [12, 20, 0.9, 0.41855585029325865, 0.7576125822345483],
    [45, 100, 0.95, 0.35614537979511984, 0.5475539700255787], [45, 100, 0.9, 0.370560970694454, 0.5320733013838636],
    [531, 1000, 0.95, 0.5000102483912815, 0.561752492582614], [531, 1000, 0.9, 0.5049938778270551, 0.55683883109208],
    [1, 1, 0.95, 0.20654931437723745, 1.0], [1, 1, 0.9, 0.2698659487840541, 1.0],
    [3, 7, 0.95, 0.1582198552514697, 0.7495416354723428], [3, 7, 0.9, 0.18644319036395607, 0.7105229089864071],
  ];

  it('matches scipy for small and large n, 0 of n and n of n, at 90 and 95%', () => {
    for (const [k, n, level, low, high] of WILSON) {
      const estimate = proportionCI(k, n, level);
      expect(estimate, `${k}/${n}`).toMatchObject({ value: k / n, n });
      expect(estimate!.low, `${k}/${n} low`).toBeCloseTo(low, 13);
      expect(estimate!.high, `${k}/${n} high`).toBeCloseTo(high, 13);
    }
  });

  it('keeps 0 of n and n of n exactly at the ends of [0, 1]', () => {
    expect(proportionCI(0, 10)!.low).toBe(0);
    expect(proportionCI(10, 10)!.high).toBe(1);
  });

  it('is null for n = 0 and names a bad count', () => {
    expect(proportionCI(0, 0)).toBeNull();
    expect(() => proportionCI(4, 3)).toThrow(/^k:/);
    expect(() => proportionCI(1.5, 3)).toThrow(/^k:/);
    expect(() => proportionCI(0, -1)).toThrow(/^n:/);
  });
});

describe('npsCI', () => {
  it('computes the worked example: 6 promoters, 2 passives, 2 detractors of 10', () => {
    // By hand: pP = 6/10 = 0.6, pD = 2/10 = 0.2, NPS = 100 × (0.6 − 0.2) = 40.
    // Var(p̂P − p̂D) = (pP + pD − (pP − pD)²) / n = (0.8 − 0.16) / 10 = 0.064, SE = √0.064 = 0.252982…
    // Half-width = 100 × 1.959964 × 0.252982 = 49.5836, so [40 − 49.5836, 40 + 49.5836] = [−9.5836, 89.5836].
    const estimate = npsCI([10, 9, 9, 10, 8, 7, 6, 3, 9, 10]);
    expect(estimate!.n).toBe(10);
    expect(estimate!.value).toBeCloseTo(40, 12);
    expect(estimate!.low).toBeCloseTo(-9.583602584364932, 11);
    expect(estimate!.high).toBeCloseTo(89.58360258436494, 11);
  });

  it('computes a second worked example at 95% and 90%: 25 promoters, 15 passives, 10 detractors of 50', () => {
    // By hand: NPS = 100 × (0.5 − 0.2) = 30; Var = (0.7 − 0.09) / 50 = 0.0122, SE = 0.1104536.
    // 95%: 30 ± 100 × 1.959964 × 0.1104536 = 30 ± 21.6485 → [8.3515, 51.6485].
    // 90%: z = 1.644854 (stats.norm.ppf(0.95)), 30 ± 18.1680 → [11.8320, 48.1680].
    const scores = [...Array(25).fill(9), ...Array(15).fill(8), ...Array(10).fill(5)] as number[];
    expect(npsCI(scores)).toMatchObject({ n: 50 });
    expect(npsCI(scores)!.value).toBeCloseTo(30, 12);
    expect(npsCI(scores)!.low).toBeCloseTo(8.351490210070274, 11);
    expect(npsCI(scores)!.high).toBeCloseTo(51.648509789929726, 11);
    expect(npsCI(scores, 0.9)!.low).toBeCloseTo(11.831997869891133, 11);
    expect(npsCI(scores, 0.9)!.high).toBeCloseTo(48.16800213010887, 11);
  });

  it('equals the normal interval of the mean of +1 / 0 / −1 codes with the n-divisor variance', () => {
    // The multinomial variance pP + pD − (pP − pD)² is exactly E[X²] − E[X]² of X = +1 promoter, 0 passive, −1 detractor.
    const scores = [0, 3, 5, 6, 6, 7, 7, 8, 8, 8, 9, 9, 9, 9, 10, 10, 10, 4, 9, 10, 2];
    const codes = scores.map((s): number => (s >= 9 ? 1 : s <= 6 ? -1 : 0));
    const mean = codes.reduce((a, b) => a + b, 0) / codes.length;
    const variance = codes.reduce((a, b) => a + (b - mean) ** 2, 0) / codes.length;
    const half = 100 * 1.959963984540054 * Math.sqrt(variance / codes.length);
    const estimate = npsCI(scores)!;
    expect(estimate.value).toBeCloseTo(100 * mean, 12);
    expect(estimate.low).toBeCloseTo(100 * mean - half, 11);
    expect(estimate.high).toBeCloseTo(100 * mean + half, 11);
  });

  it('clips the interval to −100…100: 4 promoters and 1 detractor of 5', () => {
    // By hand: NPS 60, Var = (1.0 − 0.36) / 5 = 0.128, half-width 100 × 1.959964 × 0.357771 = 70.1218 → [−10.12, 130.12 → 100].
    const estimate = npsCI([10, 10, 9, 9, 0])!;
    expect(estimate.low).toBeCloseTo(-10.121803246126511, 11);
    expect(estimate.high).toBe(100);
  });

  it('counts 9 and 10 as promoters, 7 and 8 as passives, 0 to 6 as detractors', () => {
    expect(npsCI([9, 10])!.value).toBe(100);
    expect(npsCI([7, 8])!.value).toBe(0);
    expect(npsCI([0, 6])!.value).toBe(-100);
  });

  it('is null below two answers and names an answer off the 0–10 scale', () => {
    expect(npsCI([])).toBeNull();
    expect(npsCI([10])).toBeNull();
    expect(() => npsCI([10, 11])).toThrow(/^scores\[1\]:/);
    expect(() => npsCI([7.5, 8])).toThrow(/^scores\[0\]:/);
  });
});
