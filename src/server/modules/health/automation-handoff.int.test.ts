/** The hand-off from the health worker to the automation queue: one statement at a time, nothing lost in between. */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase } from '../../testing/harness.js';
import { automationHandoff } from './automation-handoff.js';

describeEachDatabase('automation hand-off', (h) => {
  const queued = async (workspaceId: string) => (await queryRows<{ account_id: string }>(h().database.db, sql`
    select account_id from automation_dirty where workspace_id = ${workspaceId}::uuid order by account_id`)).map((r) => r.account_id);

  it('writes accounts handed off while a write is under way with the next one, and each caller waits for its own', async () => {
    const ws = await h().newWorkspace();
    const ids: string[] = [];
    for (const name of ['一株式会社', '二株式会社', '三株式会社']) ids.push((await ws.admin.post('/api/v1/accounts', { name })).body.id);
    const writes: number[] = [];
    const handoff = automationHandoff(h().database.db, { onError: (error) => { throw error; }, onQueued: () => writes.push(1) });
    // Three passes end at once: the first write starts, the other two wait and go together.
    const done = [0, 1, 2].map((i) => handoff.add([{ workspace_id: ws.id, account_id: ids[i]! }], []));
    await done[1];
    expect(await queued(ws.id)).toEqual([...ids].sort());
    await Promise.all(done);
    expect(writes).toEqual([1, 1]);
  });

  it('queues every account of a workspace handed off whole, and only accounts that exist', async () => {
    const ws = await h().newWorkspace();
    const other = await h().newWorkspace();
    const ids: string[] = [];
    for (const name of ['甲株式会社', '乙株式会社']) ids.push((await ws.admin.post('/api/v1/accounts', { name })).body.id);
    const elsewhere = (await other.admin.post('/api/v1/accounts', { name: '丙株式会社' })).body.id as string;
    const handoff = automationHandoff(h().database.db, { onError: (error) => { throw error; } });
    // An account id from another workspace, or one deleted since, is not queued under this workspace.
    await handoff.add([elsewhere, '00000000-0000-4000-8000-000000000000'].map((id) => ({ workspace_id: other.id, account_id: id })), [ws.id]);
    expect(await queued(ws.id)).toEqual([...ids].sort());
    expect(await queued(other.id)).toEqual([elsewhere]);
    expect(await handoff.add([], [])).toBeUndefined();
  });
});
