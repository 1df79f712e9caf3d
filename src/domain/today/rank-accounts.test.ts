import { describe, expect, it } from 'vitest';
import { rankAccounts, riskOf, urgencyOf, valueOf, type TodayAccountFacts } from './rank-accounts.js';

const today = '2025-03-10';
const base: Omit<TodayAccountFacts, 'accountId' | 'name'> = {
  arr: 0, healthScore: null, healthBand: null, healthScoreWeekAgo: null, renewalDate: null,
  overdueTasks: 0, tasksDueToday: 0, touchOverdueDays: null,
};
const facts = (name: string, f: Partial<TodayAccountFacts>): TodayAccountFacts => ({ ...base, accountId: name, name, ...f });

// Worked examples; each expected figure is computed by hand from the formula in rank-accounts.ts.
const a = facts('A', { healthBand: 'red', healthScore: 38, healthScoreWeekAgo: 50, arr: 4_200_000, renewalDate: '2025-03-31', overdueTasks: 2 });
const b = facts('B', { healthBand: 'yellow', healthScore: 62, healthScoreWeekAgo: 60, arr: 1_050_000 });
const c = facts('C', { healthBand: 'green', healthScore: 85, healthScoreWeekAgo: 85, arr: 4_200_000, renewalDate: '2025-05-09', tasksDueToday: 1 });
const d = facts('D', { arr: 0, renewalDate: '2025-03-01', touchOverdueDays: 12 });

describe('rankAccounts — worked examples', () => {
  const ranked = rankAccounts([b, c, d, a], today);
  const byName = Object.fromEntries(ranked.map((r) => [r.name, r]));

  it('A: red 38 falling 12 in a week, the largest ARR, renewal in 21 days, 2 overdue tasks', () => {
    // risk 0.8 + 12/100 = 0.92; value 0.25 + 0.75 × √1 = 1; urgency 1 + (90 − 21)/90 = 1.7667; backlog 2 × 8 = 16
    // 100 × 0.92 × 1 × 1.7667 + 16 = 178.53
    expect(byName.A!.components).toEqual({ risk: 0.92, value: 1, urgency: 1.767, backlog: 16 });
    expect(byName.A!.priority).toBe(178.5);
    expect(byName.A!.reasons).toEqual([
      { kind: 'health', band: 'red', score: 38, change: -12 },
      { kind: 'arr', arr: 4_200_000 },
      { kind: 'renewal', days: 21 },
      { kind: 'overdue_tasks', count: 2 },
    ]);
  });

  it('B: yellow 62 rising 2, a quarter of the largest ARR, no renewal in sight', () => {
    // risk 0.45 − 0.02 = 0.43; value 0.25 + 0.75 × √0.25 = 0.625; urgency 1 → 100 × 0.43 × 0.625 = 26.875
    expect(byName.B!.priority).toBe(26.9);
    expect(byName.B!.reasons.map((r) => r.kind)).toEqual(['health', 'arr']);
  });

  it('C: green 85 steady, the largest ARR, renewal in 60 days, a task due today', () => {
    // risk 0.1; value 1; urgency 1 + 30/90 = 1.3333; backlog 4 → 13.33 + 4 = 17.33
    expect(byName.C!.priority).toBe(17.3);
    expect(byName.C!.reasons.map((r) => r.kind)).toEqual(['health', 'arr', 'renewal', 'due_today']);
  });

  it('D: never scored, no revenue, a renewal date 9 days past, touch cadence 12 days overdue', () => {
    // risk 0.35; value 0.25; urgency 2 (renewal passed); backlog 6 → 100 × 0.35 × 0.25 × 2 + 6 = 23.5
    expect(byName.D!.priority).toBe(23.5);
    expect(byName.D!.reasons).toContainEqual({ kind: 'renewal', days: -9 });
    expect(byName.D!.reasons).toContainEqual({ kind: 'touch_overdue', days: 12 });
    expect(byName.D!.reasons[0]).toEqual({ kind: 'health', band: null, score: null, change: null });
  });

  it('orders by priority and numbers the ranks from 1', () => {
    expect(ranked.map((r) => `${r.rank}:${r.name}`)).toEqual(['1:A', '2:B', '3:D', '4:C']);
  });
});

describe('rankAccounts — components and ties', () => {
  it('caps the trend: a fall of 30 adds only 0.2; a rise of 20 takes off only 0.1, never below 0.05', () => {
    expect(riskOf(facts('x', { healthBand: 'red', healthScore: 20, healthScoreWeekAgo: 50 }))).toBeCloseTo(1, 10);
    expect(riskOf(facts('x', { healthBand: 'green', healthScore: 90, healthScoreWeekAgo: 70 }))).toBe(0.05);
    expect(riskOf(facts('x', { healthBand: 'yellow', healthScore: 55 }))).toBe(0.45);
  });

  it('weighs ARR by its square root against the largest, with a floor of 0.25', () => {
    expect(valueOf(0, 1000)).toBe(0.25);
    expect(valueOf(1000, 1000)).toBe(1);
    expect(valueOf(90, 1000)).toBeCloseTo(0.25 + 0.75 * 0.3, 2); // √0.09 = 0.3
    expect(valueOf(0, 0)).toBe(0.25);
  });

  it('raises urgency only inside 90 days, linearly to double on the renewal day', () => {
    expect(urgencyOf(null, today)).toBe(1);
    expect(urgencyOf('2025-06-09', today)).toBe(1); // 91 days
    expect(urgencyOf('2025-06-08', today)).toBe(1); // 90 days
    expect(urgencyOf('2025-04-24', today)).toBe(1.5); // 45 days
    expect(urgencyOf('2025-03-10', today)).toBe(2);
  });

  it('counts at most three overdue tasks', () => {
    const [r] = rankAccounts([facts('x', { overdueTasks: 7 })], today);
    expect(r!.components.backlog).toBe(24);
    expect(r!.reasons).toContainEqual({ kind: 'overdue_tasks', count: 7 });
  });

  it('breaks ties on ARR, then name', () => {
    const same = { healthBand: 'yellow' as const, healthScore: 60 };
    const ranked = rankAccounts([facts('ベータ', same), facts('アルファ', same)], today);
    expect(ranked.map((r) => r.name)).toEqual(['アルファ', 'ベータ']);
    expect(rankAccounts([], today)).toEqual([]);
  });
});
