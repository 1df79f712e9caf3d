import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase, type Client, type Harness } from '../../testing/harness.js';
import { createTask } from './create-task.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function newAccount(client: Client, name = '株式会社タスク', ownerId?: string) {
  const res = await client.post('/api/v1/accounts', { name, ...(ownerId ? { ownerId } : {}) });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function notificationsOf(h: Harness, workspaceId: string, userId: string) {
  return queryRows<{ kind: string; data: Record<string, unknown>; link: string }>(h.database.db, sql`
    select kind, data, link from notifications where workspace_id = ${workspaceId}::uuid and user_id = ${userId}::uuid order by created_at`);
}

describeEachDatabase('tasks', (h) => {
  it('adds a task for the caller by default, logs it on the timeline and in the audit log, and lists it in the inbox', async () => {
    const ws = await h().newWorkspace();
    const accountId = await newAccount(ws.admin);
    const res = await ws.admin.post('/api/v1/tasks', { accountId, title: '利用状況のヒアリング', reason: 'ログイン数が先週比40%減', dueOn: day(2) });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      accountName: '株式会社タスク', assigneeId: ws.admin.userId, assigneeName: '管理 太郎', status: 'open', group: 'week',
      source: 'manual', reason: 'ログイン数が先週比40%減', createdByName: '管理 太郎',
    });
    const inbox = await ws.admin.get('/api/v1/tasks');
    expect(inbox.body.items.map((t: { id: string }) => t.id)).toEqual([res.body.id]);
    const timeline = await ws.admin.get(`/api/v1/accounts/${accountId}/timeline?kind=system`);
    const entry = timeline.body.items.find((a: { event: string }) => a.event === 'task.created');
    expect(entry.data).toMatchObject({ taskId: res.body.id, title: '利用状況のヒアリング', source: 'manual' });
    const audit = await ws.admin.get('/api/v1/audit');
    expect(audit.body.items.some((e: { entity: string; action: string; entityId: string }) => e.entity === 'task' && e.action === 'create' && e.entityId === res.body.id)).toBe(true);
    // Assigning yourself notifies nobody.
    expect(await notificationsOf(h(), ws.id, ws.admin.userId!)).toEqual([]);
  });

  it('groups open tasks by due date and filters overdue, today and the coming week', async () => {
    const ws = await h().newWorkspace();
    const accountId = await newAccount(ws.admin);
    const dues: Array<[string, string | null]> = [['昨日', day(-1)], ['先月', day(-30)], ['今日', day(0)], ['3日後', day(3)], ['7日後', day(7)], ['10日後', day(10)], ['期限なし', null]];
    for (const [title, dueOn] of dues) expect((await ws.admin.post('/api/v1/tasks', { accountId, title, reason: 'テスト', dueOn })).status).toBe(201);
    const all = await ws.admin.get('/api/v1/tasks');
    expect(all.body.counts).toEqual({ overdue: 2, today: 1, week: 2, later: 1, none: 1 });
    // Open tasks come by due date, undated last.
    expect(all.body.items.map((t: { title: string }) => t.title)).toEqual(['先月', '昨日', '今日', '3日後', '7日後', '10日後', '期限なし']);
    const titles = async (q: string) => (await ws.admin.get(`/api/v1/tasks?${q}`)).body.items.map((t: { title: string }) => t.title);
    expect(await titles('due=overdue')).toEqual(['先月', '昨日']);
    expect(await titles('due=today')).toEqual(['今日']);
    expect(await titles('due=week')).toEqual(['今日', '3日後', '7日後']);
    expect(await titles('status=done')).toEqual([]);
    expect((await ws.admin.get('/api/v1/tasks?due=someday')).status).toBe(400);
    const csv = await ws.admin.get('/api/v1/tasks?due=today&format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = (csv.body as string).replace('\uFEFF', '').trim().split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(`,今日,テスト,管理 太郎,${day(0)},open,today,manual,,`);
  });

  it('marks done, reopens, reassigns with a notification, cancels — each on the timeline and audited', async () => {
    const ws = await h().newWorkspace();
    const csm = await ws.as('csm');
    const accountId = await newAccount(ws.admin, '株式会社リアサイン');
    const { body: task } = await ws.admin.post('/api/v1/tasks', { accountId, title: 'QBRの日程調整', reason: '更新まで60日', dueOn: day(5) });
    const done = await ws.admin.patch(`/api/v1/tasks/${task.id}`, { status: 'done' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', group: null, doneByName: '管理 太郎' });
    expect(done.body.doneAt).not.toBeNull();
    expect((await ws.admin.get('/api/v1/tasks?status=done')).body.items.map((t: { id: string }) => t.id)).toEqual([task.id]);
    const reopened = await ws.admin.patch(`/api/v1/tasks/${task.id}`, { status: 'open' });
    expect(reopened.body).toMatchObject({ status: 'open', doneAt: null, doneByName: null, group: 'week' });
    const moved = await ws.admin.patch(`/api/v1/tasks/${task.id}`, { assigneeId: csm.userId, dueOn: day(1) });
    expect(moved.body).toMatchObject({ assigneeId: csm.userId, assigneeName: 'csm member', dueOn: day(1) });
    const notes = await notificationsOf(h(), ws.id, csm.userId!);
    expect(notes).toEqual([{ kind: 'task.assigned', data: expect.objectContaining({ taskId: task.id, title: 'QBRの日程調整', accountName: '株式会社リアサイン' }), link: `/tasks?task=${task.id}` }]);
    expect((await csm.get('/api/v1/tasks')).body.items.map((t: { id: string }) => t.id)).toEqual([task.id]);
    const cancelled = await csm.patch(`/api/v1/tasks/${task.id}`, { status: 'cancelled' });
    expect(cancelled.body.status).toBe('cancelled');
    // A no-op change writes nothing.
    expect((await csm.patch(`/api/v1/tasks/${task.id}`, { status: 'cancelled' })).status).toBe(200);
    const timeline = await ws.admin.get(`/api/v1/accounts/${accountId}/timeline?kind=system`);
    const events = timeline.body.items.map((a: { event: string }) => a.event).filter((e: string) => e.startsWith('task.')).sort();
    expect(events).toEqual(['task.cancelled', 'task.created', 'task.done', 'task.reassigned', 'task.reopened', 'task.updated']);
    const audit = await ws.admin.get('/api/v1/audit');
    expect(audit.body.items.filter((e: { entity: string; action: string }) => e.entity === 'task' && e.action === 'update')).toHaveLength(4);
  });

  it('lists an account\'s tasks, names bad fields, and refuses other workspaces\' ids and readers\' writes', async () => {
    const ws = await h().newWorkspace();
    const other = await h().newWorkspace();
    const accountId = await newAccount(ws.admin);
    const foreignAccount = await newAccount(other.admin, '他社');
    const { body: mine } = await ws.admin.post('/api/v1/tasks', { accountId, title: '開く', reason: 'r' });
    const { body: closed } = await ws.admin.post('/api/v1/tasks', { accountId, title: '閉じる', reason: 'r' });
    await ws.admin.patch(`/api/v1/tasks/${closed.id}`, { status: 'done' });
    const list = await ws.admin.get(`/api/v1/accounts/${accountId}/tasks`);
    expect(list.body.items.map((t: { title: string }) => t.title)).toEqual(['開く', '閉じる']);
    expect((await ws.admin.get(`/api/v1/accounts/${accountId}/tasks?status=done`)).body.items).toHaveLength(1);

    const bad = await ws.admin.post('/api/v1/tasks', { accountId, title: ' ', reason: '', dueOn: '2025-13-01' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['dueOn', 'reason', 'title']);
    const stranger = await ws.admin.post('/api/v1/tasks', { accountId, title: 't', reason: 'r', assigneeId: other.admin.userId });
    expect(stranger.status).toBe(400);
    expect(stranger.body.fields).toEqual([{ path: 'assigneeId', message: 'not a member of this workspace' }]);

    expect((await ws.admin.post('/api/v1/tasks', { accountId: foreignAccount, title: 't', reason: 'r' })).status).toBe(404);
    expect((await other.admin.patch(`/api/v1/tasks/${mine.id}`, { status: 'done' })).status).toBe(404);
    expect((await other.admin.get(`/api/v1/accounts/${accountId}/tasks`)).status).toBe(404);
    const viewer = await ws.as('viewer');
    expect((await viewer.get('/api/v1/tasks?assignee=all')).body.items.map((t: { id: string }) => t.id)).toEqual([mine.id]);
    expect((await viewer.post('/api/v1/tasks', { accountId, title: 't', reason: 'r' })).status).toBe(403);
    expect((await viewer.patch(`/api/v1/tasks/${mine.id}`, { status: 'done' })).status).toBe(403);
    const key = await ws.withKey('full');
    expect((await key.get('/api/v1/tasks')).status).toBe(400);
    // An API key's task goes to the account owner; the owner is unassigned here, so the task is too.
    const byKey = await key.post('/api/v1/tasks', { accountId, title: 'キーから', reason: 'r' });
    expect(byKey.body).toMatchObject({ assigneeId: null, createdByName: null });
  });

  it('createTask (the contract playbooks use) writes the task as Kizuna itself and notifies the assignee', async () => {
    const ws = await h().newWorkspace();
    const csm = await ws.as('csm');
    const accountId = await newAccount(ws.admin, '株式会社プレイブック', csm.userId!);
    const at = new Date();
    const id = await h().database.db.transaction((tx) => createTask(tx, ws.id, {
      accountId, assigneeId: csm.userId, title: 'ヘルス低下のフォロー', reason: 'ヘルススコアが7日で15点低下', dueOn: day(3), source: 'playbook', at,
    }));
    const { body } = await csm.get('/api/v1/tasks');
    expect(body.items).toEqual([expect.objectContaining({ id, source: 'playbook', createdByName: null, reason: 'ヘルススコアが7日で15点低下' })]);
    const notes = await notificationsOf(h(), ws.id, csm.userId!);
    expect(notes.map((n) => n.kind)).toEqual(['task.assigned']);
    const [audit] = await queryRows<{ actor_type: string; actor_id: string | null }>(h().database.db, sql`
      select actor_type, actor_id from audit_log where workspace_id = ${ws.id}::uuid and entity = 'task' and entity_id = ${id}`);
    expect(audit).toEqual({ actor_type: 'system', actor_id: null });
    await expect(h().database.db.transaction((tx) => createTask(tx, ws.id, {
      accountId: '00000000-0000-4000-8000-000000000000', assigneeId: null, title: 't', reason: 'r', dueOn: null, source: 'manual', at,
    }))).rejects.toMatchObject({ code: 'account.not_found' });
  });
});
