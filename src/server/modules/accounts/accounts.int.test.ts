import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/harness.js';

describeEachDatabase('accounts API', (h) => {
  it('creates an account, reads it back and writes a timeline entry and an audit row', async () => {
    const ws = await h().newWorkspace();
    const created = await ws.admin.post('/api/v1/accounts', {
      name: '株式会社さくらテック', nameReading: 'サクラテック', externalId: 'CRM-001', industry: 'IT', sizeBand: '100-299', plan: 'Pro',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '株式会社さくらテック', externalId: 'CRM-001', status: 'prospect', mrr: 0, currency: 'JPY' });
    const read = await ws.admin.get(`/api/v1/accounts/${created.body.id}`);
    expect(read.body.id).toBe(created.body.id);
    const audit = await ws.admin.get('/api/v1/audit');
    expect(audit.body.items.some((e: { entity: string; action: string }) => e.entity === 'account' && e.action === 'create')).toBe(true);
  });

  it('names every bad field in a problem+json error', async () => {
    const ws = await h().newWorkspace();
    const res = await ws.admin.post('/api/v1/accounts', { name: '', sizeBand: 'huge', ownerId: 'nope' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.code).toBe('request.invalid');
    expect(res.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['name', 'ownerId', 'sizeBand']);
  });

  it('refuses a second account with the same external id, naming the field', async () => {
    const ws = await h().newWorkspace();
    await ws.admin.post('/api/v1/accounts', { name: 'A', externalId: 'X-1' });
    const res = await ws.admin.post('/api/v1/accounts', { name: 'B', externalId: 'X-1' });
    expect(res.status).toBe(409);
    expect(res.body.fields).toEqual([{ path: 'externalId', message: 'is already used by another account' }]);
  });

  it('finds accounts by kana reading typed in katakana, hiragana or half-width, and by full-width Latin', async () => {
    const ws = await h().newWorkspace();
    await ws.admin.post('/api/v1/accounts', { name: '山田商事', nameReading: 'ヤマダショウジ' });
    await ws.admin.post('/api/v1/accounts', { name: 'Acme Corp' });
    for (const q of ['やまだ', 'ヤマダ', 'ﾔﾏﾀﾞ', '山田']) {
      const res = await ws.admin.get(`/api/v1/accounts?q=${encodeURIComponent(q)}`);
      expect(res.body.items.map((a: { name: string }) => a.name), q).toEqual(['山田商事']);
    }
    const latin = await ws.admin.get(`/api/v1/accounts?q=${encodeURIComponent('ＡＣＭＥ')}`);
    expect(latin.body.items.map((a: { name: string }) => a.name)).toEqual(['Acme Corp']);
  });

  it('sorts by reading in gojūon order and pages with a cursor without gaps or repeats', async () => {
    const ws = await h().newWorkspace();
    const names = [['渡辺製作所', 'ワタナベ'], ['青木工業', 'アオキ'], ['加藤物産', 'カトウ'], ['佐藤建設', 'サトウ'], ['田中電機', 'タナカ']];
    for (const [name, nameReading] of names) await ws.admin.post('/api/v1/accounts', { name, nameReading });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { name: string }[]; nextCursor: string | null } } =
        await ws.admin.get(`/api/v1/accounts?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...res.body.items.map((a) => a.name));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['青木工業', '加藤物産', '佐藤建設', '田中電機', '渡辺製作所']);
  });

  it('sorts by renewal date either way with accounts without one last, paging through the cursor', async () => {
    const ws = await h().newWorkspace();
    for (const [name, renewal] of [['春', '2027-04-01'], ['無', null], ['夏', '2027-07-01'], ['秋', '2026-10-01']] as const) {
      const created = await ws.admin.post('/api/v1/accounts', { name });
      await h().database.db.execute(sql`update accounts set renewal_date = ${renewal}::date where workspace_id = ${ws.id}::uuid and id = ${created.body.id}::uuid`);
    }
    const all = async (sort: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: { body: { items: { name: string }[]; nextCursor: string | null } } =
          await ws.admin.get(`/api/v1/accounts?sort=${sort}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        seen.push(...res.body.items.map((a) => a.name));
        cursor = res.body.nextCursor;
      } while (cursor);
      return seen;
    };
    expect(await all('renewal')).toEqual(['秋', '春', '夏', '無']);
    expect(await all('-renewal')).toEqual(['夏', '春', '秋', '無']);
  });

  it('lets a viewer read but not write', async () => {
    const ws = await h().newWorkspace();
    const viewer = await ws.as('viewer');
    expect((await viewer.get('/api/v1/accounts')).status).toBe(200);
    const res = await viewer.post('/api/v1/accounts', { name: 'Nope' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('auth.forbidden');
  });

  it('records what changed on update, and nothing when nothing changed', async () => {
    const ws = await h().newWorkspace();
    const { body: a } = await ws.admin.post('/api/v1/accounts', { name: 'Old', plan: 'Basic' });
    await ws.admin.patch(`/api/v1/accounts/${a.id}`, { plan: 'Pro' });
    await ws.admin.patch(`/api/v1/accounts/${a.id}`, { plan: 'Pro' });
    const audit = await ws.admin.get('/api/v1/audit');
    const updates = audit.body.items.filter((e: { action: string }) => e.action === 'update');
    expect(updates).toHaveLength(1);
    expect(updates[0].changes).toEqual({ plan: ['Basic', 'Pro'] });
  });
});

