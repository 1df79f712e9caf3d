import { expect, it } from 'vitest';
import { queryRows, sql } from '../../db/connect.js';
import { describeEachDatabase } from '../../testing/harness.js';
import { generateDemoWorkspace } from '../../../domain/demo/generate-demo.js';
import { generateHandoffs } from '../../../domain/demo/generate-handoffs.js';
import { loadDemoWorkspace } from '../demo/load-demo.js';
import { buildHandoffReport } from './handoff-report.js';

const TODAY = '2026-04-01';
const ACCOUNTS = 200;
const SEED = 5601;

describeEachDatabase('demo handoffs', (h) => {
  it('loads handoffs of every status with their timeline history, and the report bands them', async () => {
    const { db } = h().database;
    const loaded = await loadDemoWorkspace(db, { seed: SEED, today: TODAY, accountCount: ACCOUNTS, healthHistoryDays: 0, replace: true });
    const expected = generateHandoffs(generateDemoWorkspace({ seed: SEED, today: TODAY, accountCount: ACCOUNTS }));
    const ws = loaded.workspaceId;
    const rows = await queryRows<{ status: string; n: number | string }>(db, sql`
      select status, count(*) as n from handoffs where workspace_id = ${ws} group by status order by status`);
    const byStatus = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    expect(Object.values(byStatus).reduce((a, b) => a + b, 0)).toBe(expected.length);
    expect(byStatus.accepted).toBeGreaterThan(0);
    const [events] = await queryRows<{ n: number | string }>(db, sql`
      select count(*) as n from activities where workspace_id = ${ws} and event like 'handoff.%'`);
    expect(Number(events?.n)).toBe(expected.reduce((s, x) => s + x.events.length, 0));

    const report = await buildHandoffReport(db, ws, { from: '2025-04-01', to: '2026-03-31' }, TODAY);
    // Seed 5601, 200 accounts, measured: low 14 accounts, 2.63%/month revenue churn, NRR 79.4%; medium 42, 1.03%,
    // 99.0%; high 23, 0.01%, 138.5% — quality follows true health, which drives churn and expansion.
    const [low, medium, high] = report.bands;
    expect(low?.monthlyRevenueChurn).toBeGreaterThan(medium?.monthlyRevenueChurn ?? 1);
    expect(medium?.monthlyRevenueChurn).toBeGreaterThan(high?.monthlyRevenueChurn ?? 1);
    expect(high?.nrr).toBeGreaterThan(low?.nrr ?? 2);
    expect(report.bands.slice(0, 3).reduce((s, b) => s + b.accounts, 0)).toBe(
      expected.filter((x) => x.status !== 'draft' && x.submittedAt !== null && x.submittedAt < '2025-04-01').length,
    );
  }, 240_000);
});
