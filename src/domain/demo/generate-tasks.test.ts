import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from './generate-demo.js';
import { generateTasks } from './generate-tasks.js';

const TODAY = '2026-04-01';
const demo = generateDemoWorkspace({ seed: 42, today: TODAY, accountCount: 200 });
const input = { seed: 42, today: TODAY, accounts: demo.accounts, truth: demo.truth };
const tasks = generateTasks(input);
const truthOf = new Map(demo.truth.map((t) => [t.accountId, t]));
const ownerOf = new Map(demo.accounts.map((a) => [a.id, a.ownerId]));

describe('demo tasks', () => {
  it('gives every CSM open, overdue and done tasks on accounts they own, each with a reason', () => {
    const csms = demo.members.filter((m) => m.role === 'csm');
    for (const csm of csms) {
      const mine = tasks.filter((t) => t.assigneeId === csm.id);
      expect(mine.some((t) => t.status === 'open' && t.dueOn !== null && t.dueOn < TODAY)).toBe(true);
      expect(mine.some((t) => t.status === 'open' && (t.dueOn === null || t.dueOn >= TODAY))).toBe(true);
      expect(mine.some((t) => t.status === 'done')).toBe(true);
    }
    expect(tasks.every((t) => ownerOf.get(t.accountId) === t.assigneeId && t.reason.length > 0)).toBe(true);
    expect(tasks.every((t) => truthOf.get(t.accountId)!.churnedOn === null)).toBe(true);
  });

  it('puts more open work on accounts whose hidden health is low', () => {
    const openPer = (pred: (h: number) => boolean) => {
      const accounts = demo.truth.filter((t) => t.firstPaidOn !== null && t.churnedOn === null && ownerOf.get(t.accountId) && pred(t.trueHealth));
      const open = tasks.filter((t) => t.status === 'open' && pred(truthOf.get(t.accountId)!.trueHealth)).length;
      return open / accounts.length;
    };
    expect(openPer((h) => h < 0.45)).toBeGreaterThan(openPer((h) => h >= 0.7) + 1);
  });

  it('is consistent in time and repeatable', () => {
    for (const t of tasks) {
      expect(t.createdAt.slice(0, 10) <= TODAY).toBe(true);
      if (t.doneAt) expect(t.doneAt.slice(0, 10) <= TODAY).toBe(true);
      expect(t.status === 'done').toBe(t.doneAt !== null);
    }
    expect(generateTasks(input)).toEqual(tasks);
  });
});
