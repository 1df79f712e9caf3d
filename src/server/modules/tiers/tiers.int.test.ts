import { expect, it } from 'vitest';
import { describeEachDatabase, type Client } from '../../testing/harness.js';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();
const dayFromToday = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);

async function newAccount(client: Client, name: string, monthly?: number, ownerId?: string | null) {
  const res = await client.post('/api/v1/accounts', { name, ...(ownerId ? { ownerId } : {}) });
  expect(res.status).toBe(201);
  if (monthly !== undefined) {
    const line = await client.post('/api/v1/subscriptions', {
      accountId: res.body.id, plan: 'Pro', quantity: 1, unitPrice: monthly, currency: 'JPY', billingInterval: 'month',
      status: 'active', startedOn: dayFromToday(-90),
    });
    expect(line.status).toBe(201);
  }
  return res.body.id as string;
}

type TierBody = { id: string; key: string; name: string; accounts: number; isDefault: boolean; position: number };

describeEachDatabase('touch model API', (h) => {
  it('creates the default touch model on first read, in Japanese, and places every account', async () => {
    const ws = await h().newWorkspace();
    await newAccount(ws.admin, '大手株式会社', 300_000);
    await newAccount(ws.admin, '中堅株式会社', 60_000);
    await newAccount(ws.admin, '小規模株式会社', 10_000);
    const res = await ws.admin.get('/api/v1/touch-tiers');
    expect(res.status).toBe(200);
    expect(res.body.tiers.map((t: TierBody) => [t.key, t.name, t.isDefault, t.accounts])).toEqual([
      ['high', 'ハイタッチ', false, 1], ['mid', 'ロータッチ', false, 1], ['tech', 'テックタッチ', true, 1],
    ]);
    expect(res.body.tiers[0]).toMatchObject({ rule: { all: [{ fact: 'arr', op: 'gte', value: 3_600_000 }] }, meetingEveryDays: 30, reviewEveryDays: 90 });
    // A second read creates nothing more.
    expect((await ws.admin.get('/api/v1/touch-tiers')).body.tiers).toHaveLength(3);
    const viewer = await ws.as('viewer');
    expect((await viewer.get('/api/v1/touch-tiers')).status).toBe(200);
  });

  it('lets managers configure tiers, previews a rule change, and refuses what would break the model', async () => {
    const ws = await h().newWorkspace();
    const big = await newAccount(ws.admin, '大手株式会社', 300_000); // ARR 3,600,000
    const mid = await newAccount(ws.admin, '中堅株式会社', 100_000); // ARR 1,200,000
    await newAccount(ws.admin, '小規模株式会社', 10_000); // ARR 120,000
    const tiers = (await ws.admin.get('/api/v1/touch-tiers')).body.tiers as TierBody[];
    const [high, midTier, tech] = tiers as [TierBody, TierBody, TierBody];

    const csm = await ws.as('csm');
    expect((await csm.patch(`/api/v1/touch-tiers/${high.id}`, { name: 'x' })).status).toBe(403);
    const manager = await ws.as('manager');

    // Preview: lowering high touch to ARR ≥ 1,000,000 would move 中堅 (1,200,000) from mid to high.
    const draft = [
      { key: 'high', rule: { all: [{ fact: 'arr', op: 'gte', value: 1_000_000 }] }, isDefault: false },
      { key: 'mid', rule: { all: [{ fact: 'arr', op: 'gte', value: 600_000 }] }, isDefault: false },
      { key: 'tech', rule: { all: [] }, isDefault: true },
    ];
    const preview = await manager.post('/api/v1/touch-tiers/preview', { tiers: draft });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ accounts: 3, moving: 1, transitions: [{ from: 'mid', to: 'high', count: 1, arr: 1_200_000 }] });
    expect(preview.body.sample).toEqual([{ accountId: mid, name: '中堅株式会社', from: 'mid', to: 'high', arr: 1_200_000 }]);
    // Nothing was saved by the preview.
    expect((await ws.admin.get(`/api/v1/accounts/${mid}/tier`)).body.tierKey).toBe('mid');

    const edited = await manager.patch(`/api/v1/touch-tiers/${high.id}`, { rule: draft[0]!.rule, meetingEveryDays: 14 });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ moved: 1, tier: { key: 'high', accounts: 2, meetingEveryDays: 14 } });

    const bad = await manager.patch(`/api/v1/touch-tiers/${high.id}`, { automatedOnly: true, meetingEveryDays: 30 });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual([{ path: 'automatedOnly', message: expect.any(String) }]);
    const badRule = await manager.patch(`/api/v1/touch-tiers/${high.id}`, { rule: { all: [{ fact: 'arr', op: 'gte', value: 'lots' }] } });
    expect(badRule.status).toBe(400);
    expect(badRule.body.fields[0].path).toContain('rule.all.0.value');

    const taken = await manager.post('/api/v1/touch-tiers', { key: 'high', name: '重複' });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'touch_tier.key_taken', fields: [{ path: 'key' }] });

    // A strategic tier for big accounts in manufacturing goes first once reordered.
    const added = await manager.post('/api/v1/touch-tiers', {
      key: 'strategic', name: '戦略顧客', rule: { all: [{ fact: 'arr', op: 'gte', value: 3_000_000 }] }, meetingEveryDays: 7, reviewEveryDays: 90,
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ moved: 0, tier: { key: 'strategic', position: 2, accounts: 0 } });
    const order = await manager.request('PUT', '/api/v1/touch-tiers/order', { ids: [added.body.tier.id, high.id, midTier.id, tech.id] });
    expect(order.status).toBe(200);
    expect(order.body.moved).toBe(1);
    expect((await ws.admin.get(`/api/v1/accounts/${big}/tier`)).body).toMatchObject({ tierKey: 'strategic', source: 'rule' });

    const noDefault = await manager.del(`/api/v1/touch-tiers/${tech.id}`);
    expect(noDefault.status).toBe(409);
    expect(noDefault.body.code).toBe('touch_tier.default_required');
    expect((await manager.patch(`/api/v1/touch-tiers/${tech.id}`, { isDefault: false })).status).toBe(409);
    const removed = await manager.del(`/api/v1/touch-tiers/${added.body.tier.id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.moved).toBe(1);
    expect((await ws.admin.get(`/api/v1/accounts/${big}/tier`)).body.tierKey).toBe('high');

    const timeline = await ws.admin.get(`/api/v1/accounts/${big}/timeline?kind=system`);
    expect(timeline.body.items.filter((a: { event: string }) => a.event === 'tier.changed')
      .map((a: { data: { from: string | null; to: string } }) => `${a.data.from}→${a.data.to}`)).toEqual(['strategic→high', 'high→strategic', 'null→high']);
    const audit = await ws.admin.get('/api/v1/audit');
    const entities = audit.body.items.filter((e: { entity: string }) => e.entity === 'touch_tier').map((e: { action: string }) => e.action);
    expect(entities).toEqual(['delete', 'update', 'create', 'update']);
  });

  it('overrides the tier of one account with a reason, on the timeline and in the audit log, and clears it', async () => {
    const ws = await h().newWorkspace();
    const account = await newAccount(ws.admin, '戦略パートナー株式会社', 20_000);
    const csm = await ws.as('csm');
    expect((await csm.get(`/api/v1/accounts/${account}/tier`)).body).toMatchObject({ tierKey: 'tech', source: 'default', override: null, overdue: null });
    const noReason = await csm.request('PUT', `/api/v1/accounts/${account}/tier-override`, { tierKey: 'high', reason: ' ' });
    expect(noReason.status).toBe(400);
    // The check and its limit come with the message, so the web app can say it in the user's language.
    expect(noReason.body.fields).toEqual([{ path: 'reason', message: 'a reason is required', code: 'too_small', params: { origin: 'string', minimum: 1, inclusive: true } }]);
    const unknown = await csm.request('PUT', `/api/v1/accounts/${account}/tier-override`, { tierKey: 'gold', reason: '理由' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields[0].path).toBe('tierKey');

    const set = await csm.request('PUT', `/api/v1/accounts/${account}/tier-override`, { tierKey: 'high', reason: '来期に全社導入予定のため' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({
      tierKey: 'high', tierName: 'ハイタッチ', source: 'override', ruleTierKey: 'tech',
      override: { tierKey: 'high', reason: '来期に全社導入予定のため', setBy: csm.userId, setByName: 'csm member' },
      cadence: { meetingEveryDays: 30, reviewEveryDays: 90, automatedOnly: false },
    });
    const viewer = await ws.as('viewer');
    expect((await viewer.request('PUT', `/api/v1/accounts/${account}/tier-override`, { tierKey: 'high', reason: 'x' })).status).toBe(403);

    const cleared = await csm.del(`/api/v1/accounts/${account}/tier-override`);
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ tierKey: 'tech', source: 'default', override: null });
    const timeline = await ws.admin.get(`/api/v1/accounts/${account}/timeline?kind=system`);
    expect(timeline.body.items.filter((a: { event: string }) => a.event.startsWith('tier.')).map((a: { event: string }) => a.event).sort())
      // same-instant entries have no order between them: compare as a multiset
      .toEqual(['tier.changed', 'tier.changed', 'tier.changed', 'tier.override_cleared', 'tier.override_set']);
    const audit = await ws.admin.get('/api/v1/audit');
    expect(audit.body.items.filter((e: { entity: string }) => e.entity === 'tier_override').map((e: { action: string }) => e.action)).toEqual(['delete', 'create']);

    const other = await h().newWorkspace();
    const probe = await other.admin.request('PUT', `/api/v1/accounts/${account}/tier-override`, { tierKey: 'high', reason: '越境' });
    expect(probe.status).toBe(404);
    expect((await other.admin.get(`/api/v1/accounts/${account}/tier`)).status).toBe(404);
  });

  it('reports accounts, ARR and overdue touches per tier and per CSM, also as CSV', async () => {
    const ws = await h().newWorkspace();
    const csm = await ws.as('csm');
    const a = await newAccount(ws.admin, 'A社', 400_000, csm.userId); // ARR 4,800,000 high
    const b = await newAccount(ws.admin, 'B社', 50_000, csm.userId); // ARR 600,000 mid
    await newAccount(ws.admin, 'C社', 10_000); // ARR 120,000 tech, no owner
    await newAccount(ws.admin, 'D社'); // a prospect: not in the report
    await h().database.db.execute((await import('drizzle-orm')).sql`update accounts set created_at = ${daysAgo(120)}::timestamptz where workspace_id = ${ws.id}`);
    // A: meeting 35 days ago → 30-day cadence due 5 days ago; B (mid: every 90 days, no review): a call 10 days ago, on time.
    await ws.admin.post(`/api/v1/accounts/${a}/activities`, { kind: 'meeting', occurredAt: daysAgo(35), subject: 'QBR', body: '四半期レビュー' });
    await ws.admin.post(`/api/v1/accounts/${b}/activities`, { kind: 'call', occurredAt: daysAgo(10), body: '定例' });

    const res = await ws.admin.get('/api/v1/touch-model/report');
    expect(res.status).toBe(200);
    expect(res.body.totals).toEqual({ accounts: 3, arr: 5_520_000, overdue: 1 });
    expect(res.body.tiers.map((t: { key: string; accounts: number; arr: number; overdue: number }) => [t.key, t.accounts, t.arr, t.overdue]))
      .toEqual([['high', 1, 4_800_000, 1], ['mid', 1, 600_000, 0], ['tech', 1, 120_000, 0]]);
    expect(res.body.owners.map((o: { ownerName: string | null; accounts: number; arr: number; overdue: number }) => [o.ownerName, o.accounts, o.arr, o.overdue]))
      .toEqual([['csm member', 2, 5_400_000, 1], [null, 1, 120_000, 0]]);
    expect(res.body.overdue).toEqual([expect.objectContaining({ accountId: a, name: 'A社', tierKey: 'high', kind: 'meeting', dueOn: dayFromToday(-5), daysOverdue: 5, arr: 4_800_000 })]);

    const csv = await ws.admin.get('/api/v1/touch-model/report?format=csv&table=owners');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (csv.body as string).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('owner_id,owner_name,accounts,arr,overdue_touches,accounts_high,accounts_mid,accounts_tech,currency');
    expect(lines[1]).toBe(`${csm.userId},csm member,2,5400000,1,1,1,0,JPY`);
    const overdueCsv = await ws.admin.get('/api/v1/touch-model/report?format=csv');
    expect((overdueCsv.body as string).split('\r\n')[1]).toContain(`${a},A社,csm member,high,meeting,`);
  });
});

describeEachDatabase('touch tier through PATCH /accounts', (h) => {
  it('refuses a bare touchTier write and names the override route', async () => {
    const ws = await h().newWorkspace();
    const account = await newAccount(ws.admin, '直接変更株式会社', 10_000);
    const res = await ws.admin.patch(`/api/v1/accounts/${account}`, { touchTier: 'high' });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([{ path: 'touchTier', message: expect.stringContaining('tier-override') }]);
    // Other fields still save.
    expect((await ws.admin.patch(`/api/v1/accounts/${account}`, { plan: 'Pro' })).status).toBe(200);
  });
});
