/** Dated exchange rates, KPI targets and before/after comparisons through the API, on PGlite and PostgreSQL. */
import { expect, it } from 'vitest';
import { describeEachDatabase, type Client } from '../../testing/harness.js';

async function payingAccount(client: Client, name: string, line: Record<string, unknown>): Promise<{ account: string; line: string }> {
  const a = await client.post('/api/v1/accounts', { name });
  const s = await client.post('/api/v1/subscriptions', { accountId: a.body.id, plan: 'Std', quantity: 1, billingInterval: 'month', ...line });
  expect(s.status, JSON.stringify(s.body)).toBe(201);
  return { account: a.body.id, line: s.body.id };
}

/** The harness client has no put(): PUT goes through request(). */
const put = (client: Client, path: string, body: unknown) => client.request('PUT', path, body);

describeEachDatabase('metric settings, exchange rates and KPI targets', (h) => {
  it('converts at the dated rate in force when a price starts, the fixed rate before any, and keeps rates admin-only', async () => {
    const ws = await h().newWorkspace();
    expect((await ws.admin.patch('/api/v1/workspace', { exchangeRates: { USD: 150 } })).status).toBe(204);
    const created = await ws.admin.post('/api/v1/metrics/exchange-rates', { currency: 'USD', validFrom: '2025-02-01', rate: 140 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ currency: 'USD', validFrom: '2025-02-01', rate: 140 });
    const twice = await ws.admin.post('/api/v1/metrics/exchange-rates', { currency: 'USD', validFrom: '2025-02-01', rate: 141 });
    expect([twice.status, twice.body.code, twice.body.fields?.[0]?.path]).toEqual([409, 'exchange_rate.exists', 'validFrom']);
    expect((await ws.admin.post('/api/v1/metrics/exchange-rates', { currency: 'JPY', validFrom: '2025-02-01', rate: 1 })).status).toBe(400);
    const viewer = await ws.as('viewer');
    expect((await viewer.post('/api/v1/metrics/exchange-rates', { currency: 'USD', validFrom: '2025-03-01', rate: 1 })).status).toBe(403);
    expect((await viewer.get('/api/v1/metrics/exchange-rates')).body.items).toHaveLength(1);

    await payingAccount(ws.admin, 'Old', { unitPrice: 10_000, currency: 'USD', startedOn: '2025-01-10' });
    await payingAccount(ws.admin, 'New', { unitPrice: 10_000, currency: 'USD', startedOn: '2025-02-10' });
    const feb = await viewer.get('/api/v1/metrics/summary?from=2025-02-01&to=2025-02-28');
    expect(feb.body.total[0]).toMatchObject({ mrrStart: 15_000, mrr: 29_000, movements: { new: 14_000, expansion: 0 } });

    const id = created.body.id;
    expect((await ws.admin.patch(`/api/v1/metrics/exchange-rates/${id}`, { rate: 145 })).body.rate).toBe(145);
    expect((await viewer.get('/api/v1/metrics/summary?from=2025-02-01&to=2025-02-28')).body.total[0].mrr).toBe(29_500);
    expect((await ws.admin.del(`/api/v1/metrics/exchange-rates/${id}`)).status).toBe(204);
    expect((await ws.admin.del(`/api/v1/metrics/exchange-rates/${id}`)).status).toBe(404);
    expect((await ws.admin.patch(`/api/v1/metrics/exchange-rates/${id}`, {})).status).toBe(404);
  });

  it('sets a KPI target per period, shows it beside the actual, and replaces it when set again', async () => {
    const ws = await h().newWorkspace();
    const a = await payingAccount(ws.admin, 'A', { unitPrice: 10_000, startedOn: '2024-12-01' });
    await payingAccount(ws.admin, 'B', { unitPrice: 10_000, startedOn: '2024-12-01' });
    expect((await ws.admin.patch(`/api/v1/subscriptions/${a.line}`, { quantity: 2, effectiveOn: '2025-01-10' })).status).toBe(200);
    const csm = await ws.as('csm');
    const first = await put(csm, '/api/v1/metrics/targets', { kpi: 'nrr', interval: 'month', periodStart: '2025-01-01', target: 1.1 });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ kpi: 'nrr', periodEnd: '2025-01-31', complete: true, target: 1.1, actual: 1.5, met: true, unit: 'rate', better: 'higher' });
    const again = await put(csm, '/api/v1/metrics/targets', { kpi: 'nrr', interval: 'month', periodStart: '2025-01-01', target: 1.6, note: 'stretch' });
    expect([again.body.id, again.body.met]).toEqual([first.body.id, false]);
    expect((await put(csm, '/api/v1/metrics/targets', { kpi: 'churn_count', interval: 'fiscal_year', periodStart: '2025-04-01', target: 0 })).status).toBe(200);
    const misaligned = await put(csm, '/api/v1/metrics/targets', { kpi: 'nrr', interval: 'quarter', periodStart: '2025-02-01', target: 1 });
    expect([misaligned.status, misaligned.body.fields?.[0]?.path]).toEqual([400, 'periodStart']);
    await put(csm, '/api/v1/metrics/targets', { kpi: 'onboarding_completion', interval: 'month', periodStart: '2025-01-01', target: 0.8 });

    const viewer = await ws.as('viewer');
    expect((await put(viewer, '/api/v1/metrics/targets', { kpi: 'nrr', interval: 'month', periodStart: '2025-02-01', target: 1 })).status).toBe(403);
    const list = await viewer.get('/api/v1/metrics/targets?from=2025-01-01&to=2025-12-31');
    expect(list.body.items.map((t: { kpi: string; actual: number | null }) => [t.kpi, t.actual])).toEqual([['nrr', 1.5], ['onboarding_completion', null], ['churn_count', 0]]);
    const audit = await ws.admin.get('/api/v1/audit');
    expect(audit.body.items.filter((e: { entity: string }) => e.entity === 'kpi_target').length).toBeGreaterThanOrEqual(3);
    expect((await csm.del(`/api/v1/metrics/targets/${first.body.id}`)).status).toBe(204);
    expect((await csm.del(`/api/v1/metrics/targets/${first.body.id}`)).status).toBe(404);
  });

  it('compares a KPI over equal windows before and after an initiative starts', async () => {
    const ws = await h().newWorkspace();
    const lines = [];
    for (let i = 0; i < 4; i++) lines.push(await payingAccount(ws.admin, `顧客${i}`, { unitPrice: 10_000, startedOn: '2024-10-01' }));
    for (const [i, day] of [[0, '2025-02-10'], [1, '2025-03-05']] as const) {
      expect((await ws.admin.patch(`/api/v1/subscriptions/${lines[i]?.line}`, { status: 'cancelled', effectiveOn: day })).status).toBe(200);
    }
    const res = await ws.admin.get('/api/v1/metrics/before-after?kpi=churn_count&start=2025-04-01&months=2');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      windows: { before: { start: '2025-01-30', end: '2025-03-31' }, after: { start: '2025-04-01', end: '2025-05-31' }, days: 61, complete: true },
      before: 2, after: 0, difference: -2, direction: 'down', verdict: 'better', better: 'lower',
    });
    const future = await ws.admin.get('/api/v1/metrics/before-after?kpi=nrr&start=2099-01-01');
    expect([future.status, future.body.fields?.[0]?.path]).toEqual([400, 'start']);
  });
});
