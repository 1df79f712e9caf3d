import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase, type Harness, type TestWorkspace } from '../../testing/harness.js';

const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

async function customer(ws: TestWorkspace, name: string) {
  const account = await ws.admin.post('/api/v1/accounts', { name, plan: 'Enterprise' });
  await ws.admin.post('/api/v1/subscriptions', { accountId: account.body.id, plan: 'Enterprise', quantity: 1, unitPrice: 10000 });
  return account.body.id as string;
}

const queued = async (h: Harness, workspaceId: string) => (await queryRows<{ n: number }>(h.database.db, sql`
  select count(*)::int as n from health_dirty where workspace_id = ${workspaceId}::uuid`))[0]!.n;

/** A scorecard for Enterprise accounts scored only on their success plan. */
const definition = {
  bands: { red: 40, green: 70 },
  root: { kind: 'group', id: 'all', label: '全体', weight: 1, children: [
    { kind: 'measure', id: 'progress', label: '目標達成度', weight: 3, source: { type: 'goal_progress' }, normalize: { type: 'range', low: 0, high: 100 } },
    { kind: 'measure', id: 'reviews', label: '見直し遅れ', weight: 1, source: { type: 'overdue_reviews' }, normalize: { type: 'range', low: 0, high: 2, invert: true } },
  ] },
};

describeEachDatabase('success-plan health measures', (h) => {
  it('scores goal progress and overdue reviews, and rescored when a goal changes', async () => {
    const ws = await h().newWorkspace();
    const id = await customer(ws, '目標株式会社');
    await ws.admin.post('/api/v1/health/scorecards', { name: '成果', rule: { conditions: [{ field: 'plan', values: ['Enterprise'] }] }, definition });
    // 40 h → 10 h, now 25 h: half way (50 %); 0 → 200 users, now 200: done (100 %). Mean 75 %.
    await ws.admin.post(`/api/v1/accounts/${id}/goals`, {
      title: 'レポート作成時間の短縮', metric: '作成時間', baseline: 40, target: 10, current: 25, nextReviewOn: isoDay(-3),
    });
    const users = await ws.admin.post(`/api/v1/accounts/${id}/goals`, {
      title: '全社展開', metric: '利用者数', baseline: 0, target: 200, current: 200, nextReviewOn: isoDay(30),
    });
    expect(users.status).toBe(201);
    await h().deps.health!.drain();
    let health = (await ws.admin.get(`/api/v1/accounts/${id}/health`)).body;
    const measure = (key: string) => health.explanation.measures.find((m: { id: string }) => m.id === key);
    expect(measure('progress')).toMatchObject({ value: 75, points: 75 });
    // One overdue review on a 0–2 inverted range: 50 points. Score (75 × 3 + 50 × 1) ÷ 4 = 68.75 → 68.8.
    expect(measure('reviews')).toMatchObject({ value: 1, points: 50 });
    expect(health.score).toBe(68.8);

    // Dropping the unfinished goal leaves the achieved one: 100 % progress, nothing overdue → 100.
    const [first] = (await ws.admin.get(`/api/v1/accounts/${id}/success-plan`)).body.goals
      .filter((g: { title: string }) => g.title === 'レポート作成時間の短縮');
    expect((await ws.admin.patch(`/api/v1/goals/${first.id}`, { status: 'dropped' })).status).toBe(200);
    expect(await queued(h(), ws.id)).toBe(1);
    await h().deps.health!.drain();
    health = (await ws.admin.get(`/api/v1/accounts/${id}/health`)).body;
    expect(health.score).toBe(100);
  });

  it('refreshes a goal bound to the health score without queueing its account again', async () => {
    const ws = await h().newWorkspace();
    const id = await customer(ws, '循環株式会社');
    await ws.admin.post('/api/v1/health/scorecards', { name: '成果', rule: { conditions: [{ field: 'plan', values: ['Enterprise'] }] }, definition });
    await ws.admin.post(`/api/v1/accounts/${id}/goals`, {
      title: 'ヘルススコアを80へ', metric: 'ヘルススコア', baseline: 0, target: 80, binding: { type: 'health_score' },
    });
    await h().deps.health!.drain();
    const [goal] = (await ws.admin.get(`/api/v1/accounts/${id}/success-plan`)).body.goals;
    // The score was written, the bound goal picked it up, and the account is not queued again by that.
    const score = (await ws.admin.get(`/api/v1/accounts/${id}/health`)).body.score;
    expect(goal.current).toBe(score);
    expect(await queued(h(), ws.id)).toBe(0);
  });
});
