import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase } from '../../testing/harness.js';
import { createHealthWorker } from './health-worker.js';

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, attempts = 200): Promise<T> {
  let value = await read();
  for (let i = 0; i < attempts && !ok(value); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    value = await read();
  }
  return value;
}

describeEachDatabase('health worker', (h) => {
  it('wakes on a poke instead of waiting for its next poll', async () => {
    const ws = await h().newWorkspace();
    // A poll a minute apart: only the poke after the sentiment can explain a prompt score.
    const worker = createHealthWorker(h().database.db, { workspaceIds: () => [ws.id], pollMs: 60_000 });
    worker.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const account = await ws.admin.post('/api/v1/accounts', { name: '即時株式会社' });
      await ws.admin.post('/api/v1/subscriptions', { accountId: account.body.id, plan: 'Pro', quantity: 1, unitPrice: 10000 });
      await ws.admin.post(`/api/v1/accounts/${account.body.id}/sentiments`, { value: 4, reason: '順調' });
      worker.poke();
      const sentimentOf = (r: { body: { explanation?: { measures: { id: string; value: number | null }[] } } | null }) =>
        r.body?.explanation?.measures.find((m) => m.id === 'sentiment')?.value;
      const health = await eventually(() => ws.admin.get(`/api/v1/accounts/${account.body.id}/health`), (r) => sentimentOf(r) === 4);
      expect(sentimentOf(health)).toBe(4);
    } finally {
      await worker.stop();
    }
  });

  it('runs the nightly full pass once a day after the configured hour', async () => {
    const ws = await h().newWorkspace();
    const account = await ws.admin.post('/api/v1/accounts', { name: '夜間株式会社' });
    await ws.admin.post('/api/v1/subscriptions', { accountId: account.body.id, plan: 'Pro', quantity: 1, unitPrice: 10000 });
    // Yesterday's pass is done; the worker clock says 2030-01-10.
    await h().database.db.execute(sql`
      insert into health_settings (workspace_id, login_events, sentiment_stale_days, last_full_recompute_on)
      values (${ws.id}::uuid, '["Signed In"]'::jsonb, 30, '2030-01-09')`);
    const lastRun = async () => (await queryRows<{ day: string | null }>(h().database.db, sql`
      select last_full_recompute_on::text as day from health_settings where workspace_id = ${ws.id}::uuid`))[0]?.day ?? null;
    // (Only this workspace's nightly pass: on PostgreSQL every suite's workspaces share the database.)
    const early = createHealthWorker(h().database.db, { workspaceIds: () => [ws.id], now: () => new Date('2030-01-10T10:00:00Z'), nightly: true, nightlyWorkspaceId: ws.id, pollMs: 10 });
    early.start();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await early.stop();
    expect(await lastRun()).toBe('2030-01-09');
    const late = createHealthWorker(h().database.db, { workspaceIds: () => [ws.id], now: () => new Date('2030-01-10T19:00:00Z'), nightly: true, nightlyWorkspaceId: ws.id, pollMs: 10 });
    late.start();
    try {
      expect(await eventually(lastRun, (day) => day === '2030-01-10')).toBe('2030-01-10');
    } finally {
      await late.stop();
    }
    const [scored] = await queryRows<{ n: number }>(h().database.db, sql`
      select count(*)::int as n from health_history where workspace_id = ${ws.id}::uuid and day = '2030-01-10'`);
    expect(scored?.n).toBe(1);
  });

  it('releases a claim when the account is queued again, and takes over a crashed worker\'s claim', async () => {
    const ws = await h().newWorkspace();
    const account = await ws.admin.post('/api/v1/accounts', { name: '再投入株式会社' });
    await ws.admin.post('/api/v1/subscriptions', { accountId: account.body.id, plan: 'Pro', quantity: 1, unitPrice: 10000 });
    const row = async () => (await queryRows<{ bumps: number; claimed: boolean }>(h().database.db, sql`
      select bumps, claimed_at is not null as claimed from health_dirty where workspace_id = ${ws.id}::uuid`))[0];
    // A worker claimed it a moment ago…
    await h().database.db.execute(sql`update health_dirty set claimed_at = now() where workspace_id = ${ws.id}::uuid`);
    const before = await row();
    // …and new data arrives meanwhile: the claim is released and the row marked, so it is not deleted under the new data.
    await ws.admin.post(`/api/v1/accounts/${account.body.id}/sentiments`, { value: 2, reason: '担当者が退職' });
    expect(await row()).toEqual({ bumps: (before?.bumps ?? 0) + 1, claimed: false });
    // A claim from a worker that died two minutes ago is taken over.
    await h().database.db.execute(sql`update health_dirty set claimed_at = now() - interval '2 minutes' where workspace_id = ${ws.id}::uuid`);
    await h().deps.health!.drain();
    expect(await row()).toBeUndefined();
    const health = (await ws.admin.get(`/api/v1/accounts/${account.body.id}/health`)).body;
    expect(health.explanation.measures.find((m: { id: string }) => m.id === 'sentiment').value).toBe(2);
  });

  it('scores an account whose queue row an ingest holds locked, and leaves the row queued until it can claim it', async () => {
    const ws = await h().newWorkspace();
    const db = h().database.db;
    const account = await ws.admin.post('/api/v1/accounts', { name: '繁忙株式会社' });
    await ws.admin.post('/api/v1/subscriptions', { accountId: account.body.id, plan: 'Pro', quantity: 1, unitPrice: 10000 });
    await h().deps.health!.drain();
    await ws.admin.post(`/api/v1/accounts/${account.body.id}/sentiments`, { value: 3, reason: '利用が増えた' });
    const queued = async () => (await queryRows<{ n: number }>(db, sql`
      select count(*)::int as n from health_dirty where workspace_id = ${ws.id}::uuid`))[0]?.n;
    const sentiment = async () => (await ws.admin.get(`/api/v1/accounts/${account.body.id}/health`)).body
      .explanation.measures.find((m: { id: string }) => m.id === 'sentiment').value;
    if (h().database.dialect === 'postgres') {
      // Another connection holds the queue row, as an ingest does until it commits: the worker
      // cannot claim it (nothing claimed), yet scores what is committed and leaves the row queued.
      await db.transaction(async (tx) => {
        await tx.execute(sql`select 1 from health_dirty where workspace_id = ${ws.id}::uuid for update`);
        // (The pass may claim other suites' rows: on PostgreSQL they share the queue.)
        await h().deps.health!.drainOnce();
        expect(await sentiment()).toBe(3);
        const [row] = await queryRows<{ claimed: boolean }>(tx, sql`
          select claimed_at is not null as claimed from health_dirty where workspace_id = ${ws.id}::uuid`);
        expect(row).toEqual({ claimed: false });
      });
    }
    // Released: claimed, scored and done.
    await h().deps.health!.drain();
    expect(await queued()).toBe(0);
    expect(await sentiment()).toBe(3);
  });

  it('shares the queue between its lanes: the new workspace gets its full pass, and every account is scored as the queue drains', async () => {
    const ws = await h().newWorkspace();
    const db = h().database.db;
    const ids: string[] = [];
    for (const name of ['一株式会社', '二株式会社', '三株式会社', '四株式会社', '五株式会社', '六株式会社', '七株式会社']) {
      const account = await ws.admin.post('/api/v1/accounts', { name });
      await ws.admin.post('/api/v1/subscriptions', { accountId: account.body.id, plan: 'Pro', quantity: 1, unitPrice: 10000 });
      ids.push(account.body.id as string);
    }
    // Two accounts a claim, two lanes: the new workspace's first pass is a full one, and the
    // lane that would start a second waits for it and then scores its claim incrementally.
    const worker = createHealthWorker(db, { workspaceIds: () => [ws.id], lanes: 2, batchSize: 2, settleMs: 0, restRatio: 0 });
    worker.start();
    try {
      const queued = async () => (await queryRows<{ n: number }>(db, sql`
        select count(*)::int as n from health_dirty where workspace_id = ${ws.id}::uuid`))[0]?.n;
      expect(await eventually(queued, (n) => n === 0)).toBe(0);
    } finally {
      await worker.stop();
    }
    const scored = await queryRows<{ account_id: string }>(db, sql`
      select account_id from health_scores where workspace_id = ${ws.id}::uuid order by account_id`);
    expect(scored.map((r) => r.account_id)).toEqual([...ids].sort());
    const [settings] = await queryRows<{ full: boolean }>(db, sql`
      select last_full_recompute_on is not null as full from health_settings where workspace_id = ${ws.id}::uuid`);
    expect(settings?.full).toBe(true);
  });
});
