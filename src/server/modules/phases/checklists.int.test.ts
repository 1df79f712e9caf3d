import { expect, it } from 'vitest';
import { describeEachDatabase, type Client, type Harness } from '../../testing/harness.js';
import { advancePhases } from './advance-phases.js';

const DAY = 86_400_000;
const dayFromToday = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);

async function customer(client: Client, name: string, monthly = 100_000) {
  const res = await client.post('/api/v1/accounts', { name });
  expect(res.status).toBe(201);
  const line = await client.post('/api/v1/subscriptions', {
    accountId: res.body.id, plan: 'Pro', quantity: 1, unitPrice: monthly, currency: 'JPY', billingInterval: 'month', status: 'active', startedOn: dayFromToday(-10),
  });
  expect(line.status).toBe(201);
  return res.body.id as string;
}

const advance = (h: Harness, ws: string, now: Date) => h.database.db.transaction((tx) => advancePhases(tx, ws, undefined, now));

describeEachDatabase('onboarding checklists and the roadmap report', (h) => {
  it('ticks checklist items on the timeline and rates onboarding completion in the report and as a KPI target', async () => {
    const ws = await h().newWorkspace();
    const csm = await ws.as('csm');
    const [a, b, c] = [await customer(ws.admin, '完了株式会社'), await customer(ws.admin, '途中株式会社'), await customer(ws.admin, '未着手株式会社')];
    expect(await advance(h(), ws.id, new Date())).toBe(3);
    const { body: phases } = await ws.admin.get('/api/v1/phases');
    const onboarding = phases.items.find((p: { isOnboarding: boolean }) => p.isOnboarding);
    expect(onboarding.key).toBe('onboarding');
    const items: string[] = onboarding.checklist.map((i: { id: string }) => i.id);
    expect(items).toHaveLength(5); // the default onboarding checklist (domain/phases/default-phases.ts)
    const tick = (account: string, item: string, done = true) => csm.request('PUT', `/api/v1/accounts/${account}/checklist`, { itemId: item, done });
    for (const item of items) expect((await tick(a, item)).body).toEqual({ changed: true });
    expect((await tick(a, items[0]!)).body).toEqual({ changed: false }); // ticking twice changes nothing
    for (const item of items.slice(0, 3)) await tick(b, item);
    await tick(b, items[2]!, false);
    await tick(b, items[2]!);

    const journey = await csm.get(`/api/v1/accounts/${b}/journey`);
    expect(journey.body.checklists[0]).toMatchObject({ phaseKey: 'onboarding', done: 3, total: 5 });
    expect(journey.body.checklists[0].items[0]).toMatchObject({ doneByName: 'csm member' });
    const timeline = await csm.get(`/api/v1/accounts/${b}/timeline?kind=system`);
    const events = timeline.body.items.map((x: { event: string }) => x.event);
    expect(events.filter((e: string) => e === 'checklist.checked')).toHaveLength(4);
    expect(events).toContain('checklist.unchecked');

    expect((await csm.post(`/api/v1/accounts/${b}/phase`, { phase: 'adopt', reason: '早期に定着' })).status).toBe(200);
    const report = await ws.admin.get('/api/v1/phases/report');
    expect(report.status).toBe(200);
    // 3 entered onboarding in the last year; only A ticked all 5 items → 1/3
    expect(report.body.onboarding).toEqual({ phase: 'onboarding', checklistSize: 5, entered: 3, completed: 1, rate: 1 / 3 });
    // now: A and C in onboarding, B in adopt; ARR = ¥100,000 × 12 each
    expect(report.body.phases.slice(0, 2)).toEqual([
      { key: 'onboarding', name: '導入期', accounts: 2, arr: 2_400_000, entered: 3 },
      { key: 'adopt', name: '活用・定着期', accounts: 1, arr: 1_200_000, entered: 1 },
    ]);
    expect(report.body.conversions[0]).toEqual({ from: 'onboarding', to: 'adopt', entered: 3, converted: 1, rate: 1 / 3 });
    expect(report.body.timeInPhase[0]).toMatchObject({ phase: 'onboarding', completed: 1, current: 2 });
    expect(report.body.currency).toBe('JPY');

    const csv = await ws.admin.get('/api/v1/phases/report?format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (csv.body as string).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('phase_key,phase,accounts,arr,currency,entered_in_period,converted_to_next,conversion_rate,completed_stays,median_days,p75_days,current_stays,current_median_days,from,to');
    expect(lines[1]).toMatch(/^onboarding,導入期,2,2400000,JPY,3,1,0\.33333333,1,/);

    const month = `${new Date().toISOString().slice(0, 7)}-01`;
    const target = await ws.admin.request('PUT', '/api/v1/metrics/targets', { kpi: 'onboarding_completion', interval: 'month', periodStart: month, target: 0.8 });
    expect(target.status).toBe(200);
    expect(target.body).toMatchObject({ kpi: 'onboarding_completion', target: 0.8, actual: 1 / 3, met: false });
    const listed = await ws.admin.get(`/api/v1/metrics/targets?kpi=onboarding_completion`);
    expect(listed.body.items[0]).toMatchObject({ actual: 1 / 3 });
    expect((await ws.admin.get(`/api/v1/accounts/${c}/journey`)).body.checklists[0].done).toBe(0);
  });

  it('configures phases: criteria validated by field, keys unique, reorder, one onboarding phase, no deleting a phase in use', async () => {
    const ws = await h().newWorkspace();
    const bad = await ws.admin.post('/api/v1/phases', { key: 'advocacy', name: '推奨期', criterion: { kind: 'time_elapsed', days: -3, since: 'phase_entered' } });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path)).toEqual(['criterion.days']);
    const taken = await ws.admin.post('/api/v1/phases', { key: 'adopt', name: '重複' });
    expect(taken.status).toBe(400);
    expect(taken.body.fields).toEqual([{ path: 'key', message: 'another phase has this key' }]);
    const created = await ws.admin.post('/api/v1/phases', {
      key: 'advocacy', name: '推奨期', criterion: { kind: 'score_threshold', op: 'gte', value: 85 }, isOnboarding: true,
    });
    expect(created.status).toBe(201);
    let { body } = await ws.admin.get('/api/v1/phases');
    expect(body.items.map((p: { key: string }) => p.key)).toEqual(['onboarding', 'adopt', 'expand', 'renewal', 'advocacy']);
    expect(body.items.filter((p: { isOnboarding: boolean }) => p.isOnboarding).map((p: { key: string }) => p.key)).toEqual(['advocacy']);
    const ids = body.items.map((p: { id: string }) => p.id);
    expect((await ws.admin.post('/api/v1/phases/reorder', { ids: ids.slice(1) })).status).toBe(400);
    expect((await ws.admin.post('/api/v1/phases/reorder', { ids: [ids[4], ...ids.slice(0, 4)] })).status).toBe(204);
    ({ body } = await ws.admin.get('/api/v1/phases'));
    expect(body.items[0].key).toBe('advocacy');

    const item = await ws.admin.post(`/api/v1/phases/${created.body.id}/checklist-items`, { title: '事例インタビューの実施' });
    expect(item.status).toBe(201);
    expect((await ws.admin.patch(`/api/v1/checklist-items/${item.body.id}`, { title: '導入事例の公開' })).status).toBe(204);
    expect((await ws.admin.del(`/api/v1/checklist-items/${item.body.id}`)).status).toBe(204);
    expect((await ws.admin.del(`/api/v1/checklist-items/${item.body.id}`)).status).toBe(404);

    const account = await customer(ws.admin, '配置株式会社');
    await advance(h(), ws.id, new Date());
    expect((await ws.admin.get(`/api/v1/accounts/${account}/journey`)).body.phase.key).toBe('advocacy'); // now the first phase
    const inUse = await ws.admin.del(`/api/v1/phases/${created.body.id}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.code).toBe('phase.in_use');
    const expand = body.items.find((p: { key: string }) => p.key === 'expand');
    expect((await ws.admin.del(`/api/v1/phases/${expand.id}`)).status).toBe(204);
    const audit = await ws.admin.get('/api/v1/audit');
    expect(audit.body.items.filter((e: { entity: string }) => e.entity === 'phase').map((e: { action: string }) => e.action))
      .toEqual(expect.arrayContaining(['create', 'update', 'delete']));
  });
});
