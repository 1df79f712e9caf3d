import { describe, expect, it } from 'vitest';
import { currentRates, simulate, simulationBaseline, type SimRespondent } from './simulate.js';

// Six accounts with ARR 100 each except f (200, two respondents, each weighing 100):
//   no_trouble: a 0.03, f 0.08 → weight 200, risk 0.055    not_consulted: b 0.25, f 0.55 → 200, 0.40
//   above: c 0.03 → 100    as: d 0.08 → 100    below: e 0.55 → 100
// Overall: (200·0.055 + 200·0.40 + 100·0.03 + 100·0.08 + 100·0.55) / 700 = 157 / 700.
const respondents: SimRespondent[] = [
  { accountId: 'a', leaf: 'no_trouble', risk: 0.03 }, { accountId: 'b', leaf: 'not_consulted', risk: 0.25 },
  { accountId: 'c', leaf: 'above', risk: 0.03 }, { accountId: 'd', leaf: 'as', risk: 0.08 },
  { accountId: 'e', leaf: 'below', risk: 0.55 }, { accountId: 'f', leaf: 'not_consulted', risk: 0.55 },
  { accountId: 'f', leaf: 'no_trouble', risk: 0.08 },
];
const arr = (id: string) => (id === 'f' ? 200 : 100);

describe('simulationBaseline', () => {
  it('weighs each respondent by its account ARR split over the account respondents', () => {
    const b = simulationBaseline(respondents, arr);
    expect(b.totalArr).toBe(700);
    expect(b.leaves.map((l) => [l.leaf, l.weight])).toEqual([['no_trouble', 200], ['not_consulted', 200], ['above', 100], ['as', 100], ['below', 100]]);
    expect(b.leaves[0]!.risk).toBeCloseTo(0.055, 12);
    expect(b.leaves[1]!.risk).toBeCloseTo(0.4, 12);
    expect(currentRates(b)).toEqual({ consultRate: 0.6, aboveShare: 1 / 3 });
  });
});

describe('simulate', () => {
  const b = simulationBaseline(respondents, arr);

  it('changes nothing at today\'s rates', () => {
    const r = simulate(b, { consultRate: 0.6, aboveShare: 1 / 3 });
    expect(r.risk).toBeCloseTo(157 / 700, 12);
    expect(r.arrAtRisk).toBeCloseTo(157, 9);
    expect(r.shares.not_consulted).toBeCloseTo(2 / 7, 12);
  });

  it('moves everyone with trouble to consult, keeping above/as/below in today\'s proportions', () => {
    // Consulted 500: above 500/3, as and below 500/3 each (today 1:1). Risk weight 200·0.055 + (500/3)(0.03 + 0.08 + 0.55) = 11 + 110.
    const r = simulate(b, { consultRate: 1, aboveShare: 1 / 3 });
    expect(r.risk).toBeCloseTo(121 / 700, 12);
    expect(r.arrAtRisk).toBeCloseTo(121, 9);
    expect(r.shares.not_consulted).toBe(0);
    expect(r.shares.above).toBeCloseTo(500 / 3 / 700, 12);
    expect(r.shares.as).toBeCloseTo(r.shares.below, 12);
    expect(r.assumedLeaves).toEqual([]);
  });

  it('raises the above-expectation share at today\'s consultation rate', () => {
    // Consulted 300, all above: 11 + 200·0.40 + 300·0.03 = 100.
    const r = simulate(b, { consultRate: 0.6, aboveShare: 1 });
    expect(r.risk).toBeCloseTo(100 / 700, 12);
    expect(r.shares.as + r.shares.below).toBe(0);
  });

  it('assumes the classified average for a leaf with nobody in it today, and says so', () => {
    const noAbove = simulationBaseline(respondents.filter((r) => r.leaf !== 'above'), arr);
    const r = simulate(noAbove, { consultRate: 0.6, aboveShare: 0.5 });
    expect(r.assumedLeaves).toEqual(['above']);
    // Classified average: (11 + 80 + 8 + 55) / 600 = 154/600. Consulted 0.6·400 = 240: above 120 at the average, as and below 60 each.
    const average = 154 / 600;
    expect(r.risk).toBeCloseTo((11 + 160 * 0.4 + 120 * average + 60 * 0.08 + 60 * 0.55) / 600, 12);
  });

  it('holds unclassified respondents fixed and weighs accounts equally without ARR', () => {
    const b0 = simulationBaseline([...respondents, { accountId: 'g', leaf: null, risk: 0.8 }], () => 0);
    expect(b0.totalArr).toBe(0);
    expect(b0.unclassified).toEqual({ weight: 1, risk: 0.8 });
    // f's two respondents weigh ½ each: total weight 7 accounts.
    const r = simulate(b0, { consultRate: 0, aboveShare: 0 });
    // All trouble weight (b 1, f ½, c 1, d 1, e 1 = 4.5) unconsulted at its risk (1·0.25 + ½·0.55) / 1.5 = 0.35.
    expect(r.risk).toBeCloseTo((0.03 + 0.5 * 0.08 + 4.5 * 0.35 + 0.8) / 7, 12);
    expect(r.arrAtRisk).toBe(0);
  });
});
