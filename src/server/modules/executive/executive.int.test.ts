/**
 * The executive summary on PGlite and PostgreSQL: every revenue number equals the metrics
 * endpoint it comes from for the same data (summary, benchmarks, movements, targets), the
 * health part equals /health/distribution, and band changes, renewals and the maturity score
 * are read from the workspace's own rows only.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { addDays } from '../../../domain/metrics/periods.js';
import { describeEachDatabase, type Client, type Harness, type TestWorkspace } from '../../testing/harness.js';

const today = () => new Date().toISOString().slice(0, 10);

async function account(client: Client, name: string): Promise<string> {
  const res = await client.post('/api/v1/accounts', { name });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

async function subscribe(client: Client, accountId: string, line: Record<string, unknown>): Promise<string> {
  const res = await client.post('/api/v1/subscriptions', { accountId, plan: 'Pro', quantity: 1, currency: 'JPY', billingInterval: 'month', ...line });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

/**
 * Four customers in yen, March 2025 being the month under review:
 * A ¥100,000 since 2024-01-10 (renews in 40 days); B ¥50,000 since 2024-02-01, a second seat from
 * 2025-03-10 (+¥50,000 expansion); C ¥30,000 since 2024-02-15, cancelled 2025-03-20; D new in
 * March at ¥20,000. So March starts at ¥180,000 of MRR (A + B + C) with ¥20,000 new and ¥50,000
 * expansion — worked by hand from the lines above.
 */
async function buildPortfolio(ws: TestWorkspace) {
  const a = await account(ws.admin, 'A社');
  const b = await account(ws.admin, 'B社');
  const c = await account(ws.admin, 'C社');
  const d = await account(ws.admin, 'D社');
  await subscribe(ws.admin, a, { unitPrice: 100_000, startedOn: '2024-01-10', endsOn: addDays(today(), 40) });
  const bLine = await subscribe(ws.admin, b, { unitPrice: 50_000, startedOn: '2024-02-01' });
  expect((await ws.admin.patch(`/api/v1/subscriptions/${bLine}`, { quantity: 2, effectiveOn: '2025-03-10' })).status).toBe(200);
  const cLine = await subscribe(ws.admin, c, { unitPrice: 30_000, startedOn: '2024-02-15' });
  expect((await ws.admin.patch(`/api/v1/subscriptions/${cLine}`, { status: 'cancelled', effectiveOn: '2025-03-20' })).status).toBe(200);
  await subscribe(ws.admin, d, { unitPrice: 20_000, startedOn: '2025-03-05' });
  return { a, b, c, d };
}

/** Scores now and a month ago, written as the health worker would (the worker does not run in tests). */
async function writeHealth(harness: Harness, ws: TestWorkspace, rows: Array<{ accountId: string; now: string; before?: { band: string; daysAgo: number } }>) {
  const db = harness.database.db;
  const card = randomUUID();
  for (const r of rows) {
    const score = r.now === 'red' ? 20 : r.now === 'yellow' ? 55 : 85;
    await db.execute(sql`insert into health_scores (workspace_id, account_id, scorecard_id, version, score, band, explanation, computed_at)
      values (${ws.id}::uuid, ${r.accountId}::uuid, ${card}::uuid, 1, ${score}, ${r.now}, '{}'::jsonb, now())`);
    await db.execute(sql`insert into health_history (workspace_id, account_id, day, score, band, scorecard_id, version)
      values (${ws.id}::uuid, ${r.accountId}::uuid, ${today()}::date, ${score}, ${r.now}, ${card}::uuid, 1)`);
    if (r.before) {
      await db.execute(sql`insert into health_history (workspace_id, account_id, day, score, band, scorecard_id, version)
        values (${ws.id}::uuid, ${r.accountId}::uuid, ${addDays(today(), -r.before.daysAgo)}::date, 50, ${r.before.band}, ${card}::uuid, 1)`);
    }
  }
}

async function writeAssessment(harness: Harness, ws: TestWorkspace, assessedOn: string, total: number) {
  await harness.database.db.execute(sql`insert into maturity_assessments (workspace_id, id, assessed_on, questionnaire_version, answers, scores, total)
    values (${ws.id}::uuid, ${randomUUID()}::uuid, ${assessedOn}::date, 1, '{}'::jsonb, '{}'::jsonb, ${total})`);
}

describeEachDatabase('executive summary API', (h) => {
  it('reports the same revenue numbers as the metrics endpoints, with the target and the benchmark of each KPI', async () => {
    const ws = await h().newWorkspace();
    await buildPortfolio(ws);
    expect((await ws.admin.request('PUT', '/api/v1/metrics/targets', { kpi: 'nrr_12m', interval: 'month', periodStart: '2025-03-01', target: 1.1 })).status).toBe(200);
    // a fiscal-year target (the workspace's year starts in April) and a shorter quarter one: the quarter wins
    expect((await ws.admin.request('PUT', '/api/v1/metrics/targets', { kpi: 'retention_rate', interval: 'fiscal_year', periodStart: '2024-04-01', target: 0.9 })).status).toBe(200);
    expect((await ws.admin.request('PUT', '/api/v1/metrics/targets', { kpi: 'retention_rate', interval: 'quarter', periodStart: '2025-01-01', target: 0.95 })).status).toBe(200);
    const viewer = await ws.as('viewer');

    const res = await viewer.get('/api/v1/executive/summary?month=2025-03');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const summary = (await viewer.get('/api/v1/metrics/summary?from=2024-04-01&to=2025-03-31&interval=month')).body;
    const march = summary.total[11];
    const february = summary.total[10];
    expect(res.body.month).toEqual({ ...summary.periods[11], complete: true });
    expect(res.body.headline).toEqual({
      mrr: march.mrr, mrrStart: march.mrrStart, arr: march.arr, payingAccounts: march.payingAccounts,
      payingAccountsStart: march.payingAccountsStart, netNewMrr: march.movements.netNew, previousArr: february.arr,
    });
    expect(res.body.headline.mrrStart).toBe(180_000);

    const kpi = (key: string) => res.body.kpis.find((k: { key: string }) => k.key === key);
    expect(kpi('nrr_12m')).toMatchObject({ value: march.nrr12m, previous: february.nrr12m, better: 'higher' });
    expect(kpi('grr_12m')).toMatchObject({ value: march.grr12m, previous: february.grr12m });
    expect(kpi('revenue_churn_rate')).toMatchObject({ value: march.grossMrrChurnRate, better: 'lower' });
    expect(kpi('retention_rate')).toMatchObject({ value: march.retention.rate });
    expect(kpi('nrr_12m').trend).toEqual(summary.periods.map((p: { key: string }, i: number) => ({ key: p.key, value: summary.total[i].nrr12m })));

    const targets = (await viewer.get('/api/v1/metrics/targets?from=2024-01-01&to=2025-12-31')).body.items;
    expect(kpi('nrr_12m').target).toEqual(targets.find((t: { kpi: string }) => t.kpi === 'nrr_12m'));
    expect(kpi('retention_rate').target).toEqual(targets.find((t: { kpi: string; interval: string }) => t.kpi === 'retention_rate' && t.interval === 'quarter'));
    expect(kpi('grr_12m').target).toBeNull();

    const benchmarks = (await viewer.get('/api/v1/metrics/benchmarks?on=2025-03-31')).body;
    expect(res.body.benchmarkWindow).toEqual(benchmarks.window);
    expect(kpi('nrr_12m').benchmark).toEqual(benchmarks.figures.find((f: { key: string }) => f.key === 'nrr_12m'));
    expect(kpi('revenue_churn_rate').benchmark).toEqual(benchmarks.figures.find((f: { key: string }) => f.key === 'monthly_revenue_churn'));
    expect(kpi('retention_rate').benchmark).toBeNull();

    const movements = (await viewer.get('/api/v1/metrics/movements?from=2025-03-01&to=2025-03-31')).body;
    expect(res.body.movements.totals).toEqual(movements.totals);
    expect(res.body.movements.totals.new.amount).toBe(20_000);
    expect(res.body.movements.totals.expansion.amount).toBe(50_000);
    expect(res.body.movements.netNew).toBe(march.movements.netNew);
    expect(res.body.movements.largest.map((m: { amount: number }) => m.amount))
      .toEqual(movements.items.map((m: { amount: number }) => m.amount).sort((x: number, y: number) => y - x).slice(0, 8));
  });

  it('compares health bands with 30 days ago, lists renewals ahead, and shows the latest maturity score', async () => {
    const ws = await h().newWorkspace();
    const { a, b, c, d } = await buildPortfolio(ws);
    await writeHealth(h(), ws, [
      { accountId: a, now: 'red', before: { band: 'green', daysAgo: 40 } },
      { accountId: b, now: 'green', before: { band: 'yellow', daysAgo: 35 } },
      { accountId: c, now: 'red' },
      { accountId: d, now: 'green', before: { band: 'green', daysAgo: 31 } },
    ]);
    const before = await ws.admin.get('/api/v1/executive/summary');
    expect(before.body.maturity).toEqual({ latest: null, previous: null, max: 800 });
    await writeAssessment(h(), ws, '2024-11-15', 290);
    await writeAssessment(h(), ws, '2025-11-20', 352);

    const res = await ws.admin.get('/api/v1/executive/summary');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const distribution = (await ws.admin.get('/api/v1/health/distribution?days=180')).body;
    expect(res.body.health.distribution).toEqual(distribution);
    expect(res.body.health.distribution.current).toEqual({ red: 2, yellow: 0, green: 2, none: 0 });
    expect(res.body.health).toMatchObject({ since: addDays(today(), -30), hasBaseline: true, improved: 1, worsened: 1 });
    // worse first: A fell from green to red; B rose from yellow to green
    expect(res.body.health.changes.map((x: { accountId: string; before: string; now: string }) => [x.accountId, x.before, x.now]))
      .toEqual([[a, 'green', 'red'], [b, 'yellow', 'green']]);
    // red now and not red a month ago: A, and C which had no score then
    expect(res.body.health.newRed.map((x: { accountId: string }) => x.accountId).sort()).toEqual([a, c].sort());

    expect(res.body.renewals).toMatchObject({ from: today(), to: addDays(today(), 90), accounts: 1, mrr: 100_000, atRisk: 1 });
    expect(res.body.renewals.items).toEqual([{ accountId: a, accountName: 'A社', renewalDate: addDays(today(), 40), mrr: 100_000, band: 'red' }]);

    expect(res.body.maturity.latest).toMatchObject({ assessedOn: '2025-11-20', total: 352 });
    expect(res.body.maturity.previous).toMatchObject({ assessedOn: '2024-11-15', total: 290 });

    // another workspace sees none of it
    const other = await h().newWorkspace('別会社');
    const theirs = await other.admin.get('/api/v1/executive/summary');
    expect(theirs.status).toBe(200);
    expect(theirs.body.maturity.latest).toBeNull();
    expect(theirs.body.renewals.accounts).toBe(0);
    expect(theirs.body.health.distribution.current).toEqual({ red: 0, yellow: 0, green: 0, none: 0 });
    expect(theirs.body.headline.mrr).toBe(0);
  });

  it('says which field is wrong for a bad or future month, and asks for a sign-in', async () => {
    const ws = await h().newWorkspace();
    const bad = await ws.admin.get('/api/v1/executive/summary?month=2025-13');
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].path).toBe('month');
    const future = await ws.admin.get(`/api/v1/executive/summary?month=${Number(today().slice(0, 4)) + 1}-01`);
    expect(future.status).toBe(400);
    expect(future.body.fields[0].path).toBe('month');
    const current = await ws.admin.get(`/api/v1/executive/summary?month=${today().slice(0, 7)}`);
    expect(current.status).toBe(200);
    expect(current.body.month).toMatchObject({ end: today(), complete: false });
    const anonymous = await h().app.request('/api/v1/executive/summary');
    expect(anonymous.status).toBe(401);
  });
});
