import { describe, expect, it } from 'vitest';
import { testCxHypotheses } from './cx-hypotheses.js';
import { leafResponses } from './cx-test-data.js';

// Continuation (c) and satisfaction (s) answers per leaf. Reference p-values from
// scipy.stats.ttest_ind(a, b, equal_var=False, alternative='greater') (scipy 1.17).
const above = { c: [5, 5, 5, 4, 5, 5, 4, 5, 5, 5, 5, 4], s: [4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5, 4] };
const noTrouble = { c: [4, 5, 4, 4, 5, 4, 4, 3, 4, 5, 4, 4, 5, 4], s: [4, 5, 4, 4, 5, 4, 4, 3, 4, 5, 4, 4, 5, 4] };
const notConsulted = { c: [3, 2, 3, 4, 2, 3, 3, 2, 3, 3], s: [3, 2, 3, 4, 2, 3, 3, 2, 3, 3] };
const as = { c: [4, 4, 3, 4, 5, 4, 4, 3, 4, 4], s: [4, 4, 3, 4, 5, 4, 4, 3, 4, 4] };
const below = { c: [2, 1, 2, 3, 2, 1, 2, 2, 3, 2], s: [2, 1, 2, 3, 2, 1, 2, 2, 3, 2] };

const responses = [
  ...leafResponses('above', above.c, above.s), ...leafResponses('no_trouble', noTrouble.c, noTrouble.s),
  ...leafResponses('not_consulted', notConsulted.c, notConsulted.s), ...leafResponses('as', as.c, as.s),
  ...leafResponses('below', below.c, below.s),
];

describe('testCxHypotheses', () => {
  it('supports H1 on continuation: above beats every leaf after Holm', () => {
    const [h1] = testCxHypotheses(responses);
    const continuation = h1!.metrics.find((m) => m.metric === 'continuation')!;
    const p = Object.fromEntries(continuation.comparisons.map((c) => [c.against, c.welch.pValue]));
    // scipy: no_trouble 0.007095764667314809, not_consulted 2.187710087095988e-07, as 0.0006636923522240201,
    // below 4.864123884627069e-09.
    expect(p.no_trouble).toBeCloseTo(0.007095764667314809, 10);
    expect(p.not_consulted).toBeCloseTo(2.187710087095988e-07, 13);
    expect(p.as).toBeCloseTo(0.0006636923522240201, 12);
    expect(p.below).toBeCloseTo(4.864123884627069e-09, 15);
    // Holm by hand: sorted below (×4) 1.9456e-8, not_consulted (×3) 6.5631e-7, as (×2) 1.32738e-3, no_trouble (×1) 7.0958e-3.
    const adjusted = Object.fromEntries(continuation.comparisons.map((c) => [c.against, c.adjustedP]));
    expect(adjusted.below).toBeCloseTo(4 * 4.864123884627069e-09, 15);
    expect(adjusted.not_consulted).toBeCloseTo(3 * 2.187710087095988e-07, 13);
    expect(adjusted.as).toBeCloseTo(2 * 0.0006636923522240201, 12);
    expect(adjusted.no_trouble).toBeCloseTo(0.007095764667314809, 10);
    expect(continuation.verdict).toBe('supported');
    expect(continuation.comparisons.every((c) => c.welch.effectName === 'hedges_g' && c.welch.effectSize > 0)).toBe(true);
  });

  it('does not support H1 on satisfaction when above does not beat no-trouble and as, so H1 as a whole is not supported', () => {
    const [h1] = testCxHypotheses(responses);
    const satisfaction = h1!.metrics.find((m) => m.metric === 'satisfaction')!;
    const byLeaf = Object.fromEntries(satisfaction.comparisons.map((c) => [c.against, c]));
    // scipy: no_trouble 0.2881163473279031, as 0.03729243660268176 — Holm: as is second largest, ×2 = 0.0746 ≥ 0.05.
    expect(byLeaf.no_trouble!.welch.pValue).toBeCloseTo(0.2881163473279031, 10);
    expect(byLeaf.as!.adjustedP).toBeCloseTo(2 * 0.03729243660268176, 10);
    expect(byLeaf.as!.verdict).toBe('not_supported');
    expect(byLeaf.below!.verdict).toBe('supported');
    expect(satisfaction.verdict).toBe('not_supported');
    expect(h1!.verdict).toBe('not_supported');
  });

  it('supports H2: above + as differ from below (two-sided Welch)', () => {
    const [, h2] = testCxHypotheses(responses);
    const continuation = h2!.metrics.find((m) => m.metric === 'continuation')!;
    // scipy.stats.ttest_ind(above.c + as.c, below.c, equal_var=False): t = 9.334219816056834, p = 3.647291338961552e-08
    expect(continuation.comparisons[0]!.welch.statistic).toBeCloseTo(9.334219816056834, 10);
    expect(continuation.comparisons[0]!.welch.pValue).toBeCloseTo(3.647291338961552e-08, 14);
    expect(continuation.comparisons[0]!.mannWhitney.effectName).toBe('rank_biserial_r');
    expect(h2!.verdict).toBe('supported');
  });

  it('says too small to conclude when a leaf has fewer than MIN_GROUP_N answers', () => {
    const few = [
      ...leafResponses('above', above.c, above.c), ...leafResponses('no_trouble', notConsulted.c, notConsulted.c),
      ...leafResponses('not_consulted', below.c, below.c), ...leafResponses('as', below.c, below.c),
      ...leafResponses('below', [1, 2, 1]),
    ];
    const [h1, h2] = testCxHypotheses(few);
    const continuation = h1!.metrics[0]!;
    const vsBelow = continuation.comparisons.find((c) => c.against === 'below')!;
    expect(vsBelow.verdict).toBe('too_small');
    expect(vsBelow.adjustedP).toBeNull();
    // Every comparison that could be tested holds, but one could not: the claim "beats every leaf" stays open.
    expect(continuation.comparisons.filter((c) => c.against !== 'below').every((c) => c.verdict === 'supported')).toBe(true);
    expect(continuation.verdict).toBe('too_small');
    expect(h1!.verdict).toBe('too_small');
    expect(h2!.verdict).toBe('too_small');
  });

  it('says too small for an empty survey', () => {
    const [h1, h2] = testCxHypotheses([]);
    expect([h1!.verdict, h2!.verdict]).toEqual(['too_small', 'too_small']);
  });
});
