import iconv from 'iconv-lite';
import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase } from '../../testing/harness.js';
import { csv, importFile, runToEnd, upload } from './import-test-helpers.js';
import { runImportJob } from './run-import-job.js';
import { claimForRun } from './start-import.js';
import { failImportJob } from './store.js';

const ACCOUNTS = csv([
  ['取引先ID', '会社名', 'フリガナ', '業種', '従業員数', 'プラン', '備考'],
  ['C-001', '株式会社さくらテック', 'サクラテック', 'IT', '250名', 'Pro', 'メモ'],
  ['C-002', '山田商事株式会社', 'ヤマダショウジ', '商社', '1,200', 'Basic', ''],
  ['C-003', 'Acme Japan', '', 'Manufacturing', '5000名以上', 'Enterprise', ''],
]);

describeEachDatabase('imports API', (h) => {
  it('uploads, suggests a mapping, previews, runs and reports progress', async () => {
    const ws = await h().newWorkspace();
    const uploaded = await upload(ws.admin, 'accounts', ACCOUNTS, '取引先.csv');
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({
      kind: 'accounts', filename: '取引先.csv', encoding: 'utf-8', status: 'uploaded', totalRows: 3, processedRows: 0,
      headers: ['取引先ID', '会社名', 'フリガナ', '業種', '従業員数', 'プラン', '備考'],
      mapping: { 取引先ID: 'externalId', 会社名: 'name', フリガナ: 'nameReading', 業種: 'industry', 従業員数: 'sizeBand', プラン: 'plan', 備考: null },
      created: 0, updated: 0, unchanged: 0, failed: 0, errors: [], finishedAt: null,
    });
    expect(uploaded.body.sample[0]).toEqual({ 取引先ID: 'C-001', 会社名: '株式会社さくらテック', フリガナ: 'サクラテック', 業種: 'IT', 従業員数: '250名', プラン: 'Pro', 備考: 'メモ' });

    const dry = await ws.admin.post(`/api/v1/imports/${uploaded.body.id}/dry-run`);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ toCreate: 3, toUpdate: 0, unchanged: 0, failed: 0, errors: [], errorCount: 0 });
    expect(dry.body.sampleChanges[0]).toMatchObject({ row: 2, externalId: 'C-001', action: 'create', changes: { name: [null, '株式会社さくらテック'], sizeBand: [null, '100-299'] } });
    expect((await ws.admin.get('/api/v1/accounts')).body.items).toHaveLength(0); // the dry run wrote nothing

    const job = await runToEnd(h(), ws.admin, uploaded.body.id);
    expect(job).toMatchObject({ status: 'done', processedRows: 3, created: 3, updated: 0, unchanged: 0, failed: 0 });
    expect(job.finishedAt).not.toBeNull();
    const list = (await ws.admin.get('/api/v1/accounts?sort=name')).body.items;
    expect(list.map((a: { name: string; sizeBand: string }) => [a.name, a.sizeBand])).toEqual([
      ['Acme Japan', '5000+'], ['株式会社さくらテック', '100-299'], ['山田商事株式会社', '1000-4999'],
    ]);
    const found = await ws.admin.get(`/api/v1/accounts?q=${encodeURIComponent('やまだ')}`); // search_text kept
    expect(found.body.items.map((a: { externalId: string }) => a.externalId)).toEqual(['C-002']);
    const audit = (await ws.admin.get('/api/v1/audit')).body.items.filter((e: { action: string }) => e.action === 'import');
    expect(audit).toHaveLength(1);
    expect(audit[0].changes).toMatchObject({ kind: 'accounts', created: 3, updated: 0, unchanged: 0, failed: 0 });
    const recent = await ws.admin.get('/api/v1/imports');
    expect(recent.body.items.map((j: { id: string }) => j.id)).toEqual([uploaded.body.id]);
  });

  it('reports a bad row with its row number and column while the good rows land', async () => {
    const ws = await h().newWorkspace();
    const file = csv([
      ['取引先ID', '会社名', '従業員数'],
      ['C-1', '良い会社', '10'],
      ['C-2', '', 'たくさん'],
      ['C-3', 'もう一つの良い会社', ''],
    ]);
    const job = await importFile(h(), ws.admin, 'accounts', file);
    expect(job).toMatchObject({ status: 'done', created: 2, failed: 1 });
    expect(job.errors).toEqual([
      { row: 3, column: '従業員数', code: 'invalid_value', message: expect.stringContaining('たくさん') },
      { row: 3, column: '会社名', code: 'required', message: 'is required' },
    ]);
    expect((await ws.admin.get('/api/v1/accounts')).body.items).toHaveLength(2);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const ws = await h().newWorkspace();
    const first = await importFile(h(), ws.admin, 'accounts', ACCOUNTS);
    expect(first).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    const timeline = async () => (await queryRows<{ n: number }>(h().database.db,
      sql`select count(*)::int as n from activities where workspace_id = ${ws.id}`))[0]?.n;
    const entriesAfterFirst = await timeline();
    const second = await importFile(h(), ws.admin, 'accounts', ACCOUNTS);
    expect(second).toMatchObject({ status: 'done', created: 0, updated: 0, unchanged: 3, failed: 0 });
    expect(await timeline()).toBe(entriesAfterFirst);
    const audit = (await ws.admin.get('/api/v1/audit')).body.items.filter((e: { action: string }) => e.action === 'import');
    expect(audit).toHaveLength(1); // only the first run wrote
    expect((await ws.admin.get('/api/v1/accounts')).body.items).toHaveLength(3);
  });

  it('updates only what changed, keeps what a blank cell leaves out, and writes an import.updated timeline entry', async () => {
    const ws = await h().newWorkspace();
    await importFile(h(), ws.admin, 'accounts', ACCOUNTS);
    const changed = csv([['取引先ID', '会社名', 'プラン', '業種'], ['C-001', '株式会社さくらテック', 'Enterprise', '']]);
    const job = await importFile(h(), ws.admin, 'accounts', changed);
    expect(job).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const account = (await ws.admin.get('/api/v1/accounts?q=C-001')).body.items[0];
    expect(account).toMatchObject({ plan: 'Enterprise', industry: 'IT', nameReading: 'サクラテック' });
    const [entry] = await queryRows<{ event: string; data: { jobId: string; changes: unknown } }>(h().database.db,
      sql`select event, data from activities where workspace_id = ${ws.id} and account_id = ${account.id} and event = 'import.updated'`);
    expect(entry?.data).toEqual({ jobId: job.id, changes: { plan: ['Pro', 'Enterprise'] } });
  });

  it('imports a Shift_JIS file from Excel with its Japanese names intact', async () => {
    const ws = await h().newWorkspace();
    const text = '会社ID,企業名,ﾌﾘｶﾞﾅ\r\nK-1,㈱髙島屋ホールディングス,タカシマヤ\r\nK-2,株式会社ソニー・ミュージック,ソニー\r\n';
    const uploaded = await upload(ws.admin, 'accounts', iconv.encode(text, 'cp932'));
    expect(uploaded.body).toMatchObject({ encoding: 'shift_jis', mapping: { 会社ID: 'externalId', 企業名: 'name', ﾌﾘｶﾞﾅ: 'nameReading' } });
    const job = await runToEnd(h(), ws.admin, uploaded.body.id);
    expect(job).toMatchObject({ created: 2, failed: 0 });
    const names = (await ws.admin.get('/api/v1/accounts?sort=name')).body.items.map((a: { name: string }) => a.name);
    expect(names).toEqual(['株式会社ソニー・ミュージック', '㈱髙島屋ホールディングス']);
  });

  it('links contacts to accounts by the account external id, and reports an unknown account id', async () => {
    const ws = await h().newWorkspace();
    await importFile(h(), ws.admin, 'accounts', ACCOUNTS);
    const contacts = csv([
      ['会社ID', '氏名', 'フリガナ', 'メールアドレス', '役職', '階層', '役割'],
      ['C-001', '佐藤 花子', 'サトウ ハナコ', 'Hanako@Sakura.example', '情報システム部長', '管理職', '決裁者'],
      ['C-002', '鈴木 一郎', '', 'ichiro@yamada.example', '', '現場', 'チャンピオン'],
      ['C-999', '田中 次郎', '', 'jiro@nowhere.example', '', '', ''],
    ]);
    const job = await importFile(h(), ws.admin, 'contacts', contacts);
    expect(job).toMatchObject({ status: 'done', created: 2, failed: 1 });
    expect(job.errors).toEqual([{ row: 4, column: '会社ID', code: 'unknown_account', message: expect.stringContaining('C-999') }]);
    const rows = await queryRows<{ name: string; email: string; level: string; role: string; external_id: string }>(h().database.db, sql`
      select c.name, c.email, c.level, c.role, a.external_id from contacts c join accounts a on a.workspace_id = c.workspace_id and a.id = c.account_id
      where c.workspace_id = ${ws.id} order by c.name`);
    expect(rows).toEqual([
      { name: '佐藤 花子', email: 'hanako@sakura.example', level: 'manager', role: 'decision_maker', external_id: 'C-001' },
      { name: '鈴木 一郎', email: 'ichiro@yamada.example', level: 'end_user', role: 'champion', external_id: 'C-002' },
    ]);
    // without contact ids, a second import matches by account and email instead of duplicating
    const again = await importFile(h(), ws.admin, 'contacts', contacts);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 1 });
  });

  it('imports subscription lines: account MRR and renewal follow, and each line gets its history', async () => {
    const ws = await h().newWorkspace();
    await importFile(h(), ws.admin, 'accounts', ACCOUNTS);
    const subs = csv([
      ['契約ID', '取引先ID', 'プラン', '単価', '席数', '請求間隔', 'ステータス', '契約開始日', '更新日'],
      ['S-1', 'C-001', 'Pro', '¥3,000', '10', '月額', '有効', '2025/4/1', '2026年3月31日'],
      ['S-2', 'C-001', 'Option', '120,000', '1', '年額', '有効', '2025-04-01', '2026-03-31'],
      ['S-3', 'C-002', 'Basic', '５０００', '2', 'monthly', 'トライアル', '45748', ''],
    ]);
    const job = await importFile(h(), ws.admin, 'subscriptions', subs);
    expect(job).toMatchObject({ status: 'done', created: 3, failed: 0 });
    const accounts = (await ws.admin.get('/api/v1/accounts?sort=name')).body.items;
    // C-001: 10 × ¥3,000 monthly + ¥120,000 yearly ÷ 12 = ¥30,000 + ¥10,000 (mrr.ts normalisation)
    expect(accounts.find((a: { externalId: string }) => a.externalId === 'C-001')).toMatchObject({ mrr: 40000, status: 'active', renewalDate: '2026-03-31' });
    expect(accounts.find((a: { externalId: string }) => a.externalId === 'C-002')).toMatchObject({ mrr: 0, status: 'trial' });
    const events = await queryRows<{ kind: string; source: string; effective_on: string; mrr: number }>(h().database.db, sql`
      select kind, source, effective_on, mrr::int as mrr from subscription_events where workspace_id = ${ws.id} order by mrr desc, effective_on`);
    // 45748 is Excel's serial for 2025-04-01
    expect(events).toEqual([
      { kind: 'created', source: 'import', effective_on: '2025-04-01', mrr: 30000 },
      { kind: 'created', source: 'import', effective_on: '2025-04-01', mrr: 10000 },
      { kind: 'created', source: 'import', effective_on: '2025-04-01', mrr: 0 },
    ]);
    const again = await importFile(h(), ws.admin, 'subscriptions', subs);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('continues a job cut short after a committed batch from processed_rows, without duplicates', async () => {
    const ws = await h().newWorkspace();
    const rows = Array.from({ length: 5 }, (_, i) => [`R-${i + 1}`, `会社${i + 1}`]);
    const { body: job } = await upload(ws.admin, 'accounts', csv([['取引先ID', '会社名'], ...rows]));
    await claimForRun(h().database.db, ws.id, job.id);
    const crash = () => { throw new Error('power cut'); };
    const actor = { workspaceId: ws.id, actor: { type: 'user' as const, id: ws.admin.userId ?? '' } };
    await expect(runImportJob(h().database, ws.id, job.id, { actor, now: () => new Date(), batchSize: 2, onProgress: crash }))
      .rejects.toThrow('power cut');
    const cut = (await ws.admin.get(`/api/v1/imports/${job.id}`)).body;
    expect(cut).toMatchObject({ status: 'running', processedRows: 2, created: 2 }); // the first batch of 2 committed whole
    await failImportJob(h().database.db, ws.id, job.id, 'power cut');
    expect((await ws.admin.get(`/api/v1/imports/${job.id}`)).body).toMatchObject({ status: 'failed', failure: 'power cut' });
    const done = await runToEnd(h(), ws.admin, job.id);
    expect(done).toMatchObject({ status: 'done', processedRows: 5, created: 5, unchanged: 0, failure: null });
    const [count] = await queryRows<{ n: number; ids: number }>(h().database.db,
      sql`select count(*)::int as n, count(distinct external_id)::int as ids from accounts where workspace_id = ${ws.id}`);
    expect(count).toEqual({ n: 5, ids: 5 });
  });

  it('names the fields of a bad mapping, and refuses a new mapping once the job has run', async () => {
    const ws = await h().newWorkspace();
    const { body: job } = await upload(ws.admin, 'accounts', ACCOUNTS);
    const bad = await ws.admin.patch(`/api/v1/imports/${job.id}`, { mapping: { 会社名: 'name', 備考: 'name' } });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('import.bad_mapping');
    expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['externalId', 'name']);
    const good = await ws.admin.patch(`/api/v1/imports/${job.id}`, { mapping: { 会社名: 'name', 取引先ID: 'externalId', 業種: 'region' } });
    expect(good.status).toBe(200);
    expect(good.body.mapping).toEqual({ 取引先ID: 'externalId', 会社名: 'name', フリガナ: null, 業種: 'region', 従業員数: null, プラン: null, 備考: null });
    await runToEnd(h(), ws.admin, job.id);
    const late = await ws.admin.patch(`/api/v1/imports/${job.id}`, { mapping: { 会社名: 'name', 取引先ID: 'externalId' } });
    expect(late.status).toBe(409);
    expect((await ws.admin.post(`/api/v1/imports/${job.id}/run`)).status).toBe(409);
  });

  it('refuses a file that is not CSV, naming the line', async () => {
    const ws = await h().newWorkspace();
    const res = await upload(ws.admin, 'accounts', 'a,b\n1,"never closed\n2,3\n');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'import.bad_file', rows: [{ row: expect.any(Number), column: null }] });
    expect((await upload(ws.admin, 'accounts', '')).body.code).toBe('import.bad_file');
  });

  it('refuses a body over 100 MB with 413 before reading it', async () => {
    const res = await h().app.request('/api/v1/imports?kind=accounts', {
      method: 'POST', headers: { 'content-type': 'text/csv', 'content-length': String(101 * 1024 * 1024) }, body: 'a',
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { code: string }).code).toBe('request.body_too_large');
  });

  it('lets a viewer do nothing with imports, and hides other workspaces\u2019 jobs', async () => {
    const ws = await h().newWorkspace();
    const { body: job } = await upload(ws.admin, 'accounts', ACCOUNTS);
    const viewer = await ws.as('viewer');
    expect((await upload(viewer, 'accounts', ACCOUNTS)).status).toBe(403);
    expect((await viewer.get('/api/v1/imports')).status).toBe(403);
    expect((await viewer.post(`/api/v1/imports/${job.id}/run`)).status).toBe(403);
    const other = await h().newWorkspace();
    for (const res of [
      await other.admin.get(`/api/v1/imports/${job.id}`),
      await other.admin.post(`/api/v1/imports/${job.id}/dry-run`),
      await other.admin.post(`/api/v1/imports/${job.id}/run`),
      await other.admin.patch(`/api/v1/imports/${job.id}`, { mapping: {} }),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('import.not_found');
    }
    expect((await other.admin.get('/api/v1/imports')).body.items).toEqual([]);
  });
});
