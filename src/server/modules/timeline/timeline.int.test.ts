import { expect, it } from 'vitest';
import { describeEachDatabase, type Client, type Harness } from '../../testing/harness.js';

interface Entry { id: string; kind: string; occurredAt: string; event: string | null; subject: string | null; body: string | null }

async function workspaceWithAccount(h: () => Harness) {
  const ws = await h().newWorkspace();
  const account = await ws.admin.post('/api/v1/accounts', { name: '株式会社あおば製作所' });
  return { ws, accountId: account.body.id as string };
}

async function readAll(client: Client, accountId: string, query: string): Promise<Entry[]> {
  const seen: Entry[] = [];
  let cursor: string | null = null;
  do {
    const res: { status: number; body: { items: Entry[]; nextCursor: string | null } } =
      await client.get(`/api/v1/accounts/${accountId}/timeline?${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status).toBe(200);
    seen.push(...res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return seen;
}

describeEachDatabase('timeline API', (h) => {
  it('writes a meeting with a contact and shows it with its author and contact, newest first', async () => {
    const { ws, accountId } = await workspaceWithAccount(h);
    const { body: contact } = await ws.admin.post('/api/v1/contacts', { accountId, name: '木村 部長', level: 'executive' });
    const created = await ws.admin.post(`/api/v1/accounts/${accountId}/activities`, {
      kind: 'meeting', occurredAt: '2026-04-10T14:00:00+09:00', subject: '四半期レビュー', body: '活用状況を共有。次回は6月。', contactId: contact.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      accountId, kind: 'meeting', occurredAt: '2026-04-10T05:00:00.000Z', subject: '四半期レビュー', contactId: contact.id,
      contactName: '木村 部長', authorId: ws.admin.userId, authorName: '管理 太郎', event: null, data: null,
    });
    await ws.admin.post(`/api/v1/accounts/${accountId}/activities`, { kind: 'call', occurredAt: '2026-04-12T09:00:00Z', body: '電話で確認' });
    const manual = (await ws.admin.get(`/api/v1/accounts/${accountId}/timeline`)).body.items.filter((a: Entry) => a.kind !== 'system');
    expect(manual.map((a: Entry) => a.body)).toEqual(['電話で確認', '活用状況を共有。次回は6月。']);
    const audit = await ws.admin.get('/api/v1/audit');
    expect(audit.body.items.filter((e: { entity: string }) => e.entity === 'activity')).toHaveLength(2);
  });

  it('refuses to edit or delete system entries', async () => {
    const { ws, accountId } = await workspaceWithAccount(h);
    const [system] = (await ws.admin.get(`/api/v1/accounts/${accountId}/timeline?kind=system`)).body.items;
    expect(system.event).toBe('account.created');
    const edit = await ws.admin.patch(`/api/v1/activities/${system.id}`, { body: '書き換え' });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('activity.not_editable');
    expect((await ws.admin.del(`/api/v1/activities/${system.id}`)).body.code).toBe('activity.not_editable');
    const after = (await ws.admin.get(`/api/v1/accounts/${accountId}/timeline?kind=system`)).body.items;
    expect(after).toEqual([system]);
  });

  it('edits and deletes a note, recording what changed', async () => {
    const { ws, accountId } = await workspaceWithAccount(h);
    const { body: note } = await ws.admin.post(`/api/v1/accounts/${accountId}/activities`, { kind: 'note', body: '初回メモ', occurredAt: '2026-04-01T00:00:00Z' });
    const edited = await ws.admin.patch(`/api/v1/activities/${note.id}`, { subject: '要約', body: '修正したメモ', occurredAt: '2026-04-02T00:00:00Z' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ subject: '要約', body: '修正したメモ', occurredAt: '2026-04-02T00:00:00.000Z' });
    expect((await ws.admin.del(`/api/v1/activities/${note.id}`)).status).toBe(204);
    expect((await ws.admin.patch(`/api/v1/activities/${note.id}`, { body: 'x' })).status).toBe(404);
    const audit = (await ws.admin.get('/api/v1/audit')).body.items.filter((e: { entity: string }) => e.entity === 'activity');
    expect(audit.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'delete', 'update']);
    expect(audit.find((e: { action: string }) => e.action === 'update').changes).toMatchObject({ subject: [null, '要約'], body: 'changed' });
  });

  it("accepts only a contact of the account itself", async () => {
    const { ws, accountId } = await workspaceWithAccount(h);
    const { body: other } = await ws.admin.post('/api/v1/accounts', { name: '別の会社' });
    const { body: stranger } = await ws.admin.post('/api/v1/contacts', { accountId: other.id, name: '他社の人' });
    const res = await ws.admin.post(`/api/v1/accounts/${accountId}/activities`, { kind: 'email', body: '送付', contactId: stranger.id });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([{ path: 'contactId', message: 'is not a contact of this account' }]);
    const { body: note } = await ws.admin.post(`/api/v1/accounts/${accountId}/activities`, { kind: 'email', body: '送付' });
    expect((await ws.admin.patch(`/api/v1/activities/${note.id}`, { contactId: stranger.id })).status).toBe(400);
  });

  it('names a missing or oversized body and a manual entry posing as a system one', async () => {
    const { ws, accountId } = await workspaceWithAccount(h);
    const post = (body: unknown) => ws.admin.post(`/api/v1/accounts/${accountId}/activities`, body);
    const paths = async (body: unknown) => (await post(body)).body.fields.map((f: { path: string }) => f.path);
    expect(await paths({ kind: 'note', body: '   ' })).toEqual(['body']);
    expect(await paths({ kind: 'note', body: 'あ'.repeat(20_001) })).toEqual(['body']);
    expect(await paths({ kind: 'system', body: 'x' })).toEqual(['kind']);
    expect(await paths({ kind: 'note', body: 'x', occurredAt: '2026-04-01' })).toEqual(['occurredAt']);
    expect((await post({ kind: 'note', body: 'あ'.repeat(20_000) })).status).toBe(201);
  });

  it('pages newest first with a cursor without gaps or repeats, even when entries share a moment', async () => {
    const { ws, accountId } = await workspaceWithAccount(h);
    const times = ['2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z', '2026-02-01T00:00:00Z', '2025-12-31T23:59:59.999Z'];
    const ids: string[] = [];
    for (const [i, occurredAt] of times.entries()) {
      ids.push((await ws.admin.post(`/api/v1/accounts/${accountId}/activities`, { kind: 'note', body: `メモ${i}`, occurredAt })).body.id);
    }
    const all = await readAll(ws.admin, accountId, 'kind=note&limit=2');
    expect(all.map((a) => a.id).sort()).toEqual([...ids].sort());
    expect(all.map((a) => a.occurredAt)).toEqual([
      '2026-02-01T00:00:00.000Z', '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z', '2025-12-31T23:59:59.999Z',
    ]);
    const tied = all.slice(1, 4).map((a) => a.id);
    expect(tied).toEqual([...tied].sort().reverse()); // ties broken by id, descending
    const everything = await readAll(ws.admin, accountId, 'limit=1');
    expect(everything.map((a) => a.kind).sort()).toEqual(['note', 'note', 'note', 'note', 'note', 'system']);
  });

  it('lets a viewer read the timeline but not write, and keeps other workspaces out', async () => {
    const { ws, accountId } = await workspaceWithAccount(h);
    const { body: note } = await ws.admin.post(`/api/v1/accounts/${accountId}/activities`, { kind: 'note', body: 'メモ' });
    const viewer = await ws.as('viewer');
    expect((await viewer.get(`/api/v1/accounts/${accountId}/timeline`)).status).toBe(200);
    for (const res of [
      await viewer.post(`/api/v1/accounts/${accountId}/activities`, { kind: 'note', body: 'x' }),
      await viewer.patch(`/api/v1/activities/${note.id}`, { body: 'x' }),
      await viewer.del(`/api/v1/activities/${note.id}`),
    ]) expect(res.status).toBe(403);
    const other = await h().newWorkspace();
    expect((await other.admin.get(`/api/v1/accounts/${accountId}/timeline`)).status).toBe(404);
    expect((await other.admin.post(`/api/v1/accounts/${accountId}/activities`, { kind: 'note', body: 'x' })).status).toBe(404);
    expect((await other.admin.patch(`/api/v1/activities/${note.id}`, { body: 'x' })).status).toBe(404);
    expect((await other.admin.del(`/api/v1/activities/${note.id}`)).status).toBe(404);
  });
});
