/**
 * Triggers and actions against the database: each state trigger's SQL, event triggers read from
 * the timeline and the usage rollups, every action, firing once per episode (also when two passes
 * race) and the scope. Passes run through runPlaybooks with an explicit clock.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase, type TestWorkspace } from '../../testing/harness.js';
import { addDays } from '../../../domain/tasks/task.js';
import { setPhase } from '../phases/set-phase.js';
import { runPlaybooks } from './run-playbooks.js';
import { insertRuns } from './playbook-store.js';

const NOW = new Date();
const TODAY = NOW.toISOString().slice(0, 10);

describeEachDatabase('playbook triggers and actions', (h) => {
  const db = () => h().database.db;
  const pass = (ws: TestWorkspace, now = NOW) => db().transaction((tx) => runPlaybooks(tx, ws.id, { now }));
  const runsOf = async (ws: TestWorkspace, playbookId: string) =>
    (await ws.admin.get(`/api/v1/playbooks/${playbookId}/runs`)).body.items as Array<Record<string, any>>;

  async function account(ws: TestWorkspace, name: string, extra: Record<string, unknown> = {}, sub: Record<string, unknown> = {}) {
    const created = await ws.admin.post('/api/v1/accounts', { name, ownerId: ws.admin.userId, ...extra });
    await ws.admin.post('/api/v1/subscriptions', { accountId: created.body.id, plan: 'Pro', quantity: 5, unitPrice: 20_000, ...sub });
    return created.body.id as string;
  }

  async function playbook(ws: TestWorkspace, body: Record<string, unknown>) {
    const res = await ws.admin.post('/api/v1/playbooks', { name: 'テスト', actions: [{ type: 'create_task', title: '確認', dueInDays: 3, assignee: 'owner' }], ...body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  }

  it('fires on a renewal within the window, once, and reopens only after the renewal moved away', async () => {
    const ws = await h().newWorkspace();
    const near = await account(ws, '更新間近株式会社', {}, { endsOn: addDays(TODAY, 30) });
    await account(ws, '更新先株式会社', {}, { endsOn: addDays(TODAY, 200) });
    const id = await playbook(ws, { trigger: { type: 'renewal_within', days: 60 } });
    expect(await pass(ws)).toEqual({ fired: 1, closed: 0 });
    expect(await pass(ws)).toEqual({ fired: 0, closed: 0 });
    const [run] = await runsOf(ws, id);
    expect(run).toMatchObject({ accountId: near, detail: { daysToRenewal: 30, renewalDate: addDays(TODAY, 30) }, closedAt: null });
    // Renewed for a year: the episode closes. 340 days on, the renewal is 55 days away and it fires again
    // (the other account's renewal has passed by then).
    await db().execute(sql`update accounts set renewal_date = ${addDays(TODAY, 395)}::date where workspace_id = ${ws.id}::uuid and id = ${near}::uuid`);
    expect(await pass(ws)).toEqual({ fired: 0, closed: 1 });
    expect(await pass(ws, new Date(NOW.getTime() + 340 * 86_400_000))).toEqual({ fired: 1, closed: 0 });
    expect((await runsOf(ws, id)).map((r) => r.detail.daysToRenewal)).toEqual([55, 30]);
  });

  it('fires once when two passes race on the same account', async () => {
    const ws = await h().newWorkspace();
    await account(ws, '競合株式会社', {}, { endsOn: addDays(TODAY, 10) });
    const id = await playbook(ws, { trigger: { type: 'renewal_within', days: 30 } });
    const results = await Promise.all([pass(ws), pass(ws), pass(ws)]);
    expect(results.map((r) => r.fired).reduce((a, b) => a + b, 0)).toBe(1);
    expect(await runsOf(ws, id)).toHaveLength(1);
    const [tasks] = await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from tasks where workspace_id = ${ws.id}::uuid`);
    expect(tasks!.n).toBe(1);
  });

  it('lets one of two overlapping inserts open the episode: the other waits, then skips', async () => {
    const ws = await h().newWorkspace();
    const a = await account(ws, '同時株式会社');
    const id = await playbook(ws, { trigger: { type: 'no_touch' } });
    let inserted!: () => void;
    let release!: () => void;
    const firstInserted = new Promise<void>((resolve) => { inserted = resolve; });
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const first = db().transaction(async (tx) => {
      const ids = await insertRuns(tx, ws.id, id, [{ id: randomUUID(), accountId: a, episodeKey: 'state:first', detail: {} }], NOW, false);
      inserted();
      await gate;
      return ids.size;
    });
    await firstInserted;
    // Both evaluations saw no open episode; the second insert blocks on the first's uncommitted row.
    const second = db().transaction((tx) => insertRuns(tx, ws.id, id, [{ id: randomUUID(), accountId: a, episodeKey: 'state:second', detail: {} }], NOW, false));
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    expect([await first, (await second).size]).toEqual([1, 0]);
    expect((await runsOf(ws, id)).map((r) => r.closedAt)).toEqual([null]);
  });

  it('compares usage week over week from the rollups', async () => {
    const ws = await h().newWorkspace();
    const falling = await account(ws, '利用減少株式会社');
    const steady = await account(ws, '利用安定株式会社');
    const rollup = (acc: string, daysAgo: number, event: string, count: number) => db().execute(sql`
      insert into usage_event_days (workspace_id, account_id, day, event, count)
      values (${ws.id}::uuid, ${acc}::uuid, ${addDays(TODAY, -daysAgo)}::date, ${event}, ${count})`);
    // Days 8–14 ago are last week, 1–7 ago this week (complete days only; today is left out).
    await rollup(falling, 10, 'report.created', 80);
    await rollup(falling, 9, 'login', 20);
    await rollup(falling, 3, 'report.created', 30);
    await rollup(falling, 0, 'report.created', 500);
    await rollup(steady, 10, 'login', 50);
    await rollup(steady, 2, 'login', 45);
    const all = await playbook(ws, { trigger: { type: 'usage_drop', percent: 50 } });
    const reports = await playbook(ws, { trigger: { type: 'usage_drop', percent: 60, event: 'report.created' } });
    await pass(ws);
    // falling: all events 100 → 30 = −70%; report.created 80 → 30 = −62.5%. steady: 50 → 45 = −10%.
    expect((await runsOf(ws, all)).map((r) => [r.accountId, r.detail])).toEqual([[falling, { lastWeek: 100, thisWeek: 30, percent: 70, event: null }]]);
    expect((await runsOf(ws, reports)).map((r) => r.detail)).toEqual([{ lastWeek: 80, thisWeek: 30, percent: 62.5, event: 'report.created' }]);
  });

  it('fires on an incomplete handoff, overdue goals and overdue goal reviews', async () => {
    const ws = await h().newWorkspace();
    const a = await account(ws, '引継不足株式会社');
    const b = await account(ws, '引継十分株式会社');
    const handoff = (acc: string, status: string, completeness: number) => db().execute(sql`
      insert into handoffs (workspace_id, id, account_id, status, completeness) values (${ws.id}::uuid, ${randomUUID()}::uuid, ${acc}::uuid, ${status}, ${completeness})`);
    await handoff(a, 'submitted', 40);
    await handoff(b, 'accepted', 40);
    await ws.admin.post(`/api/v1/accounts/${a}/goals`, { title: '工数を半減', metric: '月次作業時間', baseline: 40, target: 20, dueOn: addDays(TODAY, -5), nextReviewOn: addDays(TODAY, 10) });
    await ws.admin.post(`/api/v1/accounts/${b}/goals`, { title: '利用率向上', metric: '利用率', baseline: 10, target: 60, dueOn: addDays(TODAY, 90), nextReviewOn: addDays(TODAY, -1) });
    await ws.admin.post(`/api/v1/accounts/${b}/goals`, { title: '達成済み', metric: '件数', baseline: 0, target: 5, dueOn: addDays(TODAY, -30), status: 'achieved' });
    const incomplete = await playbook(ws, { trigger: { type: 'handoff_incomplete', below: 60 } });
    const overdue = await playbook(ws, { trigger: { type: 'goal_overdue' } });
    const review = await playbook(ws, { trigger: { type: 'goal_review_overdue' } });
    await pass(ws);
    expect((await runsOf(ws, incomplete)).map((r) => [r.accountId, r.detail.completeness])).toEqual([[a, 40]]);
    expect((await runsOf(ws, overdue)).map((r) => [r.accountId, r.detail.count, r.detail.goals[0].title])).toEqual([[a, 1, '工数を半減']]);
    expect((await runsOf(ws, review)).map((r) => [r.accountId, r.detail.count])).toEqual([[b, 1]]);
  });

  it('fires on an overdue touch of a high-touch account', async () => {
    const ws = await h().newWorkspace();
    // ¥300,000 × 12 = ¥3,600,000 ARR: high touch by the default tiers (meeting every 30 days).
    const big = await account(ws, '高接触株式会社', {}, { quantity: 1, unitPrice: 300_000 });
    await db().execute(sql`update accounts set created_at = now() - interval '90 days' where workspace_id = ${ws.id}::uuid`);
    await db().transaction(async (tx) => {
      const { refreshTiers } = await import('../tiers/refresh-tiers.js');
      await refreshTiers(tx, ws.id, undefined, NOW);
    });
    const id = await playbook(ws, { trigger: { type: 'no_touch' }, tierKeys: ['high'] });
    await pass(ws);
    const runs = await runsOf(ws, id);
    expect(runs.map((r) => [r.accountId, r.detail.kind])).toEqual([[big, 'meeting']]);
    expect(runs[0]!.detail.daysOverdue).toBeGreaterThan(0);
  });

  it('fires on events once each: a phase entered, a detractor answer, a product event', async () => {
    const ws = await h().newWorkspace();
    const a = await account(ws, 'イベント株式会社');
    const adopt = await playbook(ws, { trigger: { type: 'phase_entered', phase: 'adopt' } });
    const detractor = await playbook(ws, { trigger: { type: 'nps_detractor' } });
    const custom = await playbook(ws, { trigger: { type: 'custom_event', event: 'plan.downgrade_viewed' } });
    await pass(ws);
    await db().transaction((tx) => setPhase(tx, ws.id, a, 'adopt', { source: 'manual', reason: '定着を確認', at: NOW }));
    // Surveys arrive with issue 6; the trigger reads any survey.answered entry, so the test writes two.
    const answer = (nps: number) => db().execute(sql`
      insert into activities (workspace_id, id, account_id, kind, occurred_at, event, data)
      values (${ws.id}::uuid, ${randomUUID()}::uuid, ${a}::uuid, 'system', now(), 'survey.answered', ${JSON.stringify({ nps, surveyId: 's1' })}::jsonb)`);
    await answer(3);
    await answer(9);
    await db().execute(sql`insert into usage_event_days (workspace_id, account_id, day, event, count)
      values (${ws.id}::uuid, ${a}::uuid, ${TODAY}::date, 'plan.downgrade_viewed', 2)`);
    expect(await pass(ws)).toEqual({ fired: 3, closed: 0 });
    // Read again (the cursor overlaps by ten minutes): nothing fires twice.
    expect(await pass(ws)).toEqual({ fired: 0, closed: 0 });
    const [run] = await runsOf(ws, adopt);
    // The account had no phase yet (only playbooks ran here, not the phase rules).
    expect(run!.detail).toMatchObject({ phase: 'adopt', from: null, source: 'manual' });
    expect(run!.closedAt).toBe(run!.firedAt);
    expect((await runsOf(ws, detractor)).map((r) => r.detail.nps)).toEqual([3]);
    expect((await runsOf(ws, custom)).map((r) => r.detail)).toEqual([{ event: 'plan.downgrade_viewed', day: TODAY, count: 2 }]);
  });

  it('keeps to its tiers, phases and conditions', async () => {
    const ws = await h().newWorkspace();
    const big = await account(ws, '大口株式会社', { plan: 'Enterprise' }, { quantity: 1, unitPrice: 400_000, endsOn: addDays(TODAY, 20) });
    await account(ws, '小口株式会社', { plan: 'Starter' }, { quantity: 1, unitPrice: 10_000, endsOn: addDays(TODAY, 20) });
    await db().transaction(async (tx) => {
      const { refreshTiers } = await import('../tiers/refresh-tiers.js');
      await refreshTiers(tx, ws.id, undefined, NOW);
    });
    const byTier = await playbook(ws, { trigger: { type: 'renewal_within', days: 30 }, tierKeys: ['high'] });
    const byPlan = await playbook(ws, { trigger: { type: 'renewal_within', days: 30 }, conditions: { all: [{ fact: 'plan', op: 'eq', value: 'Starter' }] } });
    const byPhase = await playbook(ws, { trigger: { type: 'renewal_within', days: 30 }, phaseKeys: ['expand'] });
    await pass(ws);
    expect((await runsOf(ws, byTier)).map((r) => r.accountName)).toEqual(['大口株式会社']);
    expect((await runsOf(ws, byPlan)).map((r) => r.accountName)).toEqual(['小口株式会社']);
    expect(await runsOf(ws, byPhase)).toEqual([]);
    expect(big).toBeTruthy();
  });

  it('posts a Slack-compatible webhook, moves the phase, sets a field, and reports a failed action', async () => {
    const ws = await h().newWorkspace();
    const a = await account(ws, '連携株式会社', {}, { endsOn: addDays(TODAY, 15) });
    await ws.admin.post('/api/v1/custom-fields', { entity: 'account', key: 'renewal_status', labelJa: '更新ステータス', labelEn: 'Renewal status', type: 'text' });
    const template = await ws.admin.post('/api/v1/email-templates', { name: '更新案内', locale: 'ja', subject: '{{account.name}} 更新', body: '本文' });
    const id = await playbook(ws, {
      name: '更新準備',
      trigger: { type: 'renewal_within', days: 30 },
      actions: [
        { type: 'webhook', url: 'https://hooks.slack.example/services/T000/B000/XXX', text: ':warning: {{account.name}} — {{trigger.reason}}' },
        { type: 'set_phase', phase: 'renewal' },
        { type: 'set_field', field: 'renewal_status', value: '準備中' },
        { type: 'send_email', templateId: template.body.id, to: { level: 'executive' } },
      ],
    });
    await pass(ws);
    const [run] = await runsOf(ws, id);
    expect(run!.results.map((r: any) => [r.type, r.status, r.error ?? null])).toEqual([
      ['webhook', 'queued', null],
      ['set_phase', 'done', null],
      ['set_field', 'done', null],
      ['send_email', 'failed', 'no recipient with an email address'],
    ]);
    const [hook] = await queryRows<{ target: string; payload: Record<string, any> }>(db(), sql`
      select target, payload from outbox where workspace_id = ${ws.id}::uuid and kind = 'webhook'`);
    expect(hook!.target).toBe('https://hooks.slack.example/services/T000/B000/XXX');
    expect(hook!.payload.text).toBe(':warning: 連携株式会社 — 更新日（' + addDays(TODAY, 15) + '）まで15日です');
    expect(hook!.payload.kizuna).toMatchObject({ playbook: { id, name: '更新準備' }, account: { id: a, name: '連携株式会社' }, runId: run!.id });
    // The receiver kept answering 404 and the delivery worker gave up (its own tests cover the
    // retries): the run log reads the outbox and says the webhook failed, and why.
    await db().execute(sql`update outbox set status = 'dead', last_error = 'HTTP 404' where workspace_id = ${ws.id}::uuid and kind = 'webhook'`);
    expect((await runsOf(ws, id))[0]!.results[0]).toMatchObject({ type: 'webhook', status: 'failed', error: 'HTTP 404' });
    const acc = (await ws.admin.get(`/api/v1/accounts/${a}`)).body;
    expect(acc).toMatchObject({ phase: 'renewal', customFields: { renewal_status: '準備中' } });
    const [transition] = await queryRows<{ source: string }>(db(), sql`
      select source from phase_transitions where workspace_id = ${ws.id}::uuid and account_id = ${a}::uuid and to_phase = 'renewal'`);
    expect(transition!.source).toBe('playbook');
    // The author hears of the failed action in the app.
    const [notice] = await queryRows<{ kind: string; user_id: string; data: Record<string, any> }>(db(), sql`
      select kind, user_id::text, data from notifications where workspace_id = ${ws.id}::uuid and kind = 'playbook.failed'`);
    expect(notice).toMatchObject({ user_id: ws.admin.userId, data: { playbookName: '更新準備', errors: ['send_email: no recipient with an email address'] } });
    // The account's run log lists it too.
    const perAccount = (await ws.admin.get(`/api/v1/accounts/${a}/playbook-runs`)).body.items;
    expect(perAccount.map((r: any) => r.playbookName)).toEqual(['更新準備']);
  });
});
