import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from './generate-demo.js';
import { generatePhases } from './generate-phases.js';

describe('demo roadmap', () => {
  const demo = generateDemoWorkspace({ seed: 5201, today: '2026-03-31', accountCount: 200 });
  const roadmap = generatePhases({ seed: 5201, today: demo.today, accounts: demo.accounts, truth: demo.truth });
  const health = new Map(demo.truth.map((t) => [t.accountId, t.trueHealth]));

  it('places every customer that ever paid, starting in onboarding on its first paid day', () => {
    const paid = demo.truth.filter((t) => t.firstPaidOn !== null && t.firstPaidOn <= demo.today);
    expect(roadmap.placements).toHaveLength(paid.length);
    for (const t of paid) {
      const first = roadmap.transitions.find((x) => x.accountId === t.accountId)!;
      expect(first).toMatchObject({ from: null, to: 'onboarding', on: t.firstPaidOn, source: 'initial' });
    }
  });

  it('moves one step at a time, never before the default criteria allow, and logs what each rule saw', () => {
    for (const x of roadmap.transitions.filter((t) => t.source === 'rule' && t.to === 'adopt')) {
      expect(x.from).toBe('onboarding');
      expect(Number(x.criterion!.saw.days)).toBeGreaterThanOrEqual(60); // adopt: ≥ 60 days since the subscription started
      expect(Number(x.criterion!.saw.score)).toBeGreaterThanOrEqual(60);
    }
    for (const x of roadmap.transitions.filter((t) => t.source === 'rule' && t.to === 'expand')) {
      expect(x.from).toBe('adopt');
      expect(Number(x.criterion!.saw.days)).toBeGreaterThanOrEqual(90);
    }
    for (const x of roadmap.transitions.filter((t) => t.source === 'manual')) expect(x.reason).toBeTruthy();
  });

  it('lets healthy accounts progress further and complete onboarding more often than unhealthy ones', () => {
    const expanded = (min: number, max: number) => {
      const group = roadmap.placements.filter((p) => (health.get(p.accountId) ?? 0) >= min && (health.get(p.accountId) ?? 0) < max);
      return group.filter((p) => roadmap.transitions.some((t) => t.accountId === p.accountId && t.to === 'expand')).length / Math.max(1, group.length);
    };
    expect(expanded(0.7, 1.01)).toBeGreaterThan(expanded(0, 0.5));
    const complete = (min: number, max: number) => {
      const group = roadmap.placements.filter((p) => (health.get(p.accountId) ?? 0) >= min && (health.get(p.accountId) ?? 0) < max);
      const items = roadmap.phases[0]!.itemIds.length;
      return group.filter((p) => roadmap.ticks.filter((t) => t.accountId === p.accountId && roadmap.phases[0]!.itemIds.includes(t.itemId)).length === items).length
        / Math.max(1, group.length);
    };
    expect(complete(0.7, 1.01)).toBeGreaterThan(complete(0, 0.5));
    expect(roadmap.ticks.every((t) => t.on <= demo.today)).toBe(true);
  });

  it('is the same for the same seed', () => {
    const again = generatePhases({ seed: 5201, today: demo.today, accounts: demo.accounts, truth: demo.truth });
    expect(again.transitions.length).toBe(roadmap.transitions.length);
    expect(again.placements).toEqual(roadmap.placements);
  });
});
