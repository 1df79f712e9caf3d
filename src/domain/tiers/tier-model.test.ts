import { describe, expect, it } from 'vitest';
import { assignTier, orderTiers, TierCadence, type TierForAssignment } from './tier-model.js';
import { defaultTiers, HIGH_TOUCH_MIN_ARR, MID_TOUCH_MIN_ARR } from './default-tiers.js';

const model = orderTiers(defaultTiers('ja'));

describe('assignTier', () => {
  it('places by the first matching rule in position order, else the default', () => {
    // Thresholds from default-tiers.ts: high ≥ 3,600,000, mid ≥ 600,000.
    expect(assignTier(model, null, { arr: HIGH_TOUCH_MIN_ARR })).toEqual({ key: 'high', source: 'rule' });
    expect(assignTier(model, null, { arr: HIGH_TOUCH_MIN_ARR - 1 })).toEqual({ key: 'mid', source: 'rule' });
    expect(assignTier(model, null, { arr: MID_TOUCH_MIN_ARR })).toEqual({ key: 'mid', source: 'rule' });
    expect(assignTier(model, null, { arr: MID_TOUCH_MIN_ARR - 1 })).toEqual({ key: 'tech', source: 'default' });
    // A missing fact fails every comparison: no ARR → default.
    expect(assignTier(model, null, { arr: null })).toEqual({ key: 'tech', source: 'default' });
  });

  it('lets an override win over the rules, unless its tier no longer exists', () => {
    expect(assignTier(model, 'tech', { arr: 10_000_000 })).toEqual({ key: 'tech', source: 'override' });
    expect(assignTier(model, 'gone', { arr: 10_000_000 })).toEqual({ key: 'high', source: 'rule' });
  });

  it('tries tiers by position, whatever order they come in, and ignores the default tier\'s rule', () => {
    const tiers: TierForAssignment[] = [
      { key: 'b', position: 2, rule: { all: [{ fact: 'plan', op: 'eq', value: 'Pro' }] }, isDefault: false },
      { key: 'a', position: 1, rule: { all: [{ fact: 'industry', op: 'in', value: ['製造', '物流'] }] }, isDefault: false },
      { key: 'z', position: 0, rule: { all: [{ fact: 'plan', op: 'eq', value: 'Pro' }] }, isDefault: true },
    ];
    const ordered = orderTiers(tiers);
    expect(ordered.map((t) => t.key)).toEqual(['z', 'a', 'b']);
    expect(assignTier(ordered, null, { plan: 'Pro', industry: '製造' })).toEqual({ key: 'a', source: 'rule' });
    expect(assignTier(ordered, null, { plan: 'Pro', industry: '小売' })).toEqual({ key: 'b', source: 'rule' });
    expect(assignTier(ordered, null, { plan: 'Free' })).toEqual({ key: 'z', source: 'default' });
    expect(assignTier(ordered.filter((t) => !t.isDefault), null, { plan: 'Free' })).toEqual({ key: null, source: null });
  });
});

describe('default tiers', () => {
  it('are three tiers in both languages with one default and cadences only where people touch', () => {
    for (const locale of ['ja', 'en'] as const) {
      const tiers = defaultTiers(locale);
      expect(tiers.map((t) => t.key)).toEqual(['high', 'mid', 'tech']);
      expect(tiers.filter((t) => t.isDefault).map((t) => t.key)).toEqual(['tech']);
      for (const t of tiers) expect(TierCadence.safeParse(t).success).toBe(true);
    }
    expect(defaultTiers('ja')[0]!.name).toBe('ハイタッチ');
    expect(defaultTiers('en')[2]!.name).toBe('Tech touch');
  });

  it('refuses a cadence on an automated-only tier', () => {
    const bad = TierCadence.safeParse({ meetingEveryDays: 30, reviewEveryDays: null, automatedOnly: true });
    expect(bad.success).toBe(false);
  });
});
