/** The automation worker: the dirty queue, the 15-minute pass, and waking on a poke. */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase, type TestWorkspace } from '../../testing/harness.js';
import { addDays } from '../../../domain/tasks/task.js';
import { createAutomationWorker } from './automation-worker.js';

const TODAY = new Date().toISOString().slice(0, 10);

describeEachDatabase('automation worker', (h) => {
  const db = () => h().database.db;

  async function setUp(ws: TestWorkspace) {
    const a = await ws.admin.post('/api/v1/accounts', { name: '自動化株式会社', ownerId: ws.admin.userId });
    // ¥400,000 a month = ¥4,800,000 ARR: high touch by the default tiers; renewal in 20 days.
    await ws.admin.post('/api/v1/subscriptions', { accountId: a.body.id, plan: 'Enterprise', quantity: 1, unitPrice: 400_000, endsOn: addDays(TODAY, 20) });
    const p = await ws.admin.post('/api/v1/playbooks', {
      name: '更新直前（ハイタッチ）', trigger: { type: 'renewal_within', days: 30 }, tierKeys: ['high'],
      actions: [{ type: 'create_task', title: '更新面談', dueInDays: 3, assignee: 'owner' }],
    });
    return { accountId: a.body.id as string, playbookId: p.body.id as string };
  }

  const queued = async (workspaceId: string) => (await queryRows<{ n: number }>(db(), sql`
    select count(*)::int as n from automation_dirty where workspace_id = ${workspaceId}::uuid`))[0]!.n;
  const runs = async (workspaceId: string) => (await queryRows<{ n: number }>(db(), sql`
    select count(*)::int as n from playbook_runs where workspace_id = ${workspaceId}::uuid`))[0]!.n;

  it('evaluates queued accounts in order: tier, then phase, then playbooks; and empties the queue', async () => {
    const ws = await h().newWorkspace();
    const { accountId } = await setUp(ws);
    await db().execute(sql`insert into automation_dirty (workspace_id, account_id) values (${ws.id}::uuid, ${accountId}::uuid) on conflict do nothing`);
    const worker = createAutomationWorker(db(), { workspaceId: ws.id });
    expect(await worker.drain()).toBe(1);
    expect(await queued(ws.id)).toBe(0);
    const account = (await ws.admin.get(`/api/v1/accounts/${accountId}`)).body;
    // The tier came first, so the high-touch playbook saw it; a new account enters the first phase (one step per pass).
    expect(account).toMatchObject({ touchTier: 'high', phase: 'onboarding' });
    expect(await runs(ws.id)).toBe(1);
  });

  it('runs the full pass once per workspace every 15 minutes', async () => {
    const ws = await h().newWorkspace();
    await setUp(ws);
    let clock = new Date();
    const worker = createAutomationWorker(db(), { workspaceId: ws.id, now: () => clock });
    expect(await worker.scheduledPass()).toBe(1);
    expect(await runs(ws.id)).toBe(1);
    clock = new Date(clock.getTime() + 5 * 60_000);
    expect(await worker.scheduledPass()).toBe(0);
    clock = new Date(clock.getTime() + 10 * 60_000);
    expect(await worker.scheduledPass()).toBe(1);
    // Still the same episode: the second pass fired nothing new.
    expect(await runs(ws.id)).toBe(1);
    const [state] = await queryRows<{ at: string }>(db(), sql`
      select last_scheduled_at::text as at from automation_state where workspace_id = ${ws.id}::uuid`);
    expect(new Date(state!.at).getTime()).toBe(clock.getTime());
  });

  it('wakes on a poke instead of waiting for its next poll', async () => {
    const ws = await h().newWorkspace();
    const { accountId } = await setUp(ws);
    const worker = createAutomationWorker(db(), { workspaceId: ws.id, pollMs: 60_000 });
    worker.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await db().execute(sql`insert into automation_dirty (workspace_id, account_id) values (${ws.id}::uuid, ${accountId}::uuid) on conflict do nothing`);
      worker.poke();
      for (let i = 0; i < 200 && (await runs(ws.id)) === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(await runs(ws.id)).toBe(1);
    } finally {
      await worker.stop();
    }
  });
});
