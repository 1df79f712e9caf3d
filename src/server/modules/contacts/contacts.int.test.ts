import { expect, it } from 'vitest';
import { describeEachDatabase, type Client } from '../../testing/harness.js';

async function newAccount(client: Client, name = '株式会社さくらテック') {
  const res = await client.post('/api/v1/accounts', { name });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

describeEachDatabase('contacts API', (h) => {
  it('adds a contact to an account, shows it in the account list, and writes a timeline entry and an audit row', async () => {
    const ws = await h().newWorkspace();
    const accountId = await newAccount(ws.admin);
    const created = await ws.admin.post('/api/v1/contacts', {
      accountId, name: '佐藤 花子', nameReading: 'サトウ ハナコ', email: 'Hanako.Sato@Example.jp', title: '情報システム部 部長',
      level: 'executive', role: 'decision_maker', notes: '導入の決裁者。四半期ごとに定例。', cadenceDays: 90, channel: 'online_meeting',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      accountId, accountName: '株式会社さくらテック', name: '佐藤 花子', email: 'hanako.sato@example.jp', level: 'executive',
      role: 'decision_maker', cadenceDays: 90, channel: 'online_meeting', lastContactAt: null, customFields: {},
    });
    const list = await ws.admin.get(`/api/v1/accounts/${accountId}/contacts`);
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([created.body.id]);
    const timeline = await ws.admin.get(`/api/v1/accounts/${accountId}/timeline?kind=system`);
    const entry = timeline.body.items.find((a: { event: string }) => a.event === 'contact.created');
    expect(entry).toMatchObject({ contactId: created.body.id, contactName: '佐藤 花子', data: { name: '佐藤 花子' } });
    const audit = await ws.admin.get('/api/v1/audit');
    expect(audit.body.items.some((e: { entity: string; action: string }) => e.entity === 'contact' && e.action === 'create')).toBe(true);
  });

  it("cannot attach a contact to another workspace's account, nor see or touch another workspace's contacts", async () => {
    const mine = await h().newWorkspace();
    const theirs = await h().newWorkspace();
    const theirAccount = await newAccount(theirs.admin, '他社');
    const refused = await mine.admin.post('/api/v1/contacts', { accountId: theirAccount, name: '侵入 太郎' });
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([{ path: 'accountId', message: 'no such account' }]);
    expect((await mine.admin.get(`/api/v1/accounts/${theirAccount}/contacts`)).status).toBe(404);

    const { body: theirContact } = await theirs.admin.post('/api/v1/contacts', { accountId: theirAccount, name: '山田 一郎' });
    expect((await mine.admin.get(`/api/v1/contacts/${theirContact.id}`)).status).toBe(404);
    expect((await mine.admin.patch(`/api/v1/contacts/${theirContact.id}`, { name: 'x' })).status).toBe(404);
    expect((await mine.admin.del(`/api/v1/contacts/${theirContact.id}`)).status).toBe(404);
    expect((await mine.admin.get('/api/v1/contacts')).body.items).toEqual([]);
    expect((await theirs.admin.get(`/api/v1/contacts/${theirContact.id}`)).body.name).toBe('山田 一郎');
  });

  it('orders the stakeholder map executives, managers, end users, then people of unknown level, each by reading', async () => {
    const ws = await h().newWorkspace();
    const accountId = await newAccount(ws.admin);
    const people = [
      ['渡辺', 'ワタナベ', 'end_user'], ['青木', 'アオキ', 'manager'], ['加藤', 'カトウ', 'executive'],
      ['佐藤', 'サトウ', null], ['田中', 'タナカ', 'manager'], ['伊藤', 'イトウ', 'executive'],
    ] as const;
    for (const [name, nameReading, level] of people) await ws.admin.post('/api/v1/contacts', { accountId, name, nameReading, level });
    const res = await ws.admin.get(`/api/v1/accounts/${accountId}/contacts`);
    expect(res.body.items.map((c: { name: string }) => c.name)).toEqual(['伊藤', '加藤', '青木', '田中', '渡辺', '佐藤']);
  });

  it('finds contacts by reading typed in any kana, by email and by title, and filters by level and role', async () => {
    const ws = await h().newWorkspace();
    const accountId = await newAccount(ws.admin);
    await ws.admin.post('/api/v1/contacts', { accountId, name: '山田 太郎', nameReading: 'ヤマダ タロウ', email: 'yamada@acme.jp', title: '営業部長', level: 'manager', role: 'champion' });
    await ws.admin.post('/api/v1/contacts', { accountId, name: 'John Smith', email: 'john@acme.com', title: 'CTO', level: 'executive', role: 'decision_maker' });
    const names = async (query: string) => (await ws.admin.get(`/api/v1/contacts?${query}`)).body.items.map((c: { name: string }) => c.name);
    for (const q of ['やまだ', 'ﾔﾏﾀﾞ', 'ヤマダタロウ', 'YAMADA@', '営業']) expect(await names(`q=${encodeURIComponent(q)}`), q).toEqual(['山田 太郎']);
    expect(await names(`q=${encodeURIComponent('ＣＴＯ')}`)).toEqual(['John Smith']);
    expect(await names('level=executive')).toEqual(['John Smith']);
    expect(await names('role=champion')).toEqual(['山田 太郎']);
    expect(await names(`accountId=${accountId}&level=manager&role=champion`)).toEqual(['山田 太郎']);
  });

  it('pages through contacts with a cursor without gaps or repeats, in gojūon order', async () => {
    const ws = await h().newWorkspace();
    const a = await newAccount(ws.admin, 'A社');
    const b = await newAccount(ws.admin, 'B社');
    const people = [['渡辺', 'ワタナベ'], ['青木', 'アオキ'], ['加藤', 'カトウ'], ['佐藤', 'サトウ'], ['田中', 'タナカ'], ['佐藤', 'サトウ']];
    for (const [i, [name, nameReading]] of people.entries()) {
      await ws.admin.post('/api/v1/contacts', { accountId: i % 2 ? a : b, name, nameReading });
    }
    const seen: string[] = [];
    const ids = new Set<string>();
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string; name: string }[]; nextCursor: string | null } } =
        await ws.admin.get(`/api/v1/contacts?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      for (const c of res.body.items) {
        seen.push(c.name);
        ids.add(c.id);
      }
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['青木', '加藤', '佐藤', '佐藤', '田中', '渡辺']);
    expect(ids.size).toBe(6);
  });

  it('rejects a forged cursor as a bad request, not a server error', async () => {
    const ws = await h().newWorkspace();
    const forged = Buffer.from(JSON.stringify(['a', 'not-a-uuid'])).toString('base64url');
    const res = await ws.admin.get(`/api/v1/contacts?cursor=${forged}`);
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([{ path: 'cursor', message: 'not a cursor returned by this API' }]);
  });

  it('names every bad field, including unknown custom fields, and coerces defined ones', async () => {
    const ws = await h().newWorkspace();
    const accountId = await newAccount(ws.admin);
    await ws.admin.post('/api/v1/custom-fields', { entity: 'contact', key: 'birthday_month', labelJa: '誕生月', labelEn: 'Birthday month', type: 'number' });
    const bad = await ws.admin.post('/api/v1/contacts', { accountId, name: '', email: 'not-an-email', level: 'ceo', cadenceDays: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['cadenceDays', 'email', 'level', 'name']);
    const unknown = await ws.admin.post('/api/v1/contacts', { accountId, name: 'A', customFields: { shoe_size: 27 } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields.map((f: { path: string }) => f.path)).toEqual(['customFields.shoe_size']);
    const ok = await ws.admin.post('/api/v1/contacts', { accountId, name: 'A', email: '', customFields: { birthday_month: '１２' } });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ email: null, customFields: { birthday_month: 12 } });
  });

  it('refuses a second contact with the same external id, naming the field', async () => {
    const ws = await h().newWorkspace();
    const accountId = await newAccount(ws.admin);
    await ws.admin.post('/api/v1/contacts', { accountId, name: 'A', externalId: 'SF-003' });
    const res = await ws.admin.post('/api/v1/contacts', { accountId, name: 'B', externalId: 'SF-003' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('contact.external_id_taken');
    expect(res.body.fields).toEqual([{ path: 'externalId', message: 'is already used by another contact' }]);
  });

  it('records what changed on update, nothing when nothing changed, and does not move a contact between accounts', async () => {
    const ws = await h().newWorkspace();
    const accountId = await newAccount(ws.admin);
    const other = await newAccount(ws.admin, '別会社');
    const { body: c } = await ws.admin.post('/api/v1/contacts', { accountId, name: '鈴木', level: 'manager' });
    const changed = await ws.admin.patch(`/api/v1/contacts/${c.id}`, { level: 'executive', accountId });
    expect(changed.body.level).toBe('executive');
    await ws.admin.patch(`/api/v1/contacts/${c.id}`, { level: 'executive' });
    const audit = await ws.admin.get('/api/v1/audit');
    const updates = audit.body.items.filter((e: { entity: string; action: string }) => e.entity === 'contact' && e.action === 'update');
    expect(updates.map((u: { changes: unknown }) => u.changes)).toEqual([{ level: ['manager', 'executive'] }]);
    const timeline = await ws.admin.get(`/api/v1/accounts/${accountId}/timeline?kind=system`);
    expect(timeline.body.items.find((a: { event: string }) => a.event === 'contact.updated').data)
      .toEqual({ name: '鈴木', changes: { level: ['manager', 'executive'] } });
    const moved = await ws.admin.patch(`/api/v1/contacts/${c.id}`, { accountId: other });
    expect(moved.status).toBe(400);
    expect(moved.body.fields.map((f: { path: string }) => f.path)).toEqual(['accountId']);
  });

  it('dates the last contact by the latest note, meeting, call or email with the person, not system entries or future plans', async () => {
    const ws = await h().newWorkspace();
    const accountId = await newAccount(ws.admin);
    const { body: c } = await ws.admin.post('/api/v1/contacts', { accountId, name: '高橋' });
    const { body: other } = await ws.admin.post('/api/v1/contacts', { accountId, name: '小林' });
    const write = (contactId: string, kind: string, occurredAt: string) =>
      ws.admin.post(`/api/v1/accounts/${accountId}/activities`, { kind, occurredAt, body: '定例', contactId });
    await write(c.id, 'meeting', '2026-01-10T10:00:00+09:00');
    await write(c.id, 'call', '2026-02-03T15:30:00+09:00');
    await write(other.id, 'email', '2026-03-01T09:00:00+09:00');
    await write(c.id, 'meeting', '2999-01-01T00:00:00Z');
    expect((await ws.admin.get(`/api/v1/contacts/${c.id}`)).body.lastContactAt).toBe('2026-02-03T06:30:00.000Z');
    const list = await ws.admin.get(`/api/v1/accounts/${accountId}/contacts`);
    expect(list.body.items.map((x: { name: string; lastContactAt: string }) => [x.name, x.lastContactAt]))
      .toEqual([['小林', '2026-03-01T00:00:00.000Z'], ['高橋', '2026-02-03T06:30:00.000Z']]);
  });

  it('deletes a contact but keeps the activities with them on the timeline, detached', async () => {
    const ws = await h().newWorkspace();
    const accountId = await newAccount(ws.admin);
    const { body: c } = await ws.admin.post('/api/v1/contacts', { accountId, name: '中村' });
    const { body: note } = await ws.admin.post(`/api/v1/accounts/${accountId}/activities`, { kind: 'note', body: '中村さんと面談', contactId: c.id });
    expect((await ws.admin.del(`/api/v1/contacts/${c.id}`)).status).toBe(204);
    expect((await ws.admin.get(`/api/v1/contacts/${c.id}`)).status).toBe(404);
    const timeline = await ws.admin.get(`/api/v1/accounts/${accountId}/timeline`);
    const kept = timeline.body.items.find((a: { id: string }) => a.id === note.id);
    expect(kept).toMatchObject({ body: '中村さんと面談', contactId: null, contactName: null });
    expect(timeline.body.items.find((a: { event: string }) => a.event === 'contact.deleted').data).toEqual({ name: '中村' });
  });

  it('lets a viewer read contacts but not write them', async () => {
    const ws = await h().newWorkspace();
    const accountId = await newAccount(ws.admin);
    const { body: c } = await ws.admin.post('/api/v1/contacts', { accountId, name: '伊藤' });
    const viewer = await ws.as('viewer');
    expect((await viewer.get(`/api/v1/accounts/${accountId}/contacts`)).status).toBe(200);
    expect((await viewer.get('/api/v1/contacts')).status).toBe(200);
    for (const res of [
      await viewer.post('/api/v1/contacts', { accountId, name: 'x' }),
      await viewer.patch(`/api/v1/contacts/${c.id}`, { name: 'x' }),
      await viewer.del(`/api/v1/contacts/${c.id}`),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('auth.forbidden');
    }
  });
});
