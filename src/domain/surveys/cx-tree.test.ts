import { describe, expect, it } from 'vitest';
import { buildCxTree, leafOf } from './cx-tree.js';
import { leafResponses } from './cx-test-data.js';

describe('leafOf', () => {
  it('follows trouble → consulted → handling', () => {
    expect(leafOf({ trouble: false, consulted: null, handling: null })).toBe('no_trouble');
    // An answer to a later question is ignored when the branch does not reach it.
    expect(leafOf({ trouble: false, consulted: true, handling: 'below' })).toBe('no_trouble');
    expect(leafOf({ trouble: true, consulted: false, handling: null })).toBe('not_consulted');
    expect(leafOf({ trouble: true, consulted: true, handling: 'above' })).toBe('above');
    expect(leafOf({ trouble: true, consulted: true, handling: 'as' })).toBe('as');
    expect(leafOf({ trouble: true, consulted: true, handling: 'below' })).toBe('below');
  });

  it('leaves a response missing an answer the tree needs unclassified', () => {
    expect(leafOf({ trouble: null, consulted: null, handling: null })).toBeNull();
    expect(leafOf({ trouble: true, consulted: null, handling: null })).toBeNull();
    expect(leafOf({ trouble: true, consulted: true, handling: null })).toBeNull();
  });
});

describe('buildCxTree', () => {
  it('counts each leaf, its share of the classified responses and its means with intervals', () => {
    const responses = [
      ...leafResponses('no_trouble', [5, 5, 4], [5, 4, 5], [10, 9, 8]),
      ...leafResponses('not_consulted', [3, 2], [3, 2], [5, 6]),
      ...leafResponses('above', [5, 5], [5, 5], [10, 10]),
      ...leafResponses('as', [4], [4], [8]),
      { trouble: null, consulted: null, handling: null, csat: 3, continuation: 3, nps: 7 },
      { trouble: true, consulted: null, handling: null, csat: 1, continuation: 1, nps: 0 },
      { trouble: true, consulted: true, handling: null, csat: 2, continuation: 2, nps: 2 },
    ];
    const tree = buildCxTree(responses);
    expect(tree.classified).toBe(8);
    expect(tree.unclassified).toBe(3);
    expect(tree.trouble).toEqual({ yes: 5, no: 3 });
    expect(tree.consulted).toEqual({ yes: 3, no: 2 });
    expect(tree.leaves.map((l) => [l.leaf, l.n])).toEqual([['no_trouble', 3], ['not_consulted', 2], ['above', 2], ['as', 1], ['below', 0]]);

    const noTrouble = tree.leaves[0]!;
    // Wilson interval of 3/8: scipy.stats.binomtest(3, 8).proportion_ci(method='wilson') = (0.136844285823597, 0.694257605397373)
    expect(noTrouble.share!.value).toBe(3 / 8);
    expect(noTrouble.share!.low).toBeCloseTo(0.136844285823597, 10);
    expect(noTrouble.share!.high).toBeCloseTo(0.694257605397373, 10);
    // Satisfaction 5, 4, 5: mean 14/3; scipy.stats.t.interval(0.95, 2, loc=mean, scale=scipy.stats.sem([5, 4, 5]))
    // = (3.232449090083513, 6.100884243249821)
    expect(noTrouble.satisfaction!.value).toBeCloseTo(14 / 3, 12);
    expect(noTrouble.satisfaction!.low).toBeCloseTo(3.232449090083513, 9);
    expect(noTrouble.satisfaction!.high).toBeCloseTo(6.100884243249821, 9);
    expect(noTrouble.continuation!.value).toBeCloseTo(14 / 3, 12);
    // NPS 10, 9, 8: two promoters, no detractor of three → 66.7 points.
    expect(noTrouble.nps!.value).toBeCloseTo(200 / 3, 10);

    // One answer is no interval: the leaf shows n but no estimate; an empty leaf has share 0.
    const as = tree.leaves[3]!;
    expect(as.n).toBe(1);
    expect(as.satisfaction).toBeNull();
    expect(as.nps).toBeNull();
    expect(tree.leaves[4]!.share!.value).toBe(0);
    expect(tree.leaves[4]!.continuation).toBeNull();
  });

  it('has no shares when nothing is classified', () => {
    const tree = buildCxTree([{ trouble: null, consulted: null, handling: null, csat: 4, continuation: 4, nps: 9 }]);
    expect(tree.classified).toBe(0);
    expect(tree.leaves.every((l) => l.share === null && l.n === 0)).toBe(true);
  });
});
