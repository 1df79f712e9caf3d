import { expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describeEachDatabase, type Client, type Harness } from '../../testing/harness.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A customer account: a monthly subscription makes it active with this MRR and renewal date. */
async function customer(admin: Client, name: string, ownerId: string, monthly: number, endsOn: string | null) {
  const { body: account } = await admin.post('/api/v1/accounts', { name, ownerId });
  const sub = await admin.post('/api/v1/subscriptions', {
    accountId: account.id, plan: 'Pro', quantity: 1, unitPrice: monthly, currency: 'JPY', billingInterval: 'month', startedOn: day(-200), endsOn,
  });
  expect(sub.status).toBe(201);
  return account.id as string;
}

/** The current score and daily history, written as the health worker writes them. */
async function health(h: Harness, workspaceId: string, accountId: string, score: number, band: string, history: Array<[number, number]>) {
  const scorecardId = randomUUID();
  await h.database.db.execute(sql`
    insert into health_scores (workspace_id, account_id, scorecard_id, version, score, band, explanation, computed_at)
    values (${workspaceId}::uuid, ${accountId}::uuid, ${scorecardId}::uuid, 1, ${score}, ${band}, '{}'::jsonb, now())`);
  for (const [offset, value] of history) {
    await h.database.db.execute(sql`
      insert into health_history (workspace_id, account_id, day, score, band, scorecard_id, version)
      values (${workspaceId}::uuid, ${accountId}::uuid, ${day(offset)}::date, ${value}, ${band}, ${scorecardId}::uuid, 1)`);
  }
}

describeEachDatabase('follow today', (h) => {
  it('ranks a CSM\'s customer accounts with the domain formula and says why in reasons', async () => {
    const ws = await h().newWorkspace();
    const csm = await ws.as('csm');
    const a = await customer(ws.admin, 'A社', csm.userId!, 350_000, day(21));
    const b = await customer(ws.admin, 'B社', csm.userId!, 87_500, null);
    await ws.admin.post('/api/v1/accounts', { name: '見込み客', ownerId: csm.userId });
    await customer(ws.admin, '管理者の顧客', ws.admin.userId!, 100_000, null);
    // A: 38 now; the last daily score on or before 7 days ago is 50 (day −7), not 45 (day −3) nor 55 (day −8).
    await health(h(), ws.id, a, 38, 'red', [[-8, 55], [-7, 50], [-3, 45]]);
    await health(h(), ws.id, b, 62, 'yellow', [[-10, 60]]);
    for (const offset of [-1, -5]) {
      await ws.admin.post('/api/v1/tasks', { accountId: a, title: `連絡 ${offset}`, reason: 'テスト', dueOn: day(offset), assigneeId: csm.userId });
    }
    await ws.admin.post('/api/v1/tasks', { accountId: b, title: '今日の連絡', reason: 'テスト', dueOn: day(0), assigneeId: csm.userId });

    const res = await ws.admin.get(`/api/v1/today?member=${csm.userId}`);
    expect(res.status).toBe(200);
    expect(res.body.member).toEqual({ userId: csm.userId, name: 'csm member' });
    expect(res.body.items.map((i: { name: string }) => i.name)).toEqual(['A社', 'B社']);
    const [first, second] = res.body.items;
    // Same facts as worked example A in domain/today/rank-accounts.test.ts: ARR 350,000 × 12 = 4,200,000 → 178.5.
    expect(first).toMatchObject({ rank: 1, priority: 178.5, arr: 4_200_000, healthBand: 'red', healthScore: 38, renewalDate: day(21) });
    expect(first.reasons).toEqual([
      { kind: 'health', band: 'red', score: 38, change: -12 },
      { kind: 'arr', arr: 4_200_000 },
      { kind: 'renewal', days: 21 },
      { kind: 'overdue_tasks', count: 2 },
    ]);
    // B: risk 0.45 − 0.02 = 0.43, value 0.25 + 0.75 × √(1,050,000 ÷ 4,200,000) = 0.625 → 26.875, plus 4 for a task due today.
    expect(second).toMatchObject({ rank: 2, priority: 30.9, arr: 1_050_000 });
    expect(second.reasons.map((r: { kind: string }) => r.kind)).toEqual(['health', 'arr', 'due_today']);
    expect(res.body.tasks).toEqual({ overdue: 2, today: 1 });
    expect(res.body.currency).toBe('JPY');
    expect(res.body.members).toEqual(expect.arrayContaining([
      { userId: csm.userId, name: 'csm member', accounts: 2 },
      { userId: ws.admin.userId, name: '管理 太郎', accounts: 1 },
    ]));

    const csv = await ws.admin.get(`/api/v1/today?member=${csm.userId}&format=csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (csv.body as string).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('rank,account_id,account_name,priority,health_band,health_score,health_change_7d,arr,renewal_date,days_to_renewal,overdue_tasks,tasks_due_today,touch_overdue_days,currency');
    expect(lines[1]).toBe(`1,${a},A社,178.5,red,38,-12,4200000,${day(21)},21,2,0,,JPY`);

    const mine = await csm.get('/api/v1/today');
    expect(mine.body.items.map((i: { accountId: string }) => i.accountId)).toEqual([a, b]);
  });

  it('is empty for a member without accounts, refuses strangers and asks an API key to name the member', async () => {
    const ws = await h().newWorkspace();
    const other = await h().newWorkspace();
    const empty = await ws.admin.get('/api/v1/today');
    expect(empty.body).toMatchObject({ items: [], tasks: { overdue: 0, today: 0 } });
    expect((await ws.admin.get(`/api/v1/today?member=${other.admin.userId}`)).status).toBe(404);
    expect((await ws.admin.get('/api/v1/today?member=someone')).status).toBe(400);
    const key = await ws.withKey('full');
    expect((await key.get('/api/v1/today')).status).toBe(400);
    expect((await key.get(`/api/v1/today?member=${ws.admin.userId}`)).status).toBe(200);
  });
});
