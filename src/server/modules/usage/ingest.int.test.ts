import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase, type Harness, type TestWorkspace } from '../../testing/harness.js';
import { moveLoggedUsage } from '../health/dirty-log.js';
import { attachUnmatched } from './attach-unmatched.js';
import { ingestMessages } from './ingest-messages.js';
import { createIngestWriter } from './ingest-writer.js';

async function writeKey(ws: TestWorkspace): Promise<string> {
  const created = await ws.admin.post('/api/v1/api-keys', { name: 'segment', scope: 'ingest' });
  return created.body.key as string;
}

function send(h: Harness, key: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const payload = typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
  return h.app.request(path, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}`, 'content-type': 'application/json', ...headers },
    body: payload as BodyInit,
  });
}

const track = (messageId: string, userId: string, event: string, timestamp: string, extra: Record<string, unknown> = {}) =>
  ({ type: 'track', messageId, userId, event, timestamp, ...extra });

describeEachDatabase('usage ingestion', (h) => {
  it('stores a batch once, rolls it up per day, user and event, and queues the account', async () => {
    const ws = await h().newWorkspace();
    const key = await writeKey(ws);
    const account = await ws.admin.post('/api/v1/accounts', { name: '利用株式会社', productId: 'grp-1' });
    await h().database.db.execute(sql`delete from health_dirty where workspace_id = ${ws.id}::uuid`);
    const batch = {
      batch: [
        { type: 'group', messageId: 'g1', userId: 'u1', groupId: 'grp-1', timestamp: '2026-11-01T00:00:00Z' },
        track('m1', 'u1', 'Report Viewed', '2026-11-02T01:00:00Z', { properties: { duration: 120 } }),
        track('m2', 'u1', 'Report Viewed', '2026-11-02T03:00:00Z'),
        track('m3', 'u2', 'Export Downloaded', '2026-11-02T05:00:00Z', { context: { groupId: 'grp-1' } }),
      ],
    };
    const first = await send(h(), key, '/v1/batch', batch);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ success: true, received: 4, stored: 4, duplicates: 0, unmatched: 0 });

    // Segment's SDK resends a failed batch with the same messageIds: nothing counts twice.
    const again = await send(h(), key, '/v1/batch', batch);
    expect(await again.json()).toMatchObject({ stored: 0, duplicates: 4 });

    const users = await queryRows<{ user_id: string; events: number; duration_seconds: number }>(h().database.db, sql`
      select user_id, events, duration_seconds from usage_user_days where workspace_id = ${ws.id}::uuid order by user_id`);
    expect(users).toEqual([
      { user_id: 'u1', events: 2, duration_seconds: 120 },
      { user_id: 'u2', events: 1, duration_seconds: 0 },
    ]);
    const events = await queryRows<{ event: string; count: number; day: string }>(h().database.db, sql`
      select event, count, day from usage_event_days where workspace_id = ${ws.id}::uuid order by event`);
    expect(events).toEqual([
      { event: 'Export Downloaded', count: 1, day: '2026-11-02' },
      { event: 'Report Viewed', count: 2, day: '2026-11-02' },
    ]);
    // Each column of each event as sent; properties kept as JSON, and SQL NULL where a call has none.
    const stored = await queryRows<Record<string, unknown>>(h().database.db, sql`
      select message_id, type, event, user_id, group_id, account_id, duration_seconds, properties, properties is null as no_properties,
             to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as occurred_at
      from usage_events where workspace_id = ${ws.id}::uuid order by message_id`);
    const id = account.body.id as string;
    expect(stored).toEqual([
      { message_id: 'g1', type: 'group', event: null, user_id: 'u1', group_id: 'grp-1', account_id: id, duration_seconds: null, properties: null, no_properties: true, occurred_at: '2026-11-01T00:00' },
      { message_id: 'm1', type: 'track', event: 'Report Viewed', user_id: 'u1', group_id: 'grp-1', account_id: id, duration_seconds: 120, properties: { duration: 120 }, no_properties: false, occurred_at: '2026-11-02T01:00' },
      { message_id: 'm2', type: 'track', event: 'Report Viewed', user_id: 'u1', group_id: 'grp-1', account_id: id, duration_seconds: null, properties: null, no_properties: true, occurred_at: '2026-11-02T03:00' },
      { message_id: 'm3', type: 'track', event: 'Export Downloaded', user_id: 'u2', group_id: 'grp-1', account_id: id, duration_seconds: null, properties: null, no_properties: true, occurred_at: '2026-11-02T05:00' },
    ]);
    // Queued through the log (one row per batch that stored something), which the worker moves into its queue.
    const logged = await queryRows<{ account_id: string; usage_from: string }>(h().database.db, sql`
      select account_id, usage_from::text as usage_from from health_dirty_log where workspace_id = ${ws.id}::uuid`);
    expect(logged).toEqual([{ account_id: account.body.id, usage_from: '2026-11-02' }]);
    expect(await moveLoggedUsage(h().database.db, [ws.id])).toBe(1);
    const dirty = await queryRows<{ account_id: string }>(h().database.db, sql`
      select account_id from health_dirty where workspace_id = ${ws.id}::uuid`);
    expect(dirty.map((d) => d.account_id)).toEqual([account.body.id]);
  });

  it('accepts gzip bodies and single calls, and drops bad messages with their reason', async () => {
    const ws = await h().newWorkspace();
    const key = await writeKey(ws);
    const zipped = gzipSync(Buffer.from(JSON.stringify({ batch: [
      track('z1', 'u1', 'Signed In', '2026-11-02T01:00:00Z'),
      { type: 'track', messageId: 'z2', userId: 'u1' },
      { type: 'alias', messageId: 'z3', userId: 'u1' },
      { type: 'track', messageId: 'z4', event: 'x' },
    ] })));
    const response = await send(h(), key, '/v1/batch', new Uint8Array(zipped), { 'content-encoding': 'gzip' });
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report.stored).toBe(1);
    expect(report.unmatched).toBe(1);
    expect(report.rejected.map((r: { index: number; reason: string }) => [r.index, r.reason])).toEqual([
      [1, 'missing_event'], [2, 'unknown_type'], [3, 'missing_identity'],
    ]);
    const single = await send(h(), key, '/v1/track', { userId: 'u9', event: 'Workflow Run', messageId: 's1' });
    expect(await single.json()).toMatchObject({ stored: 1 });
  });

  it('stores events whose text holds NUL characters, which PostgreSQL cannot store, with U+FFFD in their place', async () => {
    const ws = await h().newWorkspace();
    const key = await writeKey(ws);
    const nul = String.fromCharCode(0);
    // One track-only batch (the writer's single statement) and one with a group call (a transaction).
    for (const [prefix, withGroup] of [['t', false], ['g', true]] as const) {
      const response = await send(h(), key, '/v1/batch', { batch: [
        track(`${prefix}1`, 'u1', 'Signed In', '2026-11-02T01:00:00Z'),
        track(`${prefix}2`, `u${nul}2`, `Report${nul}Viewed`, '2026-11-02T02:00:00Z', { properties: { title: `売上${nul}月次`, [`k${nul}`]: [`a${nul}`] } }),
        ...(withGroup ? [{ type: 'group', messageId: `${prefix}3`, userId: 'u1', groupId: `grp${nul}9`, traits: { name: `x${nul}` }, timestamp: '2026-11-02T03:00:00Z' }] : []),
      ] });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ stored: withGroup ? 3 : 2, rejected: [] });
    }
    const stored = await queryRows<{ message_id: string; event: string | null; user_id: string; group_id: string | null; properties: unknown }>(h().database.db, sql`
      select message_id, event, user_id, group_id, properties from usage_events where workspace_id = ${ws.id}::uuid and message_id in ('t2', 'g3')
      order by message_id`);
    expect(stored).toEqual([
      { message_id: 'g3', event: null, user_id: 'u1', group_id: 'grp\uFFFD9', properties: null },
      { message_id: 't2', event: 'Report\uFFFDViewed', user_id: 'u\uFFFD2', group_id: null, properties: { title: '売上\uFFFD月次', 'k\uFFFD': ['a\uFFFD'] } },
    ]);
  });

  it('refuses oversized bodies and events with 400, bad keys with 401, and read-only keys with 403', async () => {
    const ws = await h().newWorkspace();
    const key = await writeKey(ws);
    const big = { batch: [track('b1', 'u1', 'x', '2026-11-02T01:00:00Z', { properties: { blob: 'x'.repeat(510 * 1024) } })] };
    const tooBig = await send(h(), key, '/v1/batch', big);
    expect(tooBig.status).toBe(400);
    expect((await tooBig.json()).code).toBe('ingest.batch_too_large');
    const bigEvent = await send(h(), key, '/v1/batch', { batch: [track('b2', 'u1', 'x', '2026-11-02T01:00:00Z', { properties: { blob: 'x'.repeat(33 * 1024) } })] });
    expect((await bigEvent.json()).rejected[0].reason).toBe('too_large');
    expect((await send(h(), 'kz_nope', '/v1/batch', { batch: [] })).status).toBe(401);
    const notABatch = await send(h(), key, '/v1/batch', { events: [] });
    expect(notABatch.status).toBe(400);
    expect((await notABatch.json()).fields[0].path).toBe('batch');
  });

  it('keeps events of unknown groups and attaches them when the group call arrives', async () => {
    const ws = await h().newWorkspace();
    const key = await writeKey(ws);
    await send(h(), key, '/v1/batch', { batch: [track('w1', 'later', 'Signed In', '2026-11-03T01:00:00Z')] });
    const account = await ws.admin.post('/api/v1/accounts', { name: '後から株式会社', externalId: 'crm-9' });
    const unmatched = await ws.admin.get('/api/v1/usage/unmatched');
    expect(unmatched.body.items).toEqual([expect.objectContaining({ userId: 'later', groupId: null, events: 1 })]);
    const grouped = await send(h(), key, '/v1/group', { userId: 'later', groupId: 'crm-9', messageId: 'w2' });
    expect(await grouped.json()).toMatchObject({ attached: 1 });
    const rows = await queryRows<{ account_id: string; events: number }>(h().database.db, sql`
      select account_id, events from usage_user_days where workspace_id = ${ws.id}::uuid`);
    expect(rows).toEqual([{ account_id: account.body.id, events: 1 }]);
    expect((await ws.admin.get('/api/v1/usage/unmatched')).body.items).toEqual([]);
  });

  it('never lets one workspace see or write another workspace’s usage', async () => {
    const a = await h().newWorkspace();
    const b = await h().newWorkspace();
    const keyA = await writeKey(a);
    await b.admin.post('/api/v1/accounts', { name: 'B社', productId: 'shared-id' });
    const sent = await send(h(), keyA, '/v1/batch', { batch: [track('x1', 'u1', 'Signed In', '2026-11-02T01:00:00Z', { context: { groupId: 'shared-id' } })] });
    expect(await sent.json()).toMatchObject({ stored: 1, unmatched: 1 });
    expect((await b.admin.get('/api/v1/usage/unmatched')).body.items).toEqual([]);
  });

  it('reports an account\'s usage: active users against seats, days, features without sign-ins, top users', async () => {
    const ws = await h().newWorkspace();
    const key = await writeKey(ws);
    const account = await ws.admin.post('/api/v1/accounts', { name: '利用報告株式会社', productId: 'rep' });
    await ws.admin.post('/api/v1/subscriptions', { accountId: account.body.id, plan: 'Pro', quantity: 8, unitPrice: 1000 });
    const today = new Date().toISOString().slice(0, 10);
    const at = (hour: number) => `${today}T0${hour}:00:00Z`;
    await send(h(), key, '/v1/batch', { batch: [
      track('r1', 'alice', 'Signed In', at(1), { context: { groupId: 'rep' } }),
      track('r2', 'alice', 'Report Viewed', at(2), { context: { groupId: 'rep' } }),
      track('r3', 'bob', 'Report Viewed', at(3), { context: { groupId: 'rep' } }),
      track('r4', 'bob', 'Export Downloaded', at(4), { context: { groupId: 'rep' }, properties: { duration: 600 } }),
      { type: 'page', messageId: 'r5', userId: 'bob', timestamp: at(5), context: { groupId: 'rep' } },
    ] });
    const usage = (await ws.admin.get(`/api/v1/accounts/${account.body.id}/usage?days=30`)).body;
    // alice: 1 h from first to last event; bob: 600 s of reported duration.
    expect(usage).toMatchObject({ seats: 8, activeUsers: 2, activeUserRatio: 0.25, events: 5, usageSeconds: 3600 + 600, featureBreadth: 2 });
    expect(usage.features.map((f: { event: string; count: number }) => [f.event, f.count])).toEqual([
      ['Report Viewed', 2], ['Export Downloaded', 1], ['Page Viewed', 1], ['Signed In', 1],
    ]);
    expect(usage.topUsers.map((u: { userId: string; events: number }) => [u.userId, u.events])).toEqual([['bob', 3], ['alice', 2]]);
    expect(usage.daily).toEqual([{ day: today, events: 5, activeUsers: 2, usageSeconds: 4200 }]);
  });

  it('drops an account\'s rollups with it and keeps its events as unmatched', async () => {
    const ws = await h().newWorkspace();
    const key = await writeKey(ws);
    const account = await ws.admin.post('/api/v1/accounts', { name: '削除株式会社', productId: 'gone' });
    await send(h(), key, '/v1/batch', { batch: [track('d1', 'u1', 'Signed In', '2026-11-02T01:00:00Z', { context: { groupId: 'gone' } })] });
    expect((await ws.admin.del(`/api/v1/accounts/${account.body.id}`)).status).toBe(204);
    const [left] = await queryRows<{ days: number; events: number }>(h().database.db, sql`
      select (select count(*) from usage_user_days where workspace_id = ${ws.id}::uuid)::int
           + (select count(*) from usage_event_days where workspace_id = ${ws.id}::uuid)::int as days,
             (select count(*) from usage_events where workspace_id = ${ws.id}::uuid and account_id is null)::int as events`);
    expect(left).toEqual({ days: 0, events: 1 });
    expect((await ws.admin.get('/api/v1/usage/unmatched')).body.items).toEqual([expect.objectContaining({ groupId: 'gone', events: 1 })]);
  });

  it('keeps a waiting account\'s place in the health queue and sends an account being scored to the back', async () => {
    const ws = await h().newWorkspace();
    const key = await writeKey(ws);
    const waiting = await ws.admin.post('/api/v1/accounts', { name: '待機株式会社', productId: 'grp-wait' });
    const scoring = await ws.admin.post('/api/v1/accounts', { name: '採点中株式会社', productId: 'grp-busy' });
    // One account waits in the queue; a worker has claimed the other, queued earlier.
    await h().database.db.execute(sql`
      update health_dirty set bumps = 0,
        queued_at = case when account_id = ${scoring.body.id}::uuid then timestamptz '2020-01-01' else timestamptz '2020-01-02' end,
        claimed_at = case when account_id = ${scoring.body.id}::uuid then now() end
      where workspace_id = ${ws.id}::uuid`);
    const sent = await send(h(), key, '/v1/batch', { batch: [
      track('q1', 'u1', 'Report Viewed', '2026-11-02T01:00:00Z', { context: { groupId: 'grp-wait' } }),
      track('q2', 'u2', 'Report Viewed', '2026-11-02T01:00:00Z', { context: { groupId: 'grp-busy' } }),
    ] });
    expect(sent.status).toBe(200);
    await moveLoggedUsage(h().database.db, [ws.id]);
    const queue = await queryRows<{ account_id: string; bumps: number; claimed: boolean; moved: boolean }>(h().database.db, sql`
      select account_id, bumps, claimed_at is not null as claimed, queued_at > timestamptz '2020-01-02' as moved
      from health_dirty where workspace_id = ${ws.id}::uuid order by queued_at`);
    expect(queue).toEqual([
      // still waiting: it will be scored with the new events anyway, and keeps its place
      { account_id: waiting.body.id, bumps: 0, claimed: false, moved: false },
      // being scored: marked so the worker keeps the row, released, and queued behind everyone waiting
      { account_id: scoring.body.id, bumps: 1, claimed: false, moved: true },
    ]);
  });

  it('lets batches for the same account commit side by side, and attaches waiting events once when two transactions race', async () => {
    // Side by side on PostgreSQL; PGlite has one connection, so there one after the other.
    const concurrent = h().database.dialect === 'postgres';
    const ws = await h().newWorkspace();
    const db = h().database.db;
    await ws.admin.post('/api/v1/accounts', { name: '並行株式会社', productId: 'grp-side' });
    // (Other users and names on another day: the rollup rows differ, only the account is the same.)
    const batch = (prefix: string, user: string, event: string, day: string) => ['09', '10', '11'].map((hour, i) =>
      track(`${prefix}${i}`, user, event, `${day}T${hour}:00:00Z`, { context: { groupId: 'grp-side' } }));
    const ingest = (messages: unknown[], into: Parameters<typeof ingestMessages>[0] = db) =>
      ingestMessages(into, { workspaceId: ws.id, messages, receivedAt: new Date('2026-11-03T00:00:00Z') });
    const timeout = (ms: number) => new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), ms));
    // A batch for the account is stored but not committed yet; another for the same account
    // commits meanwhile, without waiting for it (queueing the account only ever inserts).
    const open = batch('open-', 'u1', 'Report Viewed', '2026-11-01');
    const side = batch('side-', 'u2', 'Search Performed', '2026-11-02');
    if (concurrent) {
      await db.transaction(async (tx) => {
        await ingest(open, tx as unknown as typeof db);
        expect(await Promise.race([ingest(side).then((r) => r.stored), timeout(5_000)])).toBe(3);
      });
    } else {
      await ingest(open);
      await ingest(side);
    }
    const days = await queryRows<{ event: string; count: number }>(db, sql`
      select event, count from usage_event_days where workspace_id = ${ws.id}::uuid order by event`);
    expect(days).toEqual([{ event: 'Report Viewed', count: 3 }, { event: 'Search Performed', count: 3 }]);
    expect((await queryRows<{ n: number }>(db, sql`
      select count(*)::int as n from health_dirty_log where workspace_id = ${ws.id}::uuid`))[0]?.n).toBe(2);

    // Events of a group nobody knows yet wait; then its account appears, and two transactions
    // attach them at once: the one that waited for the other's locks finds them attached.
    await ingest([track('late-1', 'u9', 'Export Downloaded', '2026-11-02T12:00:00Z', { context: { groupId: 'grp-late' } }),
      track('late-2', 'u9', 'Export Downloaded', '2026-11-02T13:00:00Z', { context: { groupId: 'grp-late' } })]);
    await ws.admin.post('/api/v1/accounts', { name: '後発株式会社', productId: 'grp-late' });
    if (concurrent) {
      let second: Promise<number> | null = null;
      await db.transaction(async (tx) => {
        expect(await attachUnmatched(tx, ws.id)).toBe(2);
        second = db.transaction((other) => attachUnmatched(other, ws.id));
        // (It waits for this transaction's row locks.)
        expect(await Promise.race([second, timeout(300)])).toBe('waited');
      });
      expect(await second).toBe(0);
    } else {
      expect(await db.transaction((tx) => attachUnmatched(tx, ws.id))).toBe(2);
      expect(await db.transaction((tx) => attachUnmatched(tx, ws.id))).toBe(0);
    }
    const [late] = await queryRows<{ count: number }>(db, sql`
      select count from usage_event_days where workspace_id = ${ws.id}::uuid and event = 'Export Downloaded'`);
    expect(late?.count).toBe(2);
  });

  it('merges requests waiting for the writer into one statement, each answered with its own counts', async () => {
    const ws = await h().newWorkspace();
    const db = h().database.db;
    await ws.admin.post('/api/v1/accounts', { name: '合流株式会社', productId: 'grp-merge' });
    const at = (hour: number) => `2026-11-02T${String(hour).padStart(2, '0')}:00:00Z`;
    const ingest = (messages: unknown[], writer: ReturnType<typeof createIngestWriter>) =>
      ingestMessages(db, { workspaceId: ws.id, messages, receivedAt: new Date('2026-11-03T00:00:00Z'), writer });
    const group = { context: { groupId: 'grp-merge' } };
    await ingest([track('old-1', 'u1', 'Report Viewed', at(1), group)], createIngestWriter(db));

    // One lane: the first request is written at once, the other three wait and go as one statement.
    const writer = createIngestWriter(db, { lanes: 1 });
    const reports = await Promise.all([
      ingest([track('a-1', 'u1', 'Report Viewed', at(2), group), track('a-2', 'u2', 'Report Viewed', at(3), group)], writer),
      // b-1 is also in c; old-1 was stored before; nobody knows grp-nobody yet
      ingest([track('b-1', 'u1', 'Search Performed', at(4), group), track('old-1', 'u1', 'Report Viewed', at(1), group),
        track('b-2', 'u3', 'Search Performed', at(5), { context: { groupId: 'grp-nobody' } })], writer),
      ingest([track('b-1', 'u1', 'Search Performed', at(4), group), track('c-1', 'u2', 'Search Performed', at(6), group)], writer),
      ingest([{ type: 'track', userId: 'u1' }, track('d-1', 'u2', 'Report Viewed', at(7), group)], writer),
    ]);
    expect(writer.statements()).toBe(2);
    expect(reports.map(({ received, stored, duplicates, unmatched, rejected }) => ({ received, stored, duplicates, unmatched, rejected: rejected.length })))
      .toEqual([
        { received: 2, stored: 2, duplicates: 0, unmatched: 0, rejected: 0 },
        { received: 3, stored: 2, duplicates: 1, unmatched: 1, rejected: 0 },
        { received: 2, stored: 1, duplicates: 1, unmatched: 0, rejected: 0 },
        { received: 2, stored: 1, duplicates: 0, unmatched: 0, rejected: 1 },
      ]);
    // The rollups count each stored event once: 1 + 2 + 1 + 1 + 1 matched events.
    const events = await queryRows<{ event: string; count: number }>(db, sql`
      select event, count from usage_event_days where workspace_id = ${ws.id}::uuid order by event`);
    expect(events).toEqual([{ event: 'Report Viewed', count: 4 }, { event: 'Search Performed', count: 2 }]);
    const users = await queryRows<{ user_id: string; events: number }>(db, sql`
      select user_id, events from usage_user_days where workspace_id = ${ws.id}::uuid order by user_id`);
    expect(users).toEqual([{ user_id: 'u1', events: 3 }, { user_id: 'u2', events: 3 }]);
    const [stored] = await queryRows<{ n: number; unmatched: number }>(db, sql`
      select count(*)::int as n, (count(*) filter (where account_id is null))::int as unmatched
      from usage_events where workspace_id = ${ws.id}::uuid`);
    expect(stored).toEqual({ n: 7, unmatched: 1 });
  });
});
