import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from './generate-demo.js';
import { EASED, generateTiers, LIFTED } from './generate-tiers.js';
import { HIGH_TOUCH_MIN_ARR, MID_TOUCH_MIN_ARR } from '../tiers/default-tiers.js';

describe('generateTiers', () => {
  const demo = generateDemoWorkspace({ seed: 5102, today: '2026-04-01', accountCount: 150 });
  const input = { seed: 5102, today: '2026-04-01', accounts: demo.accounts, truth: demo.truth };
  const result = generateTiers(input);
  const arr = new Map(demo.truth.map((t) => [t.accountId, t.mrrJpy * 12]));

  it('is the default model with a few overrides, each with a reason by the account owner', () => {
    expect(result.tiers.map((t) => t.key)).toEqual(['high', 'mid', 'tech']);
    expect(result.overrides.length).toBeGreaterThan(0);
    expect(result.overrides.length).toBeLessThanOrEqual(LIFTED + EASED);
    const owners = new Map(demo.accounts.map((a) => [a.id, a.ownerId]));
    for (const o of result.overrides) {
      expect(o.reason.length).toBeGreaterThan(5);
      expect(o.setBy).toBe(owners.get(o.accountId));
      expect(o.setOn < '2026-04-01').toBe(true);
      const v = arr.get(o.accountId) ?? 0;
      // Lifted accounts are mid touch by ARR; eased ones high touch by ARR.
      if (o.tierKey === 'high') expect(v >= MID_TOUCH_MIN_ARR && v < HIGH_TOUCH_MIN_ARR).toBe(true);
      else expect(v).toBeGreaterThanOrEqual(HIGH_TOUCH_MIN_ARR);
    }
    expect(new Set(result.overrides.map((o) => o.accountId)).size).toBe(result.overrides.length);
  });

  it('is the same for the same seed', () => {
    expect(generateTiers(input)).toEqual(result);
  });
});
