import { expect, it } from 'vitest';
import { SUPPORTED_CURRENCIES } from '../../../domain/money/currency.js';
import { describeEachDatabase, type Client, type Harness } from '../../testing/harness.js';

interface Line { id: string; mrr: number; status: string; cancelledOn: string | null; quantity: number; discountPercent: number }
interface Event { kind: string; effectiveOn: string; quantity: number; discountPercent: number; status: string; mrr: number; source: string }

async function workspaceWithAccount(h: () => Harness, baseCurrency?: 'USD') {
  const ws = await h().newWorkspace();
  if (baseCurrency) expect((await ws.admin.patch('/api/v1/workspace', { baseCurrency })).status).toBe(204);
  const account = await ws.admin.post('/api/v1/accounts', { name: '株式会社みなとシステム' });
  return { ws, accountId: account.body.id as string };
}

async function add(client: Client, body: Record<string, unknown>): Promise<Line> {
  const res = await client.post('/api/v1/subscriptions', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function change(client: Client, id: string, body: Record<string, unknown>): Promise<Line> {
  const res = await client.patch(`/api/v1/subscriptions/${id}`, body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const accountOf = async (client: Client, id: string) => (await client.get(`/api/v1/accounts/${id}`)).body;
const eventsOf = async (client: Client, id: string): Promise<Event[]> => (await client.get(`/api/v1/subscriptions/${id}/events`)).body.items;

describeEachDatabase('subscriptions API', (h) => {
  it('follows the WE-03 lifecycle (ChartMogul walkthrough) in line and account MRR, status and renewal date', async () => {
    const { ws, accountId } = await workspaceWithAccount(h, 'USD');
    // 1) 4 × Gold yearly at $500 → MRR 166.67
    const gold = await add(ws.admin, {
      accountId, plan: 'Gold', quantity: 4, unitPrice: 50_000, currency: 'USD', billingInterval: 'year',
      startedOn: '2026-01-01', endsOn: '2026-12-31',
    });
    expect(gold.mrr).toBe(16_667);
    expect(await accountOf(ws.admin, accountId)).toMatchObject({ mrr: 16_667, status: 'active', renewalDate: '2026-12-31', currency: 'USD' });
    // 2) adds 2 × Silver monthly at $30 → MRR 226.67
    const silver = await add(ws.admin, {
      accountId, plan: 'Silver', quantity: 2, unitPrice: 3_000, currency: 'USD', startedOn: '2026-02-01', endsOn: '2026-02-28',
    });
    expect(silver.mrr).toBe(6_000);
    expect(await accountOf(ws.admin, accountId)).toMatchObject({ mrr: 22_667, renewalDate: '2026-02-28' });
    // 3) cancels Silver while Gold stays → MRR 166.67
    const cancelled = await change(ws.admin, silver.id, { status: 'cancelled', effectiveOn: '2026-02-15' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledOn: '2026-02-15', mrr: 0 });
    expect(await accountOf(ws.admin, accountId)).toMatchObject({ mrr: 16_667, status: 'active', renewalDate: '2026-12-31' });
    expect((await eventsOf(ws.admin, silver.id)).map((e) => [e.kind, e.effectiveOn, e.mrr]))
      .toEqual([['created', '2026-02-01', 6_000], ['cancelled', '2026-02-15', 0]]);
    // 4) cancels Gold at the end of the year → MRR 0, churned
    await change(ws.admin, gold.id, { status: 'cancelled', effectiveOn: '2026-12-31' });
    expect(await accountOf(ws.admin, accountId)).toMatchObject({ mrr: 0, status: 'churned', renewalDate: null });
    // 5) later 3 × Gold monthly at $50 → MRR 150, active again
    await add(ws.admin, { accountId, plan: 'Gold', quantity: 3, unitPrice: 5_000, currency: 'USD', startedOn: '2027-03-01' });
    expect(await accountOf(ws.admin, accountId)).toMatchObject({ mrr: 15_000, status: 'active' });
    const timeline = await ws.admin.get(`/api/v1/accounts/${accountId}/timeline?kind=system&limit=200`);
    const events = timeline.body.items.map((a: { event: string }) => a.event);
    expect(events.filter((e: string) => e.startsWith('subscription.')).sort())
      .toEqual(['subscription.cancelled', 'subscription.cancelled', 'subscription.created', 'subscription.created', 'subscription.created']);
  });

  it('records each change as a dated event with the full new state, and no event when nothing changed', async () => {
    const { ws, accountId } = await workspaceWithAccount(h);
    const line = await add(ws.admin, { accountId, plan: 'Pro', quantity: 10, unitPrice: 1_000, startedOn: '2026-01-01' });
    const grown = await change(ws.admin, line.id, { quantity: 12, effectiveOn: '2026-02-01' });
    expect(grown.mrr).toBe(12_000); // 12 seats × ¥1,000 a month
    await change(ws.admin, line.id, { quantity: 12, effectiveOn: '2026-03-01' });
    await change(ws.admin, line.id, { product: 'Kizuna Cloud' });
    const events = await eventsOf(ws.admin, line.id);
    expect(events.map((e) => [e.kind, e.effectiveOn, e.quantity, e.mrr, e.source]))
      .toEqual([['created', '2026-01-01', 10, 10_000, 'api'], ['changed', '2026-02-01', 12, 12_000, 'api']]);
    expect(events[1]).toMatchObject({ plan: 'Pro', unitPrice: 1_000, currency: 'JPY', billingInterval: 'month', status: 'active' });
    const timeline = await ws.admin.get(`/api/v1/accounts/${accountId}/timeline?kind=system`);
    const changed = timeline.body.items.filter((a: { event: string }) => a.event === 'subscription.changed');
    expect(changed).toHaveLength(2);
    expect(changed.map((a: { data: unknown }) => a.data)).toEqual(expect.arrayContaining([
      { subscriptionId: line.id, plan: 'Pro', changes: { product: [null, 'Kizuna Cloud'] } },
      { subscriptionId: line.id, plan: 'Pro', changes: { quantity: [10, 12] }, effectiveOn: '2026-02-01', mrrBefore: 10_000, mrrAfter: 12_000, currency: 'JPY' },
    ]));
    const audit = await ws.admin.get('/api/v1/audit');
    expect(audit.body.items.filter((e: { entity: string; action: string }) => e.entity === 'subscription' && e.action === 'update')).toHaveLength(2);
  });

  it('corrects the history with a back-dated change, keeping later changes of other fields', async () => {
    const { ws, accountId } = await workspaceWithAccount(h);
    // 4 seats × ¥10,000 with 10% off → ¥36,000; 6 seats → ¥54,000
    const line = await add(ws.admin, { accountId, plan: 'Pro', quantity: 4, unitPrice: 10_000, discountPercent: 10, startedOn: '2026-01-01' });
    expect(line.mrr).toBe(36_000);
    await change(ws.admin, line.id, { quantity: 6, effectiveOn: '2026-03-01' });
    // The discount in fact ended on 1 February: every later state loses it too.
    const corrected = await change(ws.admin, line.id, { discountPercent: 0, effectiveOn: '2026-02-01' });
    expect(corrected).toMatchObject({ quantity: 6, discountPercent: 0, mrr: 60_000 });
    // A seat count for late February does not undo the 6 seats recorded from March.
    const again = await change(ws.admin, line.id, { quantity: 5, effectiveOn: '2026-02-15' });
    expect(again).toMatchObject({ quantity: 6, mrr: 60_000 });
    expect((await eventsOf(ws.admin, line.id)).map((e) => [e.effectiveOn, e.quantity, e.discountPercent, e.mrr])).toEqual([
      ['2026-01-01', 4, 10, 36_000], ['2026-02-01', 4, 0, 40_000], ['2026-02-15', 5, 0, 50_000], ['2026-03-01', 6, 0, 60_000],
    ]);
    expect((await accountOf(ws.admin, accountId)).mrr).toBe(60_000);
  });

  it('moves the first event with a corrected start date, and refuses a start after a recorded change', async () => {
    const { ws, accountId } = await workspaceWithAccount(h);
    const line = await add(ws.admin, { accountId, plan: 'Pro', unitPrice: 5_000, startedOn: '2026-04-01' });
    await change(ws.admin, line.id, { quantity: 2, effectiveOn: '2026-06-01' });
    await change(ws.admin, line.id, { startedOn: '2026-03-01' });
    expect((await eventsOf(ws.admin, line.id)).map((e) => e.effectiveOn)).toEqual(['2026-03-01', '2026-06-01']);
    const late = await ws.admin.patch(`/api/v1/subscriptions/${line.id}`, { startedOn: '2026-07-01' });
    expect(late.status).toBe(400);
    expect(late.body.fields).toEqual([{ path: 'startedOn', message: 'a change is recorded on 2026-06-01, before this start date' }]);
    const early = await ws.admin.patch(`/api/v1/subscriptions/${line.id}`, { quantity: 3, effectiveOn: '2026-02-01' });
    expect(early.body.fields).toEqual([{ path: 'effectiveOn', message: 'must be on or after the start date 2026-03-01' }]);
  });

  it('makes the account trial, paused or prospect as its lines are, and clears the cancellation date on reactivation', async () => {
    const { ws, accountId } = await workspaceWithAccount(h);
    const line = await add(ws.admin, { accountId, plan: 'Trial', unitPrice: 0, status: 'trial', startedOn: '2026-04-01', endsOn: '2026-04-30' });
    expect(await accountOf(ws.admin, accountId)).toMatchObject({ status: 'trial', mrr: 0, renewalDate: '2026-04-30' });
    await change(ws.admin, line.id, { status: 'paused', effectiveOn: '2026-05-01' });
    expect(await accountOf(ws.admin, accountId)).toMatchObject({ status: 'paused', renewalDate: null });
    const cancelled = await change(ws.admin, line.id, { status: 'cancelled', effectiveOn: '2026-05-10' });
    expect(cancelled.cancelledOn).toBe('2026-05-10');
    const back = await change(ws.admin, line.id, { status: 'active', unitPrice: 30_000, endsOn: '2027-05-31', effectiveOn: '2026-06-01' });
    expect(back).toMatchObject({ status: 'active', cancelledOn: null, mrr: 30_000 });
    expect(await accountOf(ws.admin, accountId)).toMatchObject({ status: 'active', mrr: 30_000, renewalDate: '2027-05-31' });
    expect((await ws.admin.del(`/api/v1/subscriptions/${line.id}`)).status).toBe(204);
    expect(await accountOf(ws.admin, accountId)).toMatchObject({ status: 'prospect', mrr: 0, renewalDate: null });
    expect((await ws.admin.get(`/api/v1/subscriptions/${line.id}/events`)).status).toBe(404);
  });

  it('accepts a foreign currency only once the workspace has a rate for it, and converts account MRR with it', async () => {
    const { ws, accountId } = await workspaceWithAccount(h);
    const body = { accountId, plan: 'Global', unitPrice: 10_000, currency: 'usd' };
    const refused = await ws.admin.post('/api/v1/subscriptions', body);
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toHaveLength(1);
    expect(refused.body.fields[0].path).toBe('currency');
    expect(refused.body.fields[0].message).toContain('Settings');
    const unknown = await ws.admin.post('/api/v1/subscriptions', { ...body, currency: 'XYZ' });
    expect(unknown.body.fields).toEqual([{ path: 'currency', message: 'XYZ is not a supported currency' }]);
    // Every supported code is sent because PATCH /workspace currently requires the full map (z.record over an enum).
    const rates = Object.fromEntries(SUPPORTED_CURRENCIES.map((c) => [c, c === 'USD' ? 150 : 1]));
    expect((await ws.admin.patch('/api/v1/workspace', { exchangeRates: rates })).status).toBe(204);
    const line = await add(ws.admin, body);
    expect(line).toMatchObject({ currency: 'USD', mrr: 10_000 });
    // $100.00 a month at ¥150 per dollar
    expect((await accountOf(ws.admin, accountId)).mrr).toBe(15_000);
  });

  it('names every invalid field', async () => {
    const { ws, accountId } = await workspaceWithAccount(h);
    const bad = await ws.admin.post('/api/v1/subscriptions', { accountId, plan: '', quantity: 0, unitPrice: 1.5, discountPercent: 120, startedOn: '2026-02-30' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['discountPercent', 'plan', 'quantity', 'startedOn', 'unitPrice']);
    const ends = await ws.admin.post('/api/v1/subscriptions', { accountId, plan: 'Pro', unitPrice: 1, startedOn: '2026-04-01', endsOn: '2026-03-31' });
    expect(ends.body.fields).toEqual([{ path: 'endsOn', message: 'must be on or after the start date 2026-04-01' }]);
    const years = await ws.admin.post('/api/v1/subscriptions', { accountId, plan: 'Pro', unitPrice: 1, billingInterval: 'multi_year' });
    expect(years.body.fields.map((f: { path: string }) => f.path)).toEqual(['intervalCount']);
    // WE-15: ¥3,000,000 over 3 years → ¥1,000,000 a year → ¥83,333 a month
    const multi = await add(ws.admin, { accountId, plan: 'Enterprise', unitPrice: 3_000_000, billingInterval: 'multi_year', intervalCount: 3 });
    expect(multi.mrr).toBe(83_333);
    // Leaving multi-year resets the year count: ¥3,000,000 a year → ¥250,000 a month
    const yearly = await change(ws.admin, multi.id, { billingInterval: 'year' });
    expect(yearly).toMatchObject({ intervalCount: 1, mrr: 250_000 });
  });

  it('keeps the account MRR whole when several lines are written at the same moment', async () => {
    const { ws, accountId } = await workspaceWithAccount(h);
    const lines = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => add(ws.admin, { accountId, plan: `P${n}`, unitPrice: n * 1_000 })));
    await Promise.all(lines.slice(0, 3).map((line) => change(ws.admin, line.id, { quantity: 2 })));
    // ¥1,000 + … + ¥6,000 = ¥21,000, plus the first three doubled: + ¥6,000
    expect((await accountOf(ws.admin, accountId)).mrr).toBe(27_000);
  });

  it('refuses a second line with the same external id, naming the field', async () => {
    const { ws, accountId } = await workspaceWithAccount(h);
    await add(ws.admin, { accountId, plan: 'Pro', unitPrice: 1_000, externalId: 'sub_123' });
    const res = await ws.admin.post('/api/v1/subscriptions', { accountId, plan: 'Pro', unitPrice: 1_000, externalId: 'sub_123' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('subscription.external_id_taken');
    expect(res.body.fields).toEqual([{ path: 'externalId', message: 'is already used by another subscription' }]);
  });

  it("neither attaches a line to another workspace's account nor reveals or changes another workspace's lines", async () => {
    const mine = await workspaceWithAccount(h);
    const theirs = await workspaceWithAccount(h);
    const refused = await mine.ws.admin.post('/api/v1/subscriptions', { accountId: theirs.accountId, plan: 'Pro', unitPrice: 1_000 });
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([{ path: 'accountId', message: 'no such account' }]);
    const line = await add(theirs.ws.admin, { accountId: theirs.accountId, plan: 'Pro', unitPrice: 1_000 });
    expect((await mine.ws.admin.get(`/api/v1/accounts/${theirs.accountId}/subscriptions`)).status).toBe(404);
    expect((await mine.ws.admin.get(`/api/v1/subscriptions/${line.id}`)).status).toBe(404);
    expect((await mine.ws.admin.get(`/api/v1/subscriptions/${line.id}/events`)).status).toBe(404);
    expect((await mine.ws.admin.patch(`/api/v1/subscriptions/${line.id}`, { quantity: 99 })).status).toBe(404);
    expect((await mine.ws.admin.del(`/api/v1/subscriptions/${line.id}`)).status).toBe(404);
    expect((await theirs.ws.admin.get(`/api/v1/subscriptions/${line.id}`)).body).toMatchObject({ quantity: 1, mrr: 1_000 });
  });

  it('lets a viewer read lines and their history but not write', async () => {
    const { ws, accountId } = await workspaceWithAccount(h);
    const line = await add(ws.admin, { accountId, plan: 'Pro', unitPrice: 1_000 });
    const viewer = await ws.as('viewer');
    expect((await viewer.get(`/api/v1/accounts/${accountId}/subscriptions`)).body.items.map((s: Line) => s.id)).toEqual([line.id]);
    expect((await viewer.get(`/api/v1/subscriptions/${line.id}/events`)).status).toBe(200);
    for (const res of [
      await viewer.post('/api/v1/subscriptions', { accountId, plan: 'Pro', unitPrice: 1 }),
      await viewer.patch(`/api/v1/subscriptions/${line.id}`, { quantity: 2 }),
      await viewer.del(`/api/v1/subscriptions/${line.id}`),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('auth.forbidden');
    }
  });
});
