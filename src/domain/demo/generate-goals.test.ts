import { describe, expect, it } from 'vitest';
import { goalProgress } from '../outcomes/goal-progress.js';
import { generateDemoWorkspace } from './generate-demo.js';
import { generateGoals, isHighTouch } from './generate-goals.js';

const TODAY = '2026-04-01';
const demo = generateDemoWorkspace({ seed: 42, today: TODAY, accountCount: 200 });
const input = { seed: 42, today: TODAY, accounts: demo.accounts, truth: demo.truth, contacts: demo.contacts };
const goals = generateGoals(input);
const truthOf = new Map(demo.truth.map((t) => [t.accountId, t]));

describe('demo success-plan goals', () => {
  it('gives goals to most high-touch accounts and to few of the others', () => {
    const withGoals = new Set(goals.goals.map((g) => g.accountId));
    const high = demo.accounts.filter((a) => isHighTouch(a, truthOf.get(a.id)!));
    const others = demo.accounts.filter((a) => !isHighTouch(a, truthOf.get(a.id)!) && truthOf.get(a.id)!.churnedOn === null && truthOf.get(a.id)!.firstPaidOn !== null);
    expect(high.length).toBeGreaterThan(10);
    expect(high.filter((a) => withGoals.has(a.id)).length / high.length).toBeGreaterThan(0.7);
    expect(others.filter((a) => withGoals.has(a.id)).length / others.length).toBeLessThan(0.2);
    const churned = demo.accounts.filter((a) => truthOf.get(a.id)!.churnedOn !== null);
    expect(churned.some((a) => withGoals.has(a.id))).toBe(false);
  });

  it('makes progress follow the hidden true health', () => {
    const measured = goals.goals.filter((g) => g.current !== null);
    const progressOf = (g: (typeof measured)[number]) => goalProgress(g) ?? 0;
    const healthy = measured.filter((g) => truthOf.get(g.accountId)!.trueHealth >= 0.7);
    const poor = measured.filter((g) => truthOf.get(g.accountId)!.trueHealth < 0.4);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(healthy.length).toBeGreaterThan(5);
    expect(poor.length).toBeGreaterThan(2);
    expect(mean(healthy.map(progressOf))).toBeGreaterThan(mean(poor.map(progressOf)) + 15);
  });

  it('has monthly measurements up to today, some overdue reviews and a review log whose last change is the goal as it stands', () => {
    expect(goals.measurements.every((m) => m.day <= TODAY)).toBe(true);
    expect(goals.goals.some((g) => g.nextReviewOn < TODAY)).toBe(true);
    expect(goals.goals.some((g) => g.nextReviewOn >= TODAY)).toBe(true);
    expect(goals.reviews.length).toBeGreaterThan(0);
    for (const goal of goals.goals) {
      const changed = goals.reviews.filter((r) => r.goalId === goal.id && r.changes.target);
      const last = changed[changed.length - 1];
      if (last) expect(last.changes.target?.to).toBe(goal.target);
      expect(goal.target).not.toBe(goal.baseline);
    }
    expect(goals.goals.some((g) => g.binding !== null)).toBe(true);
  });

  it('is the same for the same seed', () => {
    expect(generateGoals(input)).toEqual(goals);
  });
});
