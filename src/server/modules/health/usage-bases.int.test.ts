/**
 * The health worker reads usage incrementally: per-account bases for the days before today
 * (health_usage_bases) plus today's rollups, folded in JavaScript. These tests hold it to the
 * plain path — the same aggregates straight from the rollups — as usage arrives today, arrives
 * backdated after a base was built, and as the day turns.
 */
import { sql, type SQL } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows, type Db } from '../../db/connect.js';
import { describeEachDatabase, type TestWorkspace } from '../../testing/harness.js';
import { usageNeedsOf, type UsageNeeds } from '../../../domain/health/account-signals.js';
import { ingestMessages } from '../usage/ingest-messages.js';
import { gatherSignals, parallelReader } from './gather-signals.js';
import { createHealthWorker } from './health-worker.js';
import { moveLoggedUsage } from './dirty-log.js';
import { ensureScorecards, loadHealthSettings } from './scorecard-store.js';
import { usageScans } from './usage-scans.js';

/** Every metric in two windows, trends on each, and two named events: every fold the worker can be asked for. */
const NEEDS: UsageNeeds = {
  goals: false,
  windows: [
    { days: 30, current: ['events', 'logins', 'breadth', 'users', 'seconds'], previous: ['events', 'logins', 'breadth', 'users', 'seconds'], namedEvents: ['Report Exported', 'Invite Sent'] },
    { days: 7, current: ['events', 'users'], previous: ['events'], namedEvents: ['Report Exported'] },
  ],
};

const DAY_MS = 86_400_000;
const at = (day: string, hour = 9) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`).toISOString();
const daysBefore = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) - n * DAY_MS).toISOString().slice(0, 10);

let sequence = 0;
function track(groupId: string, userId: string, event: string, timestamp: string, properties: Record<string, unknown> = {}) {
  sequence += 1;
  return { type: 'track', messageId: `bases-${Date.now()}-${sequence}`, userId, event, timestamp, context: { groupId }, properties };
}

/** A paying account (ten seats) with a product id the events name; its id. */
async function customer(ws: TestWorkspace, name: string, productId: string): Promise<string> {
  const account = await ws.admin.post('/api/v1/accounts', { name, productId });
  expect(account.status).toBe(201);
  await ws.admin.post('/api/v1/subscriptions', { accountId: account.body.id, plan: 'Pro', quantity: 10, unitPrice: 10000 });
  return account.body.id as string;
}

/** What the workspace's scorecards need: the scans the worker runs, so its bases serve these reads too. */
async function scorecardNeeds(db: Db, workspaceId: string, day: string): Promise<UsageNeeds> {
  const scorecards = await ensureScorecards(db, workspaceId, new Date(at(day)));
  return usageNeedsOf(scorecards.map((s) => s.definition));
}

/**
 * The usage aggregates of these accounts on `day`, incrementally (bases as they stand, built only
 * where missing or outdated) and from the rollups alone.
 */
async function bothWays(db: Db, workspaceId: string, accountIds: string[], day: string, needs: UsageNeeds) {
  return db.transaction(async (tx) => {
    const settings = await loadHealthSettings(tx, workspaceId);
    const options = { asOf: day, live: true, accountIds, needs, settings, customersOnly: true };
    const usage = (signals: Awaited<ReturnType<typeof gatherSignals>>) =>
      Object.fromEntries(accountIds.map((id) => [id, signals.get(id)?.usage ?? null]));
    const plain = usage(await gatherSignals(tx, workspaceId, options));
    const incremental = usage(await gatherSignals(tx, workspaceId, { ...options, incremental: { rebuild: [] } }));
    return { plain, incremental };
  }).then(async (both) => {
    // On PostgreSQL the worker reads through the pool, each scan on a connection of its own (after
    // the transaction above: its rebuilt bases are committed): the same sums.
    const parallel = parallelReader(db);
    if (parallel) {
      const settings = await loadHealthSettings(db, workspaceId);
      const signals = await gatherSignals(db, workspaceId, { asOf: day, live: true, accountIds, needs, settings, customersOnly: true, incremental: { rebuild: [] }, parallel });
      expect(Object.fromEntries(accountIds.map((id) => [id, signals.get(id)?.usage ?? null]))).toEqual(both.incremental);
    }
    return both;
  });
}

describeEachDatabase('incremental usage for the health worker', (h) => {
  it('gives the aggregates the rollups give, as usage arrives today, backdated, and on the next day', async () => {
    const ws = await h().newWorkspace();
    const db = h().database.db;
    const today = '2031-05-20';
    const accountIds: string[] = [];
    for (const [name, productId] of [['積算株式会社', 'inc-a'], ['当日株式会社', 'inc-b'], ['静穏株式会社', 'inc-c']] as const) {
      accountIds.push(await customer(ws, name, productId));
    }
    const [a, b] = accountIds as [string, string, string];
    // The workspace's first pass is a full one (no bases); the worker reads incrementally after it.
    const worker = createHealthWorker(db, { workspaceIds: () => [ws.id], now: () => new Date(at(today, 12)) });
    await worker.drain();
    const ingest = async (messages: unknown[]) => {
      const report = await ingestMessages(db, { workspaceId: ws.id, messages, receivedAt: new Date(at(today, 12)) });
      expect(report.rejected).toEqual([]);
      // Into the queue the worker claims from, as its next pass begins (dirty-log.ts).
      await moveLoggedUsage(db, [ws.id]);
    };
    // Account A: usage spread over both 30-day windows (and outside them, 70 days back), by three
    // users, with sessions; B: usage today only; C: none.
    await ingest([
      track('inc-a', 'u1', 'Signed In', at(daysBefore(today, 70))),
      track('inc-a', 'u1', 'Signed In', at(daysBefore(today, 45))),
      track('inc-a', 'u2', 'Report Exported', at(daysBefore(today, 31))),
      track('inc-a', 'u2', 'Report Exported', at(daysBefore(today, 29))),
      track('inc-a', 'u3', 'Session Ended', at(daysBefore(today, 8)), { duration: 1800 }),
      track('inc-a', 'u1', 'Dashboard Viewed', at(daysBefore(today, 6))),
      track('inc-a', 'u1', 'Signed In', at(daysBefore(today, 1))),
      track('inc-a', 'u3', 'Invite Sent', at(today, 8)),
      track('inc-b', 'v1', 'Signed In', at(today, 7)),
    ]);
    await worker.drain();
    const needs = await scorecardNeeds(db, ws.id, today);
    const base = async (accountId: string) => (await queryRows<{ as_of: string; per_key: Record<string, number[]> }>(db, sql`
      select as_of::text as as_of, per_key from health_usage_bases
      where workspace_id = ${ws.id}::uuid and account_id = ${accountId}::uuid and source = 'usage_event_days'`))[0];
    // The worker built a base for every account it scored, today's usage left out of it.
    expect((await base(a))?.as_of).toBe(today);
    expect(Object.keys((await base(a))?.per_key ?? {}).sort()).toEqual(['Dashboard Viewed', 'Report Exported', 'Session Ended', 'Signed In']);
    expect((await base(b))?.per_key).toEqual({});
    let { plain, incremental } = await bothWays(db, ws.id, accountIds, today, needs);
    expect(plain[a]?.['events:30']).toBe(5); // 29, 8, 6, 1 days back and today
    expect(plain[a]?.['events:30:prev']).toBe(2); // 45 and 31 days back
    expect(incremental).toEqual(plain);

    // More usage today: the base stands, today's rollups carry it.
    const before = await base(a);
    await ingest([
      track('inc-a', 'u4', 'Report Exported', at(today, 10)),
      track('inc-b', 'v2', 'Search Performed', at(today, 10)),
    ]);
    const [queued] = await queryRows<{ usage_from: string }>(db, sql`
      select usage_from::text as usage_from from health_dirty where workspace_id = ${ws.id}::uuid and account_id = ${a}::uuid`);
    expect(queued?.usage_from).toBe(today);
    await worker.drain();
    expect(await base(a)).toEqual(before);
    ({ plain, incremental } = await bothWays(db, ws.id, accountIds, today, needs));
    expect(plain[a]?.['users:30']).toBe(4); // u1, u2 (29 days back), u3 and today's u4
    expect(incremental).toEqual(plain);

    // A late event for three days ago: queued with its day, and the worker rebuilds A's base.
    await ingest([track('inc-a', 'u5', 'Report Exported', at(daysBefore(today, 3)))]);
    const [late] = await queryRows<{ usage_from: string }>(db, sql`
      select usage_from::text as usage_from from health_dirty where workspace_id = ${ws.id}::uuid and account_id = ${a}::uuid`);
    expect(late?.usage_from).toBe(daysBefore(today, 3));
    await worker.drain();
    expect((await base(a))?.per_key['Report Exported']).not.toEqual(before?.per_key['Report Exported']);
    ({ plain, incremental } = await bothWays(db, ws.id, accountIds, today, needs));
    expect(plain[a]?.['users:30']).toBe(5); // and u5, three days back
    expect(incremental).toEqual(plain);
    // The score the worker wrote is built on the same aggregates.
    const health = (await ws.admin.get(`/api/v1/accounts/${a}/health`)).body;
    const breadth = health.explanation.measures.find((m: { id: string }) => m.id === 'breadth')?.value;
    expect(breadth).toBeGreaterThan(0);
    expect(breadth).toBe(plain[a]?.['breadth:30']);

    // The next day every base is outdated: rebuilt from the rollups, yesterday's usage now inside it.
    const tomorrow = daysBefore(today, -1);
    const nextDay = createHealthWorker(db, { workspaceIds: () => [ws.id], now: () => new Date(at(tomorrow, 12)) });
    await ingest([track('inc-b', 'v1', 'Signed In', at(tomorrow, 8))]);
    await nextDay.drain();
    expect((await base(b))?.as_of).toBe(tomorrow);
    expect(Object.keys((await base(b))?.per_key ?? {}).sort()).toEqual(['Search Performed', 'Signed In']);
    ({ plain, incremental } = await bothWays(db, ws.id, accountIds, tomorrow, needs));
    expect(plain[b]?.['logins:30']).toBe(2); // v1 signed in yesterday and today
    expect(incremental).toEqual(plain);
  });

  it('keeps backdated usage that arrives while an account is being scored for the next pass', async () => {
    const ws = await h().newWorkspace();
    const db = h().database.db;
    const today = '2031-06-10';
    const id = await customer(ws, '割込株式会社', 'inc-late');
    const ingest = async (messages: unknown[]) => {
      await ingestMessages(db, { workspaceId: ws.id, messages, receivedAt: new Date(at(today, 12)) });
      await moveLoggedUsage(db, [ws.id]);
    };
    await ingest([track('inc-late', 'u1', 'Signed In', at(daysBefore(today, 20)))]);
    const row = async () => (await queryRows<{ usage_from: string | null; claimed_usage_from: string | null; claimed: boolean }>(db, sql`
      select usage_from::text as usage_from, claimed_usage_from::text as claimed_usage_from, claimed_at is not null as claimed
      from health_dirty where workspace_id = ${ws.id}::uuid and account_id = ${id}::uuid`))[0];
    // A worker claims the account as a worker does: usage_from moves to claimed_usage_from.
    await db.execute(sql`
      update health_dirty set claimed_at = now(), claimed_usage_from = usage_from, usage_from = null
      where workspace_id = ${ws.id}::uuid and account_id = ${id}::uuid`);
    // Meanwhile an older event arrives: the claim is released and the new day kept apart.
    await ingest([track('inc-late', 'u2', 'Signed In', at(daysBefore(today, 25)))]);
    expect(await row()).toEqual({ usage_from: daysBefore(today, 25), claimed_usage_from: daysBefore(today, 20), claimed: false });
    // A later event (still before today) on a waiting row only ever moves usage_from earlier.
    await ingest([track('inc-late', 'u3', 'Signed In', at(daysBefore(today, 2)))]);
    expect((await row())?.usage_from).toBe(daysBefore(today, 25));
    const worker = createHealthWorker(db, { workspaceIds: () => [ws.id], now: () => new Date(at(today, 12)) });
    await worker.drain();
    expect(await row()).toBeUndefined();
    const { plain, incremental } = await bothWays(db, ws.id, [id], today, await scorecardNeeds(db, ws.id, today));
    expect(plain[id]?.['users:30']).toBe(3); // u1 (20 days back), u2 (25), u3 (2)
    expect(incremental).toEqual(plain);
  });

  it('folds every kind of aggregate the same way the rollup scan does', async () => {
    const ws = await h().newWorkspace();
    const db = h().database.db;
    const today = '2031-07-01';
    const id = await customer(ws, '網羅株式会社', 'inc-all');
    const ingest = async (messages: unknown[]) => {
      expect((await ingestMessages(db, { workspaceId: ws.id, messages, receivedAt: new Date(at(today, 12)) })).rejected).toEqual([]);
    };
    const events = ['Signed In', 'Report Exported', 'Invite Sent', 'Dashboard Viewed', 'Page Viewed', 'Session Ended'];
    // Two events a day for 65 days, users and names cycling, sessions with durations now and then.
    await ingest(Array.from({ length: 130 }, (_, k) => track('inc-all', `u${k % 7}`, events[k % events.length] ?? 'Signed In',
      at(daysBefore(today, 1 + Math.floor(k / 2)), 8 + (k % 2)), k % 6 === 5 ? { duration: 600 + k } : {})));
    let { plain, incremental } = await bothWays(db, ws.id, [id], today, NEEDS);
    expect(Object.keys(plain[id] ?? {})).toHaveLength(16); // every aggregate NEEDS asks for, none zero
    expect(incremental).toEqual(plain);
    // Today's usage on top of the bases just built, including a new user and a name not seen before.
    await ingest([
      track('inc-all', 'u0', 'Report Exported', at(today, 9)),
      track('inc-all', 'new-user', 'Comment Added', at(today, 10)),
      track('inc-all', 'u3', 'Session Ended', at(today, 11), { duration: 900 }),
    ]);
    ({ plain, incremental } = await bothWays(db, ws.id, [id], today, NEEDS));
    expect(plain[id]?.['named:7:Report Exported']).toBeGreaterThan(0);
    expect(incremental).toEqual(plain);
  });

  it('builds no base for an account deleted after it was queued, and scores the others', async () => {
    const ws = await h().newWorkspace();
    const db = h().database.db;
    const today = '2031-06-10';
    const kept = await customer(ws, '存続株式会社', 'gone-a');
    const deleted = await customer(ws, '削除株式会社', 'gone-b');
    await createHealthWorker(db, { workspaceIds: () => [ws.id], now: () => new Date(at(today, 12)) }).drain();
    const report = await ingestMessages(db, {
      workspaceId: ws.id, messages: [track('gone-a', 'u1', 'Signed In', at(today, 10)), track('gone-b', 'u2', 'Signed In', at(today, 10))],
      receivedAt: new Date(at(today, 12)),
    });
    expect(report.stored).toBe(2);
    expect((await ws.admin.del(`/api/v1/accounts/${deleted}`)).status).toBe(204);
    // The queue takes the logged usage of the account that still exists, and drops the other's.
    expect(await moveLoggedUsage(db, [ws.id])).toBe(1);
    const queue = await queryRows<{ account_id: string }>(db, sql`select account_id from health_dirty where workspace_id = ${ws.id}::uuid`);
    expect(queue.map((q) => q.account_id)).toEqual([kept]);
    expect((await queryRows<{ n: number }>(db, sql`select count(*)::int as n from health_dirty_log where workspace_id = ${ws.id}::uuid`))[0]?.n).toBe(0);
    // The worker's reads on PostgreSQL take the claimed ids as they are (the account query runs beside them).
    const settings = await loadHealthSettings(db, ws.id);
    const parallel = parallelReader(db);
    const signals = await gatherSignals(db, ws.id, {
      asOf: today, live: true, accountIds: [kept, deleted], needs: await scorecardNeeds(db, ws.id, today), settings, customersOnly: true,
      incremental: { rebuild: [] }, ...(parallel ? { parallel } : {}),
    });
    expect([...signals.keys()]).toEqual([kept]);
    expect(Math.max(...Object.values(signals.get(kept)?.usage ?? {}))).toBeGreaterThan(0);
    const bases = await queryRows<{ account_id: string }>(db, sql`select distinct account_id from health_usage_bases where workspace_id = ${ws.id}::uuid`);
    expect(bases.map((b) => b.account_id)).toEqual([kept]);
  });
});

describeEachDatabase('incremental usage reads', (h) => {
  it("probes today's rollup rows and the bases account by account, though the statistics have never seen today", async () => {
    const ws = await h().newWorkspace();
    const db = h().database.db;
    const today = '2031-08-01';
    // 300 accounts with 60 days of rollups, analysed; then today's rows arrive, newer than the statistics.
    const ids = (await queryRows<{ id: string }>(db, sql`
      insert into accounts (workspace_id, id, name, status)
      select ${ws.id}::uuid, gen_random_uuid(), '計画' || k, 'active' from generate_series(1, 300) as k
      returning id`)).map((r) => r.id);
    const fill = (from: number, to: number) => db.execute(sql`
      insert into usage_event_days (workspace_id, account_id, day, event, count)
      select ${ws.id}::uuid, a.id, ${today}::date - d, 'E' || k, 1
      from accounts a, generate_series(${from}::int, ${to}::int) as d, generate_series(1, 5) as k
      where a.workspace_id = ${ws.id}::uuid`);
    await fill(1, 60);
    await db.execute(sql`analyze usage_event_days`);
    await fill(0, 0);
    const settings = await loadHealthSettings(db, ws.id);
    const scan = usageScans(today, NEEDS, settings).find((s) => s.table === 'usage_event_days');
    if (!scan) throw new Error('no event scan');
    /** The conditions of every index scan on `table` in the statement's plan. */
    const indexConditions = async (statement: SQL, table: string) => {
      const [row] = await queryRows<{ 'QUERY PLAN': unknown }>(db, sql`explain (format json) ${statement}`);
      const found: string[] = [];
      const walk = (node: Record<string, unknown>) => {
        if (node['Relation Name'] === table) found.push(String(node['Index Cond'] ?? `${String(node['Node Type'])} without index condition`));
        for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
      };
      const raw = row?.['QUERY PLAN'];
      const plan = typeof raw === 'string' ? JSON.parse(raw) : raw;
      walk((plan as { Plan: Record<string, unknown> }[])[0]!.Plan);
      return found;
    };
    // Flattened into a join, PostgreSQL would walk the workspace's whole key for the day and filter
    // the accounts (it expects a handful of rows for a day it has no statistics of).
    const today200 = await indexConditions(scan.incremental.today(ws.id, ids.slice(0, 200)), 'usage_event_days');
    expect(today200).toHaveLength(1);
    expect(today200[0]).toMatch(/account_id = ids\.id/);
    const bases = await indexConditions(scan.incremental.bases(ws.id, ids.slice(0, 200)), 'health_usage_bases');
    expect(bases).toHaveLength(1);
    expect(bases[0]).toMatch(/account_id = ids\.id/);
  });
});
