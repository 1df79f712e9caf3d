import { expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { describeEachDatabase } from '../../testing/harness.js';
import { notify } from './notify.js';

describeEachDatabase('in-app notifications', (h) => {
  it('notifies members only, once each, and lists mine newest first with the unread count', async () => {
    const ws = await h().newWorkspace();
    const other = await h().newWorkspace();
    const csm = await ws.as('csm');
    const { body: account } = await ws.admin.post('/api/v1/accounts', { name: '株式会社ツバキ' });
    const db = h().database.db;
    await db.transaction((tx) => notify(tx, ws.id, {
      // the csm twice, a stranger, a member of another workspace, a malformed id: only the csm gets one
      userIds: [csm.userId!, csm.userId!, randomUUID(), other.admin.userId!, 'not-a-uuid'],
      kind: 'task.assigned', accountId: account.id, data: { title: '更新前のヒアリング', by: '管理 太郎' }, link: `/accounts/${account.id}/tasks`,
    }));
    await new Promise((r) => setTimeout(r, 5));
    await db.transaction((tx) => notify(tx, ws.id, { userIds: [csm.userId!], kind: 'handoff.returned', accountId: account.id, data: { by: '管理 太郎' } }));

    const mine = await csm.get('/api/v1/notifications');
    expect(mine.status).toBe(200);
    expect(mine.body.unreadCount).toBe(2);
    expect(mine.body.items.map((n: { kind: string }) => n.kind)).toEqual(['handoff.returned', 'task.assigned']);
    expect(mine.body.items[1]).toMatchObject({
      accountId: account.id, accountName: '株式会社ツバキ', data: { title: '更新前のヒアリング' }, link: `/accounts/${account.id}/tasks`, readAt: null,
    });
    expect((await other.admin.get('/api/v1/notifications')).body.unreadCount).toBe(0);
    expect((await ws.admin.get('/api/v1/notifications')).body.items).toEqual([]);

    // another member cannot mark my notifications read
    await ws.admin.post('/api/v1/notifications/read', { ids: [mine.body.items[0].id] });
    expect((await csm.get('/api/v1/notifications')).body.unreadCount).toBe(2);

    const one = await csm.post('/api/v1/notifications/read', { ids: [mine.body.items[0].id] });
    expect(one.body).toEqual({ unreadCount: 1 });
    const unread = await csm.get('/api/v1/notifications?unread=true');
    expect(unread.body.items.map((n: { kind: string }) => n.kind)).toEqual(['task.assigned']);
    expect((await csm.post('/api/v1/notifications/read', { all: true })).body).toEqual({ unreadCount: 0 });
    expect((await csm.get('/api/v1/notifications')).body.items.every((n: { readAt: string | null }) => n.readAt !== null)).toBe(true);
  });

  it('asks for ids or all, and has nothing for API keys', async () => {
    const ws = await h().newWorkspace();
    const empty = await ws.admin.post('/api/v1/notifications/read', {});
    expect(empty.status).toBe(400);
    expect(empty.body.fields).toEqual([{ path: 'ids', message: 'give ids, or all: true' }]);
    const key = await ws.withKey('full');
    expect((await key.get('/api/v1/notifications')).status).toBe(403);
  });
});
