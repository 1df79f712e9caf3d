/**
 * The metrics API over histories built through the subscriptions API (POST and PATCH with
 * effectiveOn), on PGlite and PostgreSQL: the same assertions must hold on both.
 */
import { expect, it } from 'vitest';
import { describeEachDatabase, type Client, type Harness, type TestWorkspace } from '../../testing/harness.js';

async function account(client: Client, name: string, fields: Record<string, unknown> = {}): Promise<string> {
  const res = await client.post('/api/v1/accounts', { name, ...fields });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

async function subscribe(client: Client, accountId: string, line: Record<string, unknown>): Promise<string> {
  const res = await client.post('/api/v1/subscriptions', { accountId, quantity: 1, billingInterval: 'month', ...line });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

async function change(client: Client, id: string, patch: Record<string, unknown>): Promise<void> {
  const res = await client.patch(`/api/v1/subscriptions/${id}`, patch);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

/** WE-03 (ChartMogul lifecycle walkthrough) entered as a CSM would, in a USD workspace. */
async function buildWe03(ws: TestWorkspace): Promise<string> {
  expect((await ws.admin.patch('/api/v1/workspace', { baseCurrency: 'USD' })).status).toBe(204);
  const acme = await account(ws.admin, 'Acme');
  const gold = await subscribe(ws.admin, acme, { plan: 'Gold', quantity: 4, unitPrice: 50_000, currency: 'USD', billingInterval: 'year', startedOn: '2024-01-15', endsOn: '2025-01-15' });
  const silver = await subscribe(ws.admin, acme, { plan: 'Silver', quantity: 2, unitPrice: 3_000, currency: 'USD', startedOn: '2024-03-01', endsOn: '2024-07-01' });
  await change(ws.admin, silver, { status: 'cancelled', effectiveOn: '2024-06-10' });
  await change(ws.admin, gold, { status: 'cancelled', effectiveOn: '2024-12-20' });
  await subscribe(ws.admin, acme, { plan: 'Gold', quantity: 3, unitPrice: 5_000, currency: 'USD', startedOn: '2025-03-01' });
  return acme;
}

/** The raw bytes of a reply: the harness decodes text, which drops a BOM. */
async function rawGet(harness: Harness, ws: TestWorkspace, path: string) {
  const key = await ws.admin.post('/api/v1/api-keys', { name: 'csv', scope: 'full' });
  const res = await harness.app.request(path, { headers: { authorization: `Bearer ${key.body.key}` } });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { headers: res.headers, bytes, text: new TextDecoder().decode(bytes) };
}

const byKey = (body: { periods: Array<{ key: string }>; total: unknown[] }, key: string) => body.total[body.periods.findIndex((p) => p.key === key)] as any;

describeEachDatabase('metrics API', (h) => {
  it('replays WE-03 (ChartMogul lifecycle) entered through the subscriptions API', async () => {
    const ws = await h().newWorkspace();
    await buildWe03(ws);
    const res = await ws.admin.get('/api/v1/metrics/summary?from=2024-01-01&to=2025-03-31&interval=month');
    expect(res.status).toBe(200);
    expect(res.body.currency).toBe('USD');
    expect(byKey(res.body, '2024-01').movements.new).toBe(16_667);
    expect(byKey(res.body, '2024-03').movements.expansion).toBe(6_000);
    expect(byKey(res.body, '2024-07').movements.contraction).toBe(6_000);
    expect(byKey(res.body, '2024-12').movements.churn).toBe(0);
    expect(byKey(res.body, '2025-01')).toMatchObject({ mrr: 0, movements: { churn: 16_667 } });
    expect(byKey(res.body, '2025-03')).toMatchObject({ mrr: 15_000, movements: { reactivation: 15_000 } });
  });

  it('moves churn to the cancellation date once an admin changes the setting, and audits the change', async () => {
    const ws = await h().newWorkspace();
    await buildWe03(ws);
    const viewer = await ws.as('viewer');
    expect((await viewer.patch('/api/v1/metrics/settings', { churnRecognition: 'cancellation' })).status).toBe(403);
    const manager = await ws.as('manager');
    expect((await manager.patch('/api/v1/metrics/settings', { churnRecognition: 'cancellation' })).status).toBe(403);
    const saved = await ws.admin.patch('/api/v1/metrics/settings', { churnRecognition: 'cancellation', reactivationGapDays: 30 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ churnRecognition: 'cancellation', reactivationGapDays: 30, baseCurrency: 'USD' });
    const res = await viewer.get('/api/v1/metrics/summary?from=2024-12-01&to=2025-01-31');
    expect(byKey(res.body, '2024-12').movements.churn).toBe(16_667);
    const defs = await viewer.get('/api/v1/metrics/definitions');
    expect(defs.body.choices.find((c: { key: string }) => c.key === 'churn_recognition').text.en).toMatch(/cancellation date/);
    const audit = await ws.admin.get('/api/v1/audit');
    expect(audit.body.items.some((e: { entity: string }) => e.entity === 'metric_settings')).toBe(true);
  });

  it('splits by plan and by a custom field, the segments adding up to the total', async () => {
    const ws = await h().newWorkspace();
    expect((await ws.admin.post('/api/v1/custom-fields', { entity: 'account', key: 'contract_type', labelJa: '契約形態', labelEn: 'Contract', type: 'text' })).status).toBe(201);
    const a = await account(ws.admin, 'A社', { plan: 'Pro', customFields: { contract_type: '年契約' } });
    const b = await account(ws.admin, 'B社', { plan: 'Basic' });
    const c = await account(ws.admin, 'C社', { plan: 'Pro', customFields: { contract_type: '月契約' } });
    await subscribe(ws.admin, a, { plan: 'Pro', unitPrice: 50_000, startedOn: '2025-01-10' });
    const bLine = await subscribe(ws.admin, b, { plan: 'Basic', unitPrice: 10_000, startedOn: '2025-01-05' });
    await subscribe(ws.admin, c, { plan: 'Pro', unitPrice: 30_000, startedOn: '2025-02-01' });
    await change(ws.admin, bLine, { quantity: 3, effectiveOn: '2025-02-15' });
    for (const segment of ['plan', 'custom:contract_type']) {
      const res = await ws.admin.get(`/api/v1/metrics/summary?from=2025-01-01&to=2025-02-28&segment=${encodeURIComponent(segment)}`);
      expect(res.status).toBe(200);
      res.body.periods.forEach((_: unknown, i: number) => {
        const sum = res.body.segment.values.reduce((s: number, v: { metrics: Array<{ mrr: number }> }) => s + (v.metrics[i]?.mrr ?? 0), 0);
        expect(sum).toBe(res.body.total[i].mrr);
      });
    }
    const plan = await ws.admin.get('/api/v1/metrics/summary?from=2025-02-01&to=2025-02-28&segment=plan');
    expect(plan.body.segment.values.map((v: { value: string; metrics: Array<{ mrr: number }> }) => [v.value, v.metrics[0]?.mrr])).toEqual([['Pro', 80_000], ['Basic', 30_000]]);
    const custom = await ws.admin.get('/api/v1/metrics/summary?from=2025-02-01&to=2025-02-28&segment=custom:contract_type');
    expect(custom.body.segment.values.map((v: { label: string }) => v.label).sort()).toEqual(['(none)', '年契約', '月契約']);
    const unknown = await ws.admin.get('/api/v1/metrics/summary?segment=custom:nope');
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields[0].path).toBe('segment');
  });

  it('drills from a number to its movements and exports them as UTF-8 CSV with a BOM and ISO dates', async () => {
    const ws = await h().newWorkspace();
    const a = await account(ws.admin, '株式会社さくら');
    const line = await subscribe(ws.admin, a, { plan: 'Pro', unitPrice: 20_000, startedOn: '2025-01-10' });
    await change(ws.admin, line, { status: 'cancelled', effectiveOn: '2025-02-20' });
    const churn = await ws.admin.get('/api/v1/metrics/movements?from=2025-02-01&to=2025-02-28&type=churn');
    expect(churn.body.items).toEqual([{ date: '2025-02-20', accountId: a, accountName: '株式会社さくら', type: 'churn', mrrBefore: 20_000, mrrAfter: 0, amount: 20_000 }]);
    expect(churn.body.totals.churn).toEqual({ movements: 1, accounts: 1, amount: 20_000 });
    const csv = await rawGet(h(), ws, '/api/v1/metrics/movements?from=2025-01-01&to=2025-02-28&format=csv');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv; charset=utf-8/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text.split('\r\n').slice(0, 3)).toEqual([
      'date,account_id,account_name,type,mrr_before,mrr_after,amount,currency',
      `2025-01-10,${a},株式会社さくら,new,0,20000,20000,JPY`,
      `2025-02-20,${a},株式会社さくら,churn,20000,0,20000,JPY`,
    ]);
    const summaryCsv = await rawGet(h(), ws, '/api/v1/metrics/summary?from=2025-01-01&to=2025-02-28&format=csv');
    expect(summaryCsv.text.split('\r\n')[1]).toMatch(/^\(total\),,2025-01,2025-01-01,2025-01-31,JPY,0,20000,240000,20000,/);
    const bad = await ws.admin.get('/api/v1/metrics/movements?type=upsell');
    expect(bad.status).toBe(400);
  });

  it('serves the dashboard payload: summary, cohorts, ACV bands and benchmarks', async () => {
    const ws = await h().newWorkspace();
    for (let i = 0; i < 4; i++) {
      const a = await account(ws.admin, `顧客${i}`);
      const line = await subscribe(ws.admin, a, { plan: 'Std', unitPrice: 10_000 * (i + 1), startedOn: `2025-0${i + 1}-01` });
      if (i === 0) await change(ws.admin, line, { status: 'cancelled', effectiveOn: '2025-05-15' });
    }
    const res = await ws.admin.get('/api/v1/metrics/dashboard?from=2025-01-01&to=2025-06-30&segment=plan');
    expect(res.status).toBe(200);
    expect(res.body.summary.total).toHaveLength(6);
    expect(res.body.cohorts.rows[0]).toMatchObject({ cohort: '2025-01', accounts: 1 });
    expect(res.body.cohorts.rows[0].cells[5]).toMatchObject({ month: '2025-06', logoRetention: 0 });
    const jp = res.body.acv.bandSets.find((s: { currency: string }) => s.currency === 'JPY');
    expect(jp.bands.find((b: { key: string }) => b.key === '130kto600k').accounts).toBe(3); // ¥240k, ¥360k and ¥480k
    expect(res.body.benchmarks.figures.map((f: { key: string }) => f.key)).toContain('monthly_revenue_churn');
    const acv = await ws.admin.get('/api/v1/metrics/acv?on=2025-06-30');
    expect(acv.body.stats).toMatchObject({ accounts: 3, total: 12 * 90_000 });
  });
});

describeEachDatabase('metrics API periods', (h) => {
  it('cuts fiscal years from the workspace\'s April start, or from a month given in the query', async () => {
    const ws = await h().newWorkspace();
    const a = await account(ws.admin, 'A');
    await subscribe(ws.admin, a, { plan: 'Pro', unitPrice: 10_000, startedOn: '2025-02-01' });
    await subscribe(ws.admin, a, { plan: 'Add-on', unitPrice: 5_000, startedOn: '2025-05-01' });
    const april = await ws.admin.get('/api/v1/metrics/summary?from=2025-01-01&to=2025-12-31&interval=fiscal_year');
    expect(april.body.periods.map((p: { key: string; start: string; end: string }) => [p.key, p.start, p.end])).toEqual([
      ['FY2024', '2025-01-01', '2025-03-31'], ['FY2025', '2025-04-01', '2025-12-31'],
    ]);
    expect(april.body.total.map((m: { movements: { new: number; expansion: number } }) => [m.movements.new, m.movements.expansion])).toEqual([[10_000, 0], [0, 5_000]]);
    const calendar = await ws.admin.get('/api/v1/metrics/summary?from=2025-01-01&to=2025-12-31&interval=quarter&fiscalYearStartMonth=1');
    expect(calendar.body.periods.map((p: { key: string }) => p.key)).toEqual(['FY2025-Q1', 'FY2025-Q2', 'FY2025-Q3', 'FY2025-Q4']);
    expect(calendar.body.fiscalYearStartMonth).toBe(1);
    const benchmarks = await rawGet(h(), ws, '/api/v1/metrics/benchmarks?on=2025-12-31&format=csv');
    expect(benchmarks.text.split('\r\n')[0]).toBe('on,figure,value,source,year,kind,band_or_reference,published_share,reference,difference,standing');
  });
});

describeEachDatabase('metrics API after changes to the history', (h) => {
  it('follows every kind of write: a new line, a back-dated change, a moved start date and a deletion', async () => {
    const ws = await h().newWorkspace();
    const a = await account(ws.admin, 'A');
    const line = await subscribe(ws.admin, a, { plan: 'Pro', unitPrice: 10_000, startedOn: '2025-01-10' });
    const read = async () => (await ws.admin.get('/api/v1/metrics/summary?from=2025-01-01&to=2025-03-31')).body.total.map((m: { mrr: number }) => m.mrr);
    expect(await read()).toEqual([10_000, 10_000, 10_000]);
    await change(ws.admin, line, { quantity: 2, effectiveOn: '2025-03-01' });
    expect(await read()).toEqual([10_000, 10_000, 20_000]);
    // back-dated: February becomes 3 seats; March's own change to 2 seats stands (subscription-history.ts)
    await change(ws.admin, line, { quantity: 3, effectiveOn: '2025-02-01' });
    expect(await read()).toEqual([10_000, 30_000, 20_000]);
    const other = await subscribe(ws.admin, a, { plan: 'Add-on', unitPrice: 1_000, startedOn: '2025-01-20' });
    expect(await read()).toEqual([11_000, 31_000, 21_000]);
    await change(ws.admin, other, { startedOn: '2025-02-20' }); // moves the line's first event, nothing else
    expect(await read()).toEqual([10_000, 31_000, 21_000]);
    expect((await ws.admin.del(`/api/v1/subscriptions/${other}`)).status).toBe(204);
    expect(await read()).toEqual([10_000, 30_000, 20_000]);
  });
});
