import { expect, it } from 'vitest';
import { describeEachDatabase, type Client } from '../../testing/harness.js';

const today = () => new Date().toISOString().slice(0, 10);
const daysFromToday = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function newAccount(client: Client, name = '株式会社サンプル') {
  const res = await client.post('/api/v1/accounts', { name });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const reportGoal = { title: '月次レポート作成時間を短縮', metric: '作成時間', unit: '時間', baseline: 40, target: 10 };

describeEachDatabase('success-plan goals', (h) => {
  it('creates a goal with its first value, shows progress toward a falling target, and logs it', async () => {
    const ws = await h().newWorkspace();
    const accountId = await newAccount(ws.admin);
    const { body: contact } = await ws.admin.post('/api/v1/contacts', { accountId, name: '山田 部長' });
    const res = await ws.admin.post(`/api/v1/accounts/${accountId}/goals`, {
      ...reportGoal, current: 25, customerOwnerContactId: contact.id, ownerId: ws.admin.userId, dueOn: daysFromToday(90),
      nextReviewOn: daysFromToday(30), status: 'on_track',
    });
    expect(res.status).toBe(201);
    // (25 − 40) ÷ (10 − 40) = 50% (domain/outcomes/goal-progress.ts)
    expect(res.body).toMatchObject({ current: 25, progress: 50, progressDisplay: 50, customerOwnerName: '山田 部長', ownerName: '管理 太郎' });
    expect(res.body.measurements).toEqual([{ day: today(), value: 25, source: 'manual' }]);
    const plan = await ws.admin.get(`/api/v1/accounts/${accountId}/success-plan`);
    expect(plan.body.goals.map((g: { title: string }) => g.title)).toEqual([reportGoal.title]);
    const timeline = await ws.admin.get(`/api/v1/accounts/${accountId}/timeline?kind=system`);
    expect(timeline.body.items.some((a: { event: string }) => a.event === 'goal.created')).toBe(true);
    const audit = await ws.admin.get('/api/v1/audit');
    expect(audit.body.items.some((e: { entity: string; action: string }) => e.entity === 'goal' && e.action === 'create')).toBe(true);
  });

  it('names every bad field: equal baseline and target, another account\'s contact, a non-member, an undefined field binding', async () => {
    const ws = await h().newWorkspace();
    const accountId = await newAccount(ws.admin);
    const other = await newAccount(ws.admin, '別会社');
    const { body: stranger } = await ws.admin.post('/api/v1/contacts', { accountId: other, name: '他社 太郎' });
    const res = await ws.admin.post(`/api/v1/accounts/${accountId}/goals`, {
      ...reportGoal, target: 40, customerOwnerContactId: stranger.id, ownerId: '00000000-0000-4000-8000-000000000000',
      binding: { type: 'account_field', field: 'nps_score' },
    });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['binding.field', 'customerOwnerContactId', 'ownerId', 'target']);
    const shape = await ws.admin.post(`/api/v1/accounts/${accountId}/goals`, { title: '', metric: 'x', baseline: 'a', target: 1, binding: { type: 'active_users' } });
    expect(shape.status).toBe(400);
    expect(shape.body.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['title', 'baseline']));
    await ws.admin.post('/api/v1/custom-fields', { entity: 'account', key: 'nps_score', labelJa: 'NPS', labelEn: 'NPS', type: 'number' });
    const bound = await ws.admin.post(`/api/v1/accounts/${accountId}/goals`, { ...reportGoal, binding: { type: 'account_field', field: 'nps_score' } });
    expect(bound.status).toBe(201);
  });

  it('keeps one value per day, takes the latest day as current, refuses future days and hand entry on bound goals', async () => {
    const ws = await h().newWorkspace();
    const accountId = await newAccount(ws.admin);
    const { body: goal } = await ws.admin.post(`/api/v1/accounts/${accountId}/goals`, { ...reportGoal, baseline: 0, target: 200 });
    const url = `/api/v1/goals/${goal.id}/measurements`;
    await ws.admin.post(url, { day: daysFromToday(-10), value: 50 });
    await ws.admin.post(url, { day: daysFromToday(-10), value: 60 });
    const latest = await ws.admin.post(url, { day: daysFromToday(-2), value: 150 });
    expect(latest.body.measurements).toEqual([
      { day: daysFromToday(-10), value: 60, source: 'manual' }, { day: daysFromToday(-2), value: 150, source: 'manual' },
    ]);
    // an earlier day back-filled does not replace the current value
    const backfilled = await ws.admin.post(url, { day: daysFromToday(-20), value: 10 });
    expect(backfilled.body).toMatchObject({ current: 150, progress: 75 });
    const future = await ws.admin.post(url, { day: daysFromToday(2), value: 1 });
    expect(future.status).toBe(400);
    expect(future.body.fields).toEqual([{ path: 'day', message: 'is in the future' }]);
    const { body: bound } = await ws.admin.post(`/api/v1/accounts/${accountId}/goals`, { ...reportGoal, binding: { type: 'health_score' } });
    const refused = await ws.admin.post(`/api/v1/goals/${bound.id}/measurements`, { value: 3 });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('goal.bound');
  });

  it('applies a review to the goal and logs before → after of each changed field with the reason', async () => {
    const ws = await h().newWorkspace();
    const accountId = await newAccount(ws.admin);
    const { body: goal } = await ws.admin.post(`/api/v1/accounts/${accountId}/goals`, { ...reportGoal, dueOn: '2026-09-30', nextReviewOn: daysFromToday(-3) });
    expect(goal.flags.reviewOverdue).toBe(true);
    const res = await ws.admin.post(`/api/v1/goals/${goal.id}/reviews`, {
      reason: '組織変更で対象部署が増えたため、目標を見直し', changes: { target: 15, dueOn: '2026-12-31', title: reportGoal.title },
      nextReviewOn: daysFromToday(60),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ target: 15, dueOn: '2026-12-31', nextReviewOn: daysFromToday(60), flags: { reviewOverdue: false } });
    expect(res.body.reviews).toEqual([expect.objectContaining({
      reviewedOn: today(), reason: '組織変更で対象部署が増えたため、目標を見直し', authorName: '管理 太郎',
      changes: { target: { from: 10, to: 15 }, dueOn: { from: '2026-09-30', to: '2026-12-31' } },
    })]);
    const confirmed = await ws.admin.post(`/api/v1/goals/${goal.id}/reviews`, { reason: '現状の目標で合意', nextReviewOn: daysFromToday(90) });
    expect(confirmed.body.reviews[0].changes).toEqual({});
    const timeline = await ws.admin.get(`/api/v1/accounts/${accountId}/timeline?kind=system`);
    expect(timeline.body.items.filter((a: { event: string }) => a.event === 'goal.reviewed')).toHaveLength(2);
    const bad = await ws.admin.post(`/api/v1/goals/${goal.id}/reviews`, { reason: '', changes: { target: 40 }, nextReviewOn: '2020-01-01' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path)).toEqual(['reason']);
    const same = await ws.admin.post(`/api/v1/goals/${goal.id}/reviews`, { reason: 'x', changes: { target: 40 }, nextReviewOn: '2020-01-01' });
    expect(same.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['changes.target', 'nextReviewOn']);
  });

  it('lists goals across accounts with counts and filters for overdue reviews, at risk and due soon', async () => {
    const ws = await h().newWorkspace();
    const a = await newAccount(ws.admin, 'A社');
    const b = await newAccount(ws.admin, 'B社');
    const add = (accountId: string, extra: object) => ws.admin.post(`/api/v1/accounts/${accountId}/goals`, { ...reportGoal, ...extra });
    await add(a, { title: '見直し期限切れ', nextReviewOn: daysFromToday(-1) });
    await add(a, { title: 'リスクあり', status: 'at_risk' });
    await add(b, { title: '期限間近', dueOn: daysFromToday(10), current: 10 });
    await add(b, { title: '達成済み', status: 'achieved', nextReviewOn: daysFromToday(-30), dueOn: daysFromToday(5) });
    const titles = async (filter?: string) => {
      const res = await ws.admin.get(`/api/v1/goals${filter ? `?filter=${filter}` : ''}`);
      return res.body.items.map((g: { title: string }) => g.title);
    };
    expect(await titles()).toEqual(['見直し期限切れ', 'リスクあり', '期限間近', '達成済み']);
    expect(await titles('overdue_review')).toEqual(['見直し期限切れ']);
    expect(await titles('at_risk')).toEqual(['リスクあり']);
    expect(await titles('due_soon')).toEqual(['期限間近']);
    expect((await ws.admin.get('/api/v1/goals')).body.counts).toEqual({ all: 4, overdueReview: 1, atRisk: 1, dueSoon: 1 });
  });

  it('corrects a goal with the changes audited, deletes it, and lets a viewer only read', async () => {
    const ws = await h().newWorkspace();
    const accountId = await newAccount(ws.admin);
    const { body: goal } = await ws.admin.post(`/api/v1/accounts/${accountId}/goals`, reportGoal);
    const patched = await ws.admin.patch(`/api/v1/goals/${goal.id}`, { metric: '月次レポートの作成時間', unit: '' });
    expect(patched.body).toMatchObject({ metric: '月次レポートの作成時間', unit: null });
    const audit = await ws.admin.get('/api/v1/audit');
    expect(audit.body.items.find((e: { entity: string; action: string }) => e.entity === 'goal' && e.action === 'update').changes)
      .toEqual({ metric: ['作成時間', '月次レポートの作成時間'], unit: ['時間', null] });
    const viewer = await ws.as('viewer');
    expect((await viewer.get(`/api/v1/goals/${goal.id}`)).status).toBe(200);
    for (const res of [
      await viewer.post(`/api/v1/accounts/${accountId}/goals`, reportGoal),
      await viewer.patch(`/api/v1/goals/${goal.id}`, { title: 'x' }),
      await viewer.post(`/api/v1/goals/${goal.id}/measurements`, { value: 1 }),
      await viewer.post(`/api/v1/goals/${goal.id}/reviews`, { reason: 'x' }),
      await viewer.del(`/api/v1/goals/${goal.id}`),
    ]) expect(res.status).toBe(403);
    expect((await ws.admin.del(`/api/v1/goals/${goal.id}`)).status).toBe(204);
    expect((await ws.admin.get(`/api/v1/goals/${goal.id}`)).status).toBe(404);
  });

  it("answers 404 for another workspace's goals and accounts", async () => {
    const mine = await h().newWorkspace();
    const theirs = await h().newWorkspace();
    const theirAccount = await newAccount(theirs.admin, '他社');
    const { body: theirGoal } = await theirs.admin.post(`/api/v1/accounts/${theirAccount}/goals`, reportGoal);
    expect((await mine.admin.get(`/api/v1/accounts/${theirAccount}/success-plan`)).status).toBe(404);
    expect((await mine.admin.post(`/api/v1/accounts/${theirAccount}/goals`, reportGoal)).status).toBe(404);
    expect((await mine.admin.get(`/api/v1/goals/${theirGoal.id}`)).status).toBe(404);
    expect((await mine.admin.post(`/api/v1/goals/${theirGoal.id}/reviews`, { reason: 'x' })).status).toBe(404);
    expect((await mine.admin.get('/api/v1/goals')).body.items).toEqual([]);
  });
});
