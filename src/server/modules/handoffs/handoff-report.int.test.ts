/**
 * GET /handoffs/report over a history entered through the subscriptions API: accounts banded by
 * the completeness of handoffs submitted before the window, with the revenue engine's monthly
 * revenue churn and NRR per band (on PGlite and PostgreSQL).
 */
import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDatabase, type Client, type Harness } from '../../testing/harness.js';

const FULL = {
  goals: [{ goal: '工数削減', kpi: '作成時間', target: '10時間' }],
  decisionMaker: { name: '山田', title: '本部長', cares: '効果' },
  stakeholders: [{ name: '佐藤', role: '現場', notes: '慎重' }],
  contract: { plan: 'Pro', seats: 10, annualAmount: 1_200_000, currency: 'JPY', startOn: '2025-01-01', renewalOn: '2026-01-01' },
  timeline: { goLiveOn: '2025-02-01', milestones: [{ title: '研修' }] },
  noKnownRisks: true, noPromises: true,
};
const THIN = { goals: [{ goal: '工数削減' }] }; // 10 points: low band

async function customer(client: Client, name: string, mrr: number, churnOn?: string): Promise<string> {
  const { body: account } = await client.post('/api/v1/accounts', { name });
  const line = await client.post('/api/v1/subscriptions', {
    accountId: account.id, plan: 'Pro', quantity: 1, unitPrice: mrr, currency: 'JPY', billingInterval: 'month', startedOn: '2025-01-01',
    ...(churnOn ? { endsOn: churnOn } : {}),
  });
  expect(line.status, JSON.stringify(line.body)).toBe(201);
  if (churnOn) expect((await client.patch(`/api/v1/subscriptions/${line.body.id}`, { status: 'cancelled', effectiveOn: '2025-09-10' })).status).toBe(200);
  return account.id;
}

async function handOff(h: Harness, client: Client, accountId: string, content: unknown, submittedOn: string | null) {
  const { body } = await client.post(`/api/v1/accounts/${accountId}/handoff`, { content });
  if (submittedOn === null) return;
  await client.post(`/api/v1/handoffs/${body.id}/submit`);
  // The handoff happened at deal close, before the window: date the submission back.
  await h.database.db.execute(sql`update handoffs set submitted_at = ${submittedOn}::timestamptz where id = ${body.id}::uuid`);
}

describeEachDatabase('handoff completeness report', (h) => {
  it('bands accounts by completeness and reads churn and NRR per band from the metrics engine', async () => {
    const ws = await h().newWorkspace();
    const lowChurned = await customer(ws.admin, '低・解約', 100_000, '2025-10-01');
    const lowKept = await customer(ws.admin, '低・継続', 100_000);
    const high1 = await customer(ws.admin, '高・継続1', 100_000);
    const high2 = await customer(ws.admin, '高・継続2', 50_000);
    await customer(ws.admin, '引き継ぎなし', 30_000);
    const recent = await customer(ws.admin, '最近の引き継ぎ', 20_000);
    const draft = await customer(ws.admin, '下書きのみ', 20_000);
    await handOff(h(), ws.admin, lowChurned, THIN, '2024-12-20');
    await handOff(h(), ws.admin, lowKept, THIN, '2024-12-20');
    await handOff(h(), ws.admin, high1, FULL, '2024-12-20');
    await handOff(h(), ws.admin, high2, FULL, '2024-12-20');
    await handOff(h(), ws.admin, recent, FULL, '2025-08-01');
    await handOff(h(), ws.admin, draft, FULL, null);

    const res = await ws.admin.get('/api/v1/handoffs/report?from=2025-07-01&to=2025-12-31');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ currency: 'JPY', from: '2025-07-01', to: '2025-12-31', months: 6, tooRecent: 1 });
    const [low, medium, high, none] = res.body.bands;
    // Low: ¥200,000 at the start, ¥100,000 churned on 2025-10-01 (period-end recognition): gross MRR churn
    // 0.5 over 6 months, compounded to a month 1 − 0.5^(1/6) = 0.10910 (formulas.ts monthlyEquivalent); NRR 0.5.
    expect(low).toMatchObject({ band: 'low', min: 0, max: 49, accounts: 2, averageCompleteness: 10, payingAccountsStart: 2, mrrStart: 200_000, mrr: 100_000, churnedAccounts: 1, nrr: 0.5 });
    expect(low.monthlyRevenueChurn).toBeCloseTo(1 - 0.5 ** (1 / 6), 6);
    expect(medium).toMatchObject({ band: 'medium', accounts: 0, payingAccountsStart: 0, nrr: null, monthlyRevenueChurn: null });
    expect(high).toMatchObject({ band: 'high', accounts: 2, averageCompleteness: 100, mrrStart: 150_000, mrr: 150_000, nrr: 1, monthlyRevenueChurn: 0 });
    // No handoff before the window: the account without one, the recent one and the draft (¥30,000 + ¥20,000 + ¥20,000).
    expect(none).toMatchObject({ band: 'none', accounts: 3, mrrStart: 70_000, nrr: 1 });
    expect(res.body.comparison).toEqual({ churnRatio: null, nrrDifference: 0.5 });
    // HiCustomer 2023 (SPEC §3.7): 63.3% vs ÷1.7, 60% vs ÷1.4.
    expect(res.body.reference.churnAtLeast2PctMonthly).toMatchObject({ insufficient: 0.633, ratio: 1.7 });
    expect(res.body.reference.nrrAtLeast100Pct.insufficient).toBeCloseTo(0.6 / 1.4, 6);

    // The same figures as the revenue dashboard gives for the whole workspace over the window.
    const total = await ws.admin.get('/api/v1/metrics/summary?from=2025-07-01&to=2025-12-31&interval=range');
    expect(total.body.total[0].mrrStart).toBe(low.mrrStart + high.mrrStart + none.mrrStart);

    const csv = await ws.admin.get('/api/v1/handoffs/report?from=2025-07-01&to=2025-12-31&format=csv');
    expect(String(csv.body).split('\r\n')[1]).toBe('low,0,49,2,10,2,200000,100000,1,0.10910128,0.5,0.5,0.5,2025-07-01,2025-12-31,JPY');
  });

  it('names a bad range and defaults to the twelve months to today', async () => {
    const ws = await h().newWorkspace();
    const bad = await ws.admin.get('/api/v1/handoffs/report?from=2025-07-01&to=2025-01-01');
    expect([bad.status, bad.body.fields[0].path]).toEqual([400, 'from']);
    const empty = await ws.admin.get('/api/v1/handoffs/report');
    expect(empty.status).toBe(200);
    expect(empty.body.to).toBe(new Date().toISOString().slice(0, 10));
    expect(empty.body.bands.map((b: { accounts: number }) => b.accounts)).toEqual([0, 0, 0, 0]);
  });
});
