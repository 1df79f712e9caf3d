import { expect, it } from 'vitest';
import { queryRows, sql } from '../../db/connect.js';
import { describeEachDatabase } from '../../testing/harness.js';
import { generateDemoWorkspace } from '../../../domain/demo/generate-demo.js';
import { generateGoals } from '../../../domain/demo/generate-goals.js';
import { loadDemoWorkspace } from '../demo/load-demo.js';

const TODAY = '2026-04-01';
const ACCOUNTS = 80;

describeEachDatabase('demo success plans', (h) => {
  it('loads the generated goals, their measurements and reviews, and measures the bound goals from usage', async () => {
    const { db } = h().database;
    const loaded = await loadDemoWorkspace(db, { seed: 4747, today: TODAY, accountCount: ACCOUNTS, healthHistoryDays: 0, replace: true });
    const demo = generateDemoWorkspace({ seed: 4747, today: TODAY, accountCount: ACCOUNTS });
    const goals = generateGoals({ seed: 4747, today: TODAY, accounts: demo.accounts, truth: demo.truth, contacts: demo.contacts });
    const ws = loaded.workspaceId;
    const [counts] = await queryRows<Record<string, number | string>>(db, sql`select
      (select count(*) from success_goals where workspace_id = ${ws}) as goals,
      (select count(*) from goal_measurements where workspace_id = ${ws} and source = 'manual') as manual,
      (select count(*) from goal_reviews where workspace_id = ${ws}) as reviews,
      (select count(*) from success_goals where workspace_id = ${ws} and binding is not null and current is not null) as bound_measured`);
    expect(goals.goals.length).toBeGreaterThan(0);
    expect(Number(counts?.goals)).toBe(goals.goals.length);
    expect(Number(counts?.manual)).toBe(goals.measurements.length);
    expect(Number(counts?.reviews)).toBe(goals.reviews.length);
    const bound = goals.goals.filter((g) => g.binding !== null).length;
    if (bound > 0) expect(Number(counts?.bound_measured)).toBeGreaterThan(0);
  }, 120_000);
});
