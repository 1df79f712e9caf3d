import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachDatabase, type Client, type Harness } from '../../testing/harness.js';
import { loadAccountFacts } from './account-facts.js';
import { refreshTiers } from './refresh-tiers.js';
import { overdueTouches } from './touch-cadence.js';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();
const dayFromToday = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);

async function exec(h: Harness, query: ReturnType<typeof sql>) {
  await h.database.db.execute(query);
}

async function newAccount(client: Client, name: string, monthly?: number, quantity = 1) {
  const res = await client.post('/api/v1/accounts', { name });
  expect(res.status).toBe(201);
  if (monthly !== undefined) {
    const line = await client.post('/api/v1/subscriptions', {
      accountId: res.body.id, plan: 'Pro', quantity, unitPrice: monthly / quantity, currency: 'JPY', billingInterval: 'month',
      status: 'active', startedOn: dayFromToday(-90),
    });
    expect(line.status).toBe(201);
  }
  return res.body.id as string;
}

async function log(client: Client, accountId: string, kind: string, occurredAt: string, subject: string | null = null) {
  const res = await client.post(`/api/v1/accounts/${accountId}/activities`, { kind, occurredAt, subject, body: `${kind} の記録` });
  expect(res.status).toBe(201);
}

describeEachDatabase('touch model engine (facts, tiers, cadence)', (h) => {
  it('loads every fact of many accounts in one query, custom fields included', async () => {
    const ws = await h().newWorkspace();
    const big = await newAccount(ws.admin, '大手商事株式会社', 300_000, 5);
    const none = await newAccount(ws.admin, '見込み株式会社');
    await exec(h(), sql`update accounts set renewal_date = ${dayFromToday(45)}, industry = '製造', phase = 'adopt',
      custom_fields = '{"contract":"annual","nps":8,"vip":true}'::jsonb,
      created_at = ${daysAgo(100)}::timestamptz where workspace_id = ${ws.id} and id = ${big}`);
    await exec(h(), sql`insert into health_scores (workspace_id, account_id, scorecard_id, version, score, band, explanation, computed_at)
      values (${ws.id}, ${big}, gen_random_uuid(), 1, 38.5, 'red', '{}'::jsonb, now())`);
    await exec(h(), sql`insert into account_phases (workspace_id, account_id, phase_key, entered_at)
      values (${ws.id}, ${big}, 'adopt', ${daysAgo(12)}::timestamptz)`);
    const today = new Date().toISOString().slice(0, 10);
    const facts = await loadAccountFacts(h().database.db, ws.id, undefined, today);
    expect(facts.size).toBe(2);
    // ¥300,000 a month in 5 seats: ARR = 300,000 × 12.
    expect(facts.get(big)).toMatchObject({
      mrr: 300_000, arr: 3_600_000, seats: 5, status: 'active', industry: '製造', phase: 'adopt',
      healthScore: 38.5, healthBand: 'red', daysToRenewal: 45, daysInPhase: 12, daysSinceCreated: 100,
      'custom.contract': 'annual', 'custom.nps': 8, 'custom.vip': 'true',
    });
    expect(facts.get(none)).toMatchObject({ mrr: 0, arr: 0, seats: null, status: 'prospect', healthScore: null, daysInPhase: null, daysSinceCreated: 0 });
    const one = await loadAccountFacts(h().database.db, ws.id, [none], today);
    expect([...one.keys()]).toEqual([none]);
    expect((await loadAccountFacts(h().database.db, ws.id, [], today)).size).toBe(0);
  });

  it('gives every account exactly one tier: override, then first matching rule, else the default', async () => {
    const ws = await h().newWorkspace();
    const high = await newAccount(ws.admin, 'ハイ株式会社', 300_000); // ARR 3,600,000 ≥ high threshold
    const mid = await newAccount(ws.admin, 'ミッド株式会社', 50_000); // ARR 600,000 ≥ mid threshold
    const small = await newAccount(ws.admin, 'スモール株式会社', 49_999); // ARR 599,988 < 600,000
    const special = await newAccount(ws.admin, '戦略パートナー株式会社');
    const db = h().database.db;
    const now = new Date();
    expect(await refreshTiers(db, ws.id, undefined, now)).toBe(4);
    const tierOf = async () => new Map((await db.execute(sql`select id, touch_tier from accounts where workspace_id = ${ws.id}`) as unknown as
      { rows: Array<{ id: string; touch_tier: string }> }).rows.map((r) => [r.id, r.touch_tier]));
    expect(Object.fromEntries(await tierOf())).toEqual({ [high]: 'high', [mid]: 'mid', [small]: 'tech', [special]: 'tech' });
    // Nothing changed: nothing written.
    expect(await refreshTiers(db, ws.id, undefined, now)).toBe(0);

    await exec(h(), sql`insert into tier_overrides (workspace_id, account_id, tier_key, reason) values (${ws.id}, ${special}, 'high', '戦略提携先')`);
    expect(await refreshTiers(db, ws.id, [special, small], new Date(now.getTime() + 1000))).toBe(1);
    expect((await tierOf()).get(special)).toBe('high');
    const timeline = await ws.admin.get(`/api/v1/accounts/${special}/timeline?kind=system`);
    const changes = timeline.body.items.filter((a: { event: string }) => a.event === 'tier.changed');
    expect(changes.map((a: { data: Record<string, unknown> }) => [a.data.from, a.data.to, a.data.source])).toEqual([['tech', 'high', 'override'], [null, 'tech', 'default']]);
  });

  it('finds touches overdue against the tier cadence from meetings, calls and business reviews', async () => {
    const ws = await h().newWorkspace();
    const high = await newAccount(ws.admin, 'ハイ株式会社', 300_000);
    const highQbr = await newAccount(ws.admin, 'ハイ二号株式会社', 300_000);
    const mid = await newAccount(ws.admin, 'ミッド株式会社', 50_000);
    const tech = await newAccount(ws.admin, 'テック株式会社', 1_000);
    const fresh = await newAccount(ws.admin, '新規株式会社', 300_000);
    const db = h().database.db;
    await exec(h(), sql`update accounts set created_at = ${daysAgo(200)}::timestamptz where workspace_id = ${ws.id} and id <> ${fresh}`);
    await refreshTiers(db, ws.id, undefined, new Date());
    // High touch (default-tiers.ts): a meeting or call every 30 days, a business review every 90.
    // A call 5 days ago keeps the meetings on time; the last QBR 100 days ago was due 10 days ago.
    await log(ws.admin, high, 'call', daysAgo(5));
    await log(ws.admin, high, 'meeting', daysAgo(100), 'Q4 QBR');
    // A QBR is a meeting too: 40 days ago → the next meeting was due 10 days ago; the review is on time.
    await log(ws.admin, highQbr, 'meeting', daysAgo(40), '四半期ビジネスレビュー');
    await log(ws.admin, highQbr, 'email', daysAgo(2), 'フォロー'); // an email is not a touch
    // Mid touch: a meeting or call every 90 days, no review deadline. The call 95 days ago was due 5 days ago.
    await log(ws.admin, mid, 'call', daysAgo(95));
    const today = new Date().toISOString().slice(0, 10);
    const overdue = await overdueTouches(db, ws.id, undefined, today);
    expect(overdue.get(high)).toEqual({ kind: 'review', lastAt: expect.any(String), dueOn: dayFromToday(-10), daysOverdue: 10 });
    expect(overdue.get(highQbr)).toEqual({ kind: 'meeting', lastAt: expect.any(String), dueOn: dayFromToday(-10), daysOverdue: 10 });
    expect(overdue.get(mid)).toEqual({ kind: 'meeting', lastAt: expect.any(String), dueOn: dayFromToday(-5), daysOverdue: 5 });
    expect(overdue.has(tech)).toBe(false); // automated only
    expect(overdue.has(fresh)).toBe(false); // created today: first meeting due in 30 days
    expect([...(await overdueTouches(db, ws.id, [mid], today)).keys()]).toEqual([mid]);
  });
});
