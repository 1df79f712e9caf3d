import { describe, expect, it } from 'vitest';
import { defaultScorecardDefinition } from '../../../../domain/health/default-scorecard';
import { nominalWeights } from '../../../../domain/health/backtest';
import type { GroupNode, MeasureNode } from '../../../../domain/health/scorecard';
import {
  appendChild, domainPath, moveAt, newGroup, newMeasure, nodeAt, normalizerFor, removeAt, sharesOf, sourceOfType, uniqueId, updateAt,
} from './scorecard-tree';

const measure = (id: string, weight: number): MeasureNode => ({
  kind: 'measure', id, label: id, weight, source: { type: 'sentiment' }, normalize: { type: 'range', low: 1, high: 5 },
});

/** overall → [engagement(3) → [a(1), b(3)], c(1)] */
function sample(): GroupNode {
  return {
    kind: 'group', id: 'overall', label: 'Overall', weight: 1,
    children: [
      { kind: 'group', id: 'engagement', label: 'Engagement', weight: 3, children: [measure('a', 1), measure('b', 3)] },
      measure('c', 1),
    ],
  };
}

describe('shares of the overall score', () => {
  it('multiplies a weight share by its parent group share', () => {
    const shares = sharesOf(sample());
    // engagement 3 of 3+1 = 75 %; a = 75 % × 1/(1+3) = 18.75 %; b = 75 % × 3/4 = 56.25 %; c = 1/4 = 25 %.
    expect(shares.get('0')).toBeCloseTo(0.75, 12);
    expect(shares.get('0.0')).toBeCloseTo(0.1875, 12);
    expect(shares.get('0.1')).toBeCloseTo(0.5625, 12);
    expect(shares.get('1')).toBeCloseTo(0.25, 12);
  });

  it('agrees with the backtest\'s nominal weights on the default scorecard', () => {
    const definition = defaultScorecardDefinition('en');
    const shares = sharesOf(definition.root);
    const nominal = nominalWeights(definition);
    // logins: engagement 70/(70+30) × 25/(25+30+20+25) = 0.7 × 0.25 = 0.175 (default-scorecard.ts weights).
    expect(shares.get('0.0')).toBeCloseTo(0.175, 12);
    expect(nominal.logins).toBeCloseTo(0.175, 12);
    // sentiment: relationship 0.3 × 50/(50+30+20) = 0.15.
    expect(shares.get('1.0')).toBeCloseTo(nominal.sentiment ?? NaN, 12);
  });

  it('gives every child nothing when all weights in a group are zero', () => {
    const root: GroupNode = { ...sample(), children: [measure('x', 0), measure('y', 0)] };
    expect(sharesOf(root).get('0')).toBe(0);
    expect(sharesOf(root).get('1')).toBe(0);
  });
});

describe('tree edits by path', () => {
  it('reads, replaces and removes the node at a path without touching the original', () => {
    const root = sample();
    expect(nodeAt(root, [0, 1])?.id).toBe('b');
    expect(nodeAt(root, [1, 0])).toBeUndefined();
    const heavier = updateAt(root, [0, 1], (n) => ({ ...n, weight: 9 }));
    expect(nodeAt(heavier, [0, 1])?.weight).toBe(9);
    expect(nodeAt(root, [0, 1])?.weight).toBe(3);
    const without = removeAt(root, [0, 0]);
    expect((nodeAt(without, [0]) as GroupNode).children.map((c) => c.id)).toEqual(['b']);
    expect(root.children[0]?.kind === 'group' && root.children[0].children.length).toBe(2);
  });

  it('moves a node among its siblings and stops at either end', () => {
    const root = sample();
    expect(moveAt(root, [1], -1).children.map((c) => c.id)).toEqual(['c', 'engagement']);
    expect(moveAt(root, [0], -1).children.map((c) => c.id)).toEqual(['engagement', 'c']);
    expect(moveAt(root, [1], 1).children.map((c) => c.id)).toEqual(['engagement', 'c']);
  });

  it('appends a child to a group and ignores a measure as parent', () => {
    const root = sample();
    expect((nodeAt(appendChild(root, [0], measure('d', 1)), [0]) as GroupNode).children.map((c) => c.id)).toEqual(['a', 'b', 'd']);
    expect(appendChild(root, [1], measure('d', 1))).toEqual(root);
  });

  it('writes the path the way validateScorecard reports problems', () => {
    expect(domainPath([])).toBe('root');
    expect(domainPath([1, 0])).toBe('root.children.1.children.0');
  });
});

describe('new nodes', () => {
  it('picks an id the tree does not use yet, made of allowed characters', () => {
    const root = sample();
    expect(uniqueId(root, 'logins')).toBe('logins');
    expect(uniqueId(root, 'a')).toBe('a_2');
    expect(uniqueId(appendChild(root, [], measure('a_2', 1)), 'a')).toBe('a_3');
    expect(uniqueId(root, 'ログイン')).toBe('____');
  });

  it('starts a measure with a source and normalisation that fit its type', () => {
    const m = newMeasure(sample(), 'trend', 'Trend');
    expect(m).toMatchObject({ kind: 'measure', id: 'trend', source: { type: 'trend', windowDays: 30, of: 'events' }, normalize: { type: 'range', low: -50, high: 20 } });
    expect(normalizerFor({ type: 'support_load', windowDays: 30, event: 'Ticket Opened' })).toEqual({ type: 'percentile', invert: true });
    expect(normalizerFor({ type: 'survey', metric: 'csat' })).toEqual({ type: 'range', low: 1, high: 5 });
  });

  it('keeps the window and event name when the type changes', () => {
    expect(sourceOfType('support_load', { type: 'events', windowDays: 14, event: 'Ticket Opened' }))
      .toEqual({ type: 'support_load', windowDays: 14, event: 'Ticket Opened', field: null });
    expect(sourceOfType('sentiment', { type: 'logins', windowDays: 14 })).toEqual({ type: 'sentiment' });
    expect(sourceOfType('logins', { type: 'sentiment' })).toEqual({ type: 'logins', windowDays: 30 });
  });

  it('starts a group with one measure whose id differs from the group\'s', () => {
    const group = newGroup(sample(), 'Support', { type: 'logins', label: 'Logins' });
    expect(group.id).toBe('group');
    expect(group.children.map((c) => c.id)).toEqual(['logins']);
  });
});
