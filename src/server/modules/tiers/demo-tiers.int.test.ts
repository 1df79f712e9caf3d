import { expect, it } from 'vitest';
import { queryRows, sql } from '../../db/connect.js';
import { describeEachDatabase } from '../../testing/harness.js';
import { generateDemoWorkspace } from '../../../domain/demo/generate-demo.js';
import { generateTiers } from '../../../domain/demo/generate-tiers.js';
import { HIGH_TOUCH_MIN_ARR, MID_TOUCH_MIN_ARR } from '../../../domain/tiers/default-tiers.js';
import { loadDemoWorkspace } from '../demo/load-demo.js';
import { touchReport } from './tier-report.js';

const TODAY = '2026-04-01';
const ACCOUNTS = 120;
const SEED = 5101; // H1's seed range: unique across the PostgreSQL run

describeEachDatabase('demo touch model', (h) => {
  it('places every demo account in one tier by its ARR, with the generated overrides winning', async () => {
    const { db } = h().database;
    const loaded = await loadDemoWorkspace(db, { seed: SEED, today: TODAY, accountCount: ACCOUNTS, healthHistoryDays: 0, replace: true });
    const demo = generateDemoWorkspace({ seed: SEED, today: TODAY, accountCount: ACCOUNTS });
    const generated = generateTiers({ seed: SEED, today: TODAY, accounts: demo.accounts, truth: demo.truth });
    const ws = loaded.workspaceId;
    const rows = await queryRows<{ id: string; touch_tier: string | null; mrr: number; override: string | null }>(db, sql`
      select a.id, a.touch_tier, a.mrr, o.tier_key as override from accounts a
      left join tier_overrides o on o.workspace_id = a.workspace_id and o.account_id = a.id where a.workspace_id = ${ws}`);
    expect(rows).toHaveLength(ACCOUNTS);
    expect(rows.filter((r) => r.touch_tier === null)).toEqual([]);
    expect(rows.filter((r) => r.override !== null)).toHaveLength(generated.overrides.length);
    expect(generated.overrides.length).toBeGreaterThan(0);
    for (const r of rows) {
      const arr = Number(r.mrr) * 12;
      const byRule = arr >= HIGH_TOUCH_MIN_ARR ? 'high' : arr >= MID_TOUCH_MIN_ARR ? 'mid' : 'tech';
      expect(r.touch_tier).toBe(r.override ?? byRule);
    }
    const [timeline] = await queryRows<{ changed: number; set: number }>(db, sql`select
      count(*) filter (where event = 'tier.changed')::int as changed, count(*) filter (where event = 'tier.override_set')::int as set
      from activities where workspace_id = ${ws}`);
    expect(timeline).toEqual({ changed: ACCOUNTS, set: generated.overrides.length });

    const report = await touchReport(db, ws, new Date(`${TODAY}T12:00:00Z`));
    const customers = rows.length - (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from accounts
      where workspace_id = ${ws} and status not in ('trial', 'active', 'paused')`))[0]!.n;
    expect(report.totals.accounts).toBe(customers);
    expect(report.tiers.reduce((s, t) => s + t.accounts, 0)).toBe(customers);
  }, 180_000);
});
