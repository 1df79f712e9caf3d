/**
 * The health worker's claim on the queue and its release (queue-claims.ts): what one pass
 * takes, what it only reads, and what its clean-up deletes or leaves queued.
 */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows, type Db } from '../../db/connect.js';
import { describeEachDatabase, type TestWorkspace } from '../../testing/harness.js';
import { claimQueued, finishClaims } from './queue-claims.js';

type QueueRow = { name: string; bumps: number; claimed: boolean; usage_from: string | null; claimed_usage_from: string | null };

/** Accounts queued oldest first in the order given (a second apart), and nothing else of the workspace queued. */
async function queued(db: Db, ws: TestWorkspace, names: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const name of names) ids.set(name, (await ws.admin.post('/api/v1/accounts', { name })).body.id as string);
  await db.execute(sql`delete from health_dirty where workspace_id = ${ws.id}::uuid`);
  for (const [i, name] of names.entries()) {
    await db.execute(sql`
      insert into health_dirty (workspace_id, account_id, queued_at)
      values (${ws.id}::uuid, ${ids.get(name)}::uuid, now() - ${`${names.length - i} seconds`}::interval)`);
  }
  return ids;
}

async function queueRows(db: Db, ws: TestWorkspace): Promise<QueueRow[]> {
  return queryRows<QueueRow>(db, sql`
    select a.name, d.bumps, d.claimed_at is not null as claimed, d.usage_from::text as usage_from,
      d.claimed_usage_from::text as claimed_usage_from
    from health_dirty d join accounts a on a.workspace_id = d.workspace_id and a.id = d.account_id
    where d.workspace_id = ${ws.id}::uuid order by a.name`);
}

describeEachDatabase('health queue claims', (h) => {
  it('claims the oldest accounts up to the batch size, taking over backdated usage, and leaves the newer ones queued', async () => {
    const db = h().database.db;
    const ws = await h().newWorkspace();
    await queued(db, ws, ['a-first', 'b-second', 'c-third']);
    await db.execute(sql`update health_dirty set usage_from = '2026-10-01' where workspace_id = ${ws.id}::uuid`);
    const claim = await claimQueued(db, { batchSize: 2, workspaceIds: [ws.id] });
    expect(claim.claimed).toHaveLength(2);
    expect(claim.scored).toHaveLength(2);
    expect(claim.claimed.every((r) => r.row !== null && r.usage_from === '2026-10-01')).toBe(true);
    expect(await queueRows(db, ws)).toEqual([
      { name: 'a-first', bumps: 0, claimed: true, usage_from: null, claimed_usage_from: '2026-10-01' },
      { name: 'b-second', bumps: 0, claimed: true, usage_from: null, claimed_usage_from: '2026-10-01' },
      { name: 'c-third', bumps: 0, claimed: false, usage_from: '2026-10-01', claimed_usage_from: null },
    ]);
    // Claimed rows are not claimed again while the lease lasts.
    const next = await claimQueued(db, { batchSize: 2, workspaceIds: [ws.id] });
    expect(next.claimed.map((r) => r.account_id)).toEqual(
      (await queryRows<{ id: string }>(db, sql`select id from accounts where workspace_id = ${ws.id}::uuid and name = 'c-third'`)).map((r) => r.id));
  });

  it('deletes what nobody queued again, keeps an account queued again meanwhile and forgets the backdated usage its pass handled', async () => {
    const db = h().database.db;
    const ws = await h().newWorkspace();
    const ids = await queued(db, ws, ['a-done', 'b-again', 'c-again-backdated']);
    await db.execute(sql`update health_dirty set usage_from = '2026-10-01' where workspace_id = ${ws.id}::uuid and account_id = ${ids.get('c-again-backdated')}::uuid`);
    const claim = await claimQueued(db, { batchSize: 10, workspaceIds: [ws.id] });
    expect(claim.claimed).toHaveLength(3);
    // New data for two of them while the pass scores (a sentiment queues its account by trigger).
    for (const name of ['b-again', 'c-again-backdated']) {
      const res = await ws.admin.post(`/api/v1/accounts/${ids.get(name)}/sentiments`, { value: 4, reason: '定例で好感触' });
      expect(res.status).toBe(201);
    }
    await finishClaims(db, claim.claimed);
    expect(await queueRows(db, ws)).toEqual([
      { name: 'b-again', bumps: 1, claimed: false, usage_from: null, claimed_usage_from: null },
      { name: 'c-again-backdated', bumps: 1, claimed: false, usage_from: null, claimed_usage_from: null },
    ]);
    // The next pass takes both and, with nothing new, leaves the queue empty.
    const next = await claimQueued(db, { batchSize: 10, workspaceIds: [ws.id] });
    expect(next.claimed).toHaveLength(2);
    await finishClaims(db, next.claimed);
    expect(await queueRows(db, ws)).toEqual([]);
  });

  it('reads the queued rows another transaction holds without claiming them, and never waits for them when finishing', async () => {
    if (h().database.dialect !== 'postgres') return; // PGlite has one connection: nothing else can hold a row
    const db = h().database.db;
    const ws = await h().newWorkspace();
    const ids = await queued(db, ws, ['a-locked', 'b-free', 'c-free', 'd-newest']);
    const lockedId = ids.get('a-locked');
    await db.transaction(async (tx) => {
      await tx.execute(sql`select 1 from health_dirty where workspace_id = ${ws.id}::uuid and account_id = ${lockedId}::uuid for update`);
      // The two oldest free rows are claimed; the locked one, older than them, is read; the newest is left.
      const claim = await claimQueued(db, { batchSize: 2, workspaceIds: [ws.id] });
      expect(claim.claimed.map((r) => r.account_id).sort()).toEqual([ids.get('b-free'), ids.get('c-free')].sort());
      expect(claim.scored.filter((r) => r.row === null).map((r) => r.account_id)).toEqual([lockedId]);
      // The clean-up skips a claimed row another transaction holds now, rather than wait for it.
      await tx.execute(sql`select 1 from health_dirty where workspace_id = ${ws.id}::uuid and account_id = ${ids.get('b-free')}::uuid for update`);
      await finishClaims(db, claim.claimed);
    });
    expect((await queueRows(db, ws)).map((r) => [r.name, r.claimed])).toEqual([['a-locked', false], ['b-free', true], ['d-newest', false]]);
  });
});
