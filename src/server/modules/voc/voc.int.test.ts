/**
 * The voice of the customer through the API on PGlite and PostgreSQL: items heard from notes,
 * tasks, survey answers and by hand, ranked by the accounts (each once) and ARR behind them;
 * statuses and "send to product" with its webhook; CSV; the candidates inbox; settings; roles.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase, type Client, type Harness } from '../../testing/harness.js';

/** An account whose MRR is `monthly` yen (one active monthly line), so its ARR is 12 × monthly. */
async function payingAccount(client: Client, name: string, monthly: number) {
  const account = await client.post('/api/v1/accounts', { name });
  expect(account.status, JSON.stringify(account.body)).toBe(201);
  if (monthly > 0) {
    const sub = await client.post('/api/v1/subscriptions', {
      accountId: account.body.id, plan: 'Pro', quantity: 1, unitPrice: monthly, currency: 'JPY', billingInterval: 'month', status: 'active', startedOn: '2025-01-01',
    });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
  }
  return account.body.id as string;
}

/** A closed CX-like survey with two free-text questions and one response from a new contact of the account. */
async function surveyResponse(h: Harness, workspaceId: string, client: Client, accountId: string, answers: Record<string, unknown>) {
  const contact = await client.post('/api/v1/contacts', { accountId, name: '回答 花子', email: `r-${randomUUID()}@example.test` });
  const surveyId = randomUUID();
  const responseId = randomUUID();
  const definition = { questions: [
    { id: 'nps', type: 'nps', text: { ja: 'おすすめしますか', en: 'Recommend?' }, required: true },
    { id: 'trouble_detail', type: 'text', text: { ja: '問題の内容', en: 'What went wrong' } },
    { id: 'request', type: 'text', text: { ja: 'ご要望', en: 'Requests' } },
  ], roles: {} };
  await h.database.db.execute(sql`insert into surveys (workspace_id, id, name, kind, status, definition)
    values (${workspaceId}::uuid, ${surveyId}::uuid, '2026年度 顧客満足度調査', 'cx', 'closed', ${JSON.stringify(definition)}::jsonb)`);
  await h.database.db.execute(sql`insert into survey_responses (workspace_id, id, survey_id, account_id, contact_id, answers, source, nps, submitted_at, updated_at)
    values (${workspaceId}::uuid, ${responseId}::uuid, ${surveyId}::uuid, ${accountId}::uuid, ${contact.body.id}::uuid, ${JSON.stringify(answers)}::jsonb,
            'api', 7, now(), now())`);
  return responseId;
}

describeEachDatabase('voice of the customer', (h) => {
  it('ranks items by accounts counted once and by their ARR, from notes, tasks, survey answers and manual mentions', async () => {
    const ws = await h().newWorkspace();
    const csm = await ws.as('csm');
    const big = await payingAccount(ws.admin, '大口商事', 500_000); // ARR ¥6,000,000
    const small1 = await payingAccount(ws.admin, '小田工業', 50_000); // ARR ¥600,000
    const small2 = await payingAccount(ws.admin, '中村物産', 100_000); // ARR ¥1,200,000

    const note = await csm.post(`/api/v1/accounts/${big}/activities`, { kind: 'note', body: '管理画面からCSVで月次レポートを出したいとの要望' });
    const task = await csm.post('/api/v1/tasks', { accountId: big, title: 'SSO対応の要望を確認', reason: '定例で要望' });
    const responseId = await surveyResponse(h(), ws.id, ws.admin, small1, { nps: 7, request: 'レポートをCSVで出力したい' });

    // "CSV report": the big account twice (a note, then by hand) and small1 once (its survey answer).
    const csv = await csm.post('/api/v1/voc/items', {
      title: 'レポートのCSV出力', areas: ['レポート', ' ＣＳＶ '], mention: { sourceKind: 'activity', sourceId: note.body.id },
    });
    expect(csv.status, JSON.stringify(csv.body)).toBe(201);
    expect(csv.body).toMatchObject({ status: 'new', areas: ['レポート', 'CSV'], accounts: 1, arr: 6_000_000, mentions: 1 });
    expect(csv.body.mentionList[0]).toMatchObject({ accountName: '大口商事', sourceKind: 'activity', quote: '管理画面からCSVで月次レポートを出したいとの要望', createdBy: 'csm member' });
    const csvId = csv.body.id as string;
    const byHand = await csm.post(`/api/v1/voc/items/${csvId}/mentions`, { sourceKind: 'manual', accountId: big, quote: '経理部からも同じ要望' });
    expect(byHand.status).toBe(201);
    const fromSurvey = await csm.post(`/api/v1/voc/items/${csvId}/mentions`, { sourceKind: 'survey_response', sourceId: responseId });
    expect(fromSurvey.status).toBe(201);
    // Big once (¥6,000,000) + small1 (¥600,000) = 2 accounts, ¥6,600,000, from 3 mentions.
    expect(fromSurvey.body).toMatchObject({ accounts: 2, arr: 6_600_000, mentions: 3 });
    expect(fromSurvey.body.mentionList.find((m: { sourceKind: string }) => m.sourceKind === 'survey_response').quote).toBe('レポートをCSVで出力したい');
    expect(fromSurvey.body.accountList.map((a: { accountName: string; mentions: number }) => [a.accountName, a.mentions])).toEqual([['大口商事', 2], ['小田工業', 1]]);

    // Adding the very same evidence again changes nothing.
    const again = await csm.post(`/api/v1/voc/items/${csvId}/mentions`, { sourceKind: 'survey_response', sourceId: responseId });
    expect([again.status, again.body.mentions]).toEqual([200, 3]);

    // "Mobile app": small1 and small2 by hand = 2 accounts, ¥1,800,000.
    const mobile = await csm.post('/api/v1/voc/items', { title: 'スマホアプリ', kind: 'request', areas: ['モバイル'], mention: { sourceKind: 'manual', accountId: small1, quote: '外出先で見たい' } });
    await csm.post(`/api/v1/voc/items/${mobile.body.id}/mentions`, { sourceKind: 'manual', accountId: small2 });
    // "SSO": from the task, the big account only = 1 account, ¥6,000,000.
    const sso = await csm.post('/api/v1/voc/items', { title: 'SSO対応', kind: 'pain', areas: ['権限管理'], mention: { sourceKind: 'task', sourceId: task.body.id } });
    expect(sso.body.mentionList[0].quote).toBe('SSO対応の要望を確認');

    const byAccounts = await csm.get('/api/v1/voc/items?sort=accounts');
    expect(byAccounts.body.items.map((i: { title: string; accounts: number; arr: number; rank: number }) => [i.rank, i.title, i.accounts, i.arr])).toEqual([
      [1, 'レポートのCSV出力', 2, 6_600_000], [2, 'スマホアプリ', 2, 1_800_000], [3, 'SSO対応', 1, 6_000_000],
    ]);
    const byArr = await csm.get('/api/v1/voc/items?sort=arr');
    expect(byArr.body.items.map((i: { title: string }) => i.title)).toEqual(['レポートのCSV出力', 'SSO対応', 'スマホアプリ']);
    expect(byArr.body).toMatchObject({ currency: 'JPY', counts: { all: 3, new: 3, sent: 0 } });
    expect(byArr.body.areas.map((a: { area: string }) => a.area)).toEqual(expect.arrayContaining(['レポート', 'CSV', 'モバイル', '権限管理']));
    const filtered = await csm.get(`/api/v1/voc/items?area=${encodeURIComponent('ﾓﾊﾞｲﾙ')}`);
    expect(filtered.body.items.map((i: { title: string }) => i.title)).toEqual(['スマホアプリ']);

    // Each mention is on its account's timeline and in the audit log.
    const timeline = await csm.get(`/api/v1/accounts/${big}/timeline?kind=system`);
    const vocEntries = timeline.body.items.filter((e: { event: string }) => e.event === 'voc.mentioned');
    expect(vocEntries.length).toBe(3); // note + by hand (CSV item) + task (SSO item)
    expect(vocEntries.map((e: { data: { itemTitle: string } }) => e.data.itemTitle).sort()).toEqual(['SSO対応', 'レポートのCSV出力', 'レポートのCSV出力']);
    const audit = await queryRows<{ entity: string; action: string }>(h().database.db, sql`
      select entity, action from audit_log where workspace_id = ${ws.id}::uuid and entity like 'voc_%'`);
    expect(audit.filter((a) => a.entity === 'voc_item' && a.action === 'create').length).toBe(3);
    expect(audit.filter((a) => a.entity === 'voc_mention' && a.action === 'create').length).toBe(6);

    // Removing the big account's manual mention keeps it counted (its note remains); removing small1's drops it.
    const detail = await csm.get(`/api/v1/voc/items/${csvId}`);
    const manual = detail.body.mentionList.find((m: { sourceKind: string }) => m.sourceKind === 'manual');
    expect((await csm.del(`/api/v1/voc/mentions/${manual.id}`)).status).toBe(204);
    const survey = detail.body.mentionList.find((m: { sourceKind: string }) => m.sourceKind === 'survey_response');
    await csm.del(`/api/v1/voc/mentions/${survey.id}`);
    expect((await csm.get(`/api/v1/voc/items/${csvId}`)).body).toMatchObject({ accounts: 1, arr: 6_000_000, mentions: 1 });
  });

  it('moves items through their statuses for triagers only, and sends them to product through the webhook', async () => {
    const ws = await h().newWorkspace();
    const csm = await ws.as('csm');
    const manager = await ws.as('manager');
    const viewer = await ws.as('viewer');
    const account = await payingAccount(ws.admin, '送信テスト株式会社', 30_000); // ARR ¥360,000
    const item = await csm.post('/api/v1/voc/items', { title: '通知のまとめ送信', areas: ['通知'], mention: { sourceKind: 'manual', accountId: account, quote: '通知が多すぎる' } });
    const id = item.body.id as string;

    expect((await viewer.post('/api/v1/voc/items', { title: 'x' })).status).toBe(403);
    expect((await csm.post(`/api/v1/voc/items/${id}/status`, { status: 'planned' })).status).toBe(403);
    expect((await csm.post(`/api/v1/voc/items/${id}/send`)).status).toBe(403);
    expect((await csm.request('PUT', '/api/v1/voc/settings', { webhookUrl: null, areas: [] })).status).toBe(403);

    // Without a webhook the item is only marked sent.
    const quiet = await manager.post(`/api/v1/voc/items/${id}/send`);
    expect(quiet.status, JSON.stringify(quiet.body)).toBe(200);
    expect(quiet.body).toMatchObject({ webhookQueued: false, item: { status: 'sent', canSend: true } });
    expect(quiet.body.item.sentAt).not.toBeNull();

    const bad = await manager.request('PUT', '/api/v1/voc/settings', { webhookUrl: 'ftp://product.example', areas: [] });
    expect([bad.status, bad.body.fields?.[0]?.path]).toEqual([400, 'webhookUrl']);
    const saved = await manager.request('PUT', '/api/v1/voc/settings', { webhookUrl: 'https://product.example/hooks/voc?token=s3cret', areas: ['通知', '請求', '通知'] });
    expect(saved.body).toMatchObject({ webhookUrl: 'https://product.example/hooks/voc?token=s3cret', webhookConfigured: true, areas: ['通知', '請求'], saved: true });
    // Everyone sees the tags and that a webhook is set; only triagers see its URL, which may hold a secret.
    expect((await viewer.get('/api/v1/voc/settings')).body).toMatchObject({ webhookUrl: null, webhookConfigured: true, areas: ['通知', '請求'] });

    const sent = await manager.post(`/api/v1/voc/items/${id}/send`);
    expect(sent.body.webhookQueued).toBe(true);
    const [post] = await queryRows<{ kind: string; target: string; payload: Record<string, any> }>(h().database.db, sql`
      select kind, target, payload from outbox where workspace_id = ${ws.id}::uuid and kind = 'webhook'`);
    expect(post).toMatchObject({ target: 'https://product.example/hooks/voc?token=s3cret' });
    expect(post?.payload).toMatchObject({
      event: 'voc.item.sent',
      item: { id, title: '通知のまとめ送信', areas: ['通知'], accounts: 1, arr: 360_000, arrMinor: 360_000, currency: 'JPY', status: 'sent' },
      accounts: [{ id: account, name: '送信テスト株式会社', arr: 360_000, mentions: 1 }],
      quotes: [{ account: '送信テスト株式会社', source: 'manual', quote: '通知が多すぎる' }],
    });

    expect((await manager.post(`/api/v1/voc/items/${id}/status`, { status: 'sent' })).status).toBe(400);
    const planned = await manager.post(`/api/v1/voc/items/${id}/status`, { status: 'planned' });
    expect(planned.body).toMatchObject({ status: 'planned', moves: ['done', 'declined'], canSend: false });
    const wrong = await manager.post(`/api/v1/voc/items/${id}/status`, { status: 'new' });
    expect([wrong.status, wrong.body.code]).toEqual([409, 'voc_item.wrong_state']);
    expect((await manager.post(`/api/v1/voc/items/${id}/send`)).body.code).toBe('voc_item.wrong_state');
    expect((await manager.post(`/api/v1/voc/items/${id}/status`, { status: 'done' })).body.status).toBe('done');
    expect((await csm.get('/api/v1/voc/items?status=done')).body.items.map((i: { id: string }) => i.id)).toEqual([id]);

    expect((await csm.del(`/api/v1/voc/items/${id}`)).status).toBe(403);
    expect((await manager.del(`/api/v1/voc/items/${id}`)).status).toBe(204);
    expect((await csm.get(`/api/v1/voc/items/${id}`)).body.code).toBe('voc_item.not_found');
  });

  it('exports the ranked list as CSV with a BOM, ARR in yen', async () => {
    const ws = await h().newWorkspace();
    const account = await payingAccount(ws.admin, 'カンマ, "引用" 株式会社', 10_000);
    await ws.admin.post('/api/v1/voc/items', { title: '権限を部署ごとに', areas: ['権限管理', 'UI/操作性'], mention: { sourceKind: 'manual', accountId: account } });
    // Raw bytes through an API key: the harness decodes text, which would drop the BOM.
    const key = await ws.admin.post('/api/v1/api-keys', { name: 'csv', scope: 'full' });
    const res = await h().app.request('/api/v1/voc/items?format=csv&sort=arr', { headers: { authorization: `Bearer ${key.body.key}` } });
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row] = new TextDecoder().decode(bytes).split('\r\n');
    expect(header).toBe('rank,title,kind,status,areas,accounts,arr,currency,mentions,last_heard_at,created_at,sent_at,description,id');
    expect(row).toMatch(/^1,権限を部署ごとに,request,new,権限管理; UI\/操作性,1,120000,JPY,1,/);
  });

  it('offers recent free-text answers and notes not yet cited as candidates, without 特になし', async () => {
    const ws = await h().newWorkspace();
    const account = await payingAccount(ws.admin, '候補株式会社', 0);
    const responseId = await surveyResponse(h(), ws.id, ws.admin, account, {
      nps: 5, trouble_detail: 'データ取込でエラーが出て止まった', request: 'APIで顧客データを連携したい',
    });
    await surveyResponse(h(), ws.id, ws.admin, account, { nps: 9, request: '特になし' });
    const note = await ws.admin.post(`/api/v1/accounts/${account}/activities`, { kind: 'note', body: '請求書の宛名を部署ごとに変えたいとのこと' });
    await ws.admin.post(`/api/v1/accounts/${account}/activities`, { kind: 'email', body: 'メールは候補にしない' });

    const before = await ws.admin.get('/api/v1/voc/candidates');
    expect(before.status, JSON.stringify(before.body)).toBe(200);
    expect(before.body.items.map((c: { text: string }) => c.text).sort()).toEqual(
      ['APIで顧客データを連携したい', 'データ取込でエラーが出て止まった', '請求書の宛名を部署ごとに変えたいとのこと'].sort());
    const fromSurvey = before.body.items.find((c: { questionId: string | null }) => c.questionId === 'request');
    expect(fromSurvey).toMatchObject({ sourceKind: 'survey_response', sourceId: responseId, accountName: '候補株式会社', contactName: '回答 花子',
      surveyName: '2026年度 顧客満足度調査', questionText: { ja: 'ご要望', en: 'Requests' } });

    // Citing one answer of the response (a trimmed quote) leaves its other answer a candidate; citing the note removes it.
    await ws.admin.post('/api/v1/voc/items', { title: 'API連携', mention: { sourceKind: 'survey_response', sourceId: responseId, quote: '顧客データを連携したい' } });
    await ws.admin.post('/api/v1/voc/items', { title: '請求書の宛名', mention: { sourceKind: 'activity', sourceId: note.body.id } });
    const after = await ws.admin.get(`/api/v1/voc/candidates?accountId=${account}`);
    expect(after.body.items.map((c: { text: string }) => c.text)).toEqual(['データ取込でエラーが出て止まった']);
  });

  it('sets candidates aside and restores them, within the workspace and for writers only', async () => {
    const ws = await h().newWorkspace();
    const other = await h().newWorkspace('別会社');
    const account = await payingAccount(ws.admin, '整理株式会社', 0);
    const responseId = await surveyResponse(h(), ws.id, ws.admin, account, { nps: 8, trouble_detail: 'いつもありがとうございます', request: 'CSVの列を選びたい' });
    const note = await ws.admin.post(`/api/v1/accounts/${account}/activities`, { kind: 'note', body: '担当者の異動予定を共有いただいた' });
    const texts = async (query = '') => ((await ws.admin.get(`/api/v1/voc/candidates${query}`)).body.items as { text: string }[]).map((c) => c.text).sort();
    expect(await texts()).toEqual(['CSVの列を選びたい', 'いつもありがとうございます', '担当者の異動予定を共有いただいた'].sort());

    // One answer of the response (the thank-you) and the note go; the response's other answer stays.
    const thanks = { sourceKind: 'survey_response', sourceId: responseId, questionId: 'trouble_detail' };
    const noted = { sourceKind: 'activity', sourceId: note.body.id, questionId: null };
    expect((await ws.admin.post('/api/v1/voc/candidates/dismiss', thanks)).status).toBe(204);
    expect((await ws.admin.post('/api/v1/voc/candidates/dismiss', thanks)).status).toBe(204); // again: no change
    expect((await ws.admin.post('/api/v1/voc/candidates/dismiss', noted)).status).toBe(204);
    expect(await texts()).toEqual(['CSVの列を選びたい']);
    expect(await texts('?dismissed=true')).toEqual(['いつもありがとうございます', '担当者の異動予定を共有いただいた'].sort());
    const [row] = await queryRows<{ dismissed_by: string; question_id: string }>(h().database.db, sql`
      select dismissed_by::text, question_id from voc_dismissals where workspace_id = ${ws.id}::uuid and source_kind = 'activity'`);
    expect(row).toEqual({ dismissed_by: ws.admin.userId, question_id: '' });

    // Restored, the note is back in the inbox; restoring it again is a 404 (nothing set aside).
    expect((await ws.admin.post('/api/v1/voc/candidates/restore', noted)).status).toBe(204);
    expect(await texts()).toEqual(['CSVの列を選びたい', '担当者の異動予定を共有いただいた'].sort());
    const twice = await ws.admin.post('/api/v1/voc/candidates/restore', noted);
    expect([twice.status, twice.body.code]).toEqual([404, 'voc_candidate.not_found']);

    // A viewer cannot; another workspace cannot reach these answers; the question must be a text question.
    const viewer = await ws.as('viewer');
    expect((await viewer.post('/api/v1/voc/candidates/dismiss', noted)).status).toBe(403);
    const foreign = await other.admin.post('/api/v1/voc/candidates/dismiss', noted);
    expect([foreign.status, foreign.body.code, foreign.body.fields?.[0]?.path]).toEqual([404, 'voc_candidate.not_found', 'sourceId']);
    const notText = await ws.admin.post('/api/v1/voc/candidates/dismiss', { ...thanks, questionId: 'nps' });
    expect([notText.status, notText.body.code]).toEqual([404, 'voc_candidate.not_found']);
    const noQuestion = await ws.admin.post('/api/v1/voc/candidates/dismiss', { ...thanks, questionId: null });
    expect([noQuestion.status, noQuestion.body.fields?.[0]?.path]).toEqual([400, 'questionId']);
    expect(await texts()).toEqual(['CSVの列を選びたい', '担当者の異動予定を共有いただいた'].sort());
  });

  it('answers 404 for unknown items, mentions and sources, and refuses a manual mention without an account', async () => {
    const ws = await h().newWorkspace();
    const other = await h().newWorkspace('別会社');
    const theirAccount = await payingAccount(other.admin, '他社', 0);
    const theirNote = await other.admin.post(`/api/v1/accounts/${theirAccount}/activities`, { kind: 'note', body: 'secret' });
    const item = await ws.admin.post('/api/v1/voc/items', { title: '確認用' });
    const id = item.body.id as string;
    const missing = randomUUID();
    expect((await ws.admin.get(`/api/v1/voc/items/${missing}`)).status).toBe(404);
    expect((await ws.admin.del(`/api/v1/voc/mentions/${missing}`)).body.code).toBe('voc_mention.not_found');
    const foreign = await ws.admin.post(`/api/v1/voc/items/${id}/mentions`, { sourceKind: 'activity', sourceId: theirNote.body.id });
    expect([foreign.status, foreign.body.code]).toEqual([404, 'voc_source.not_found']);
    const foreignAccount = await ws.admin.post(`/api/v1/voc/items/${id}/mentions`, { sourceKind: 'manual', accountId: theirAccount });
    expect([foreignAccount.status, foreignAccount.body.code]).toEqual([404, 'account.not_found']);
    const noAccount = await ws.admin.post(`/api/v1/voc/items/${id}/mentions`, { sourceKind: 'manual', quote: 'だれ？' });
    expect([noAccount.status, noAccount.body.fields?.[0]?.path]).toEqual([400, 'mention.accountId']);
    const settings = await ws.admin.get('/api/v1/voc/settings');
    expect(settings.body).toMatchObject({ saved: false, webhookConfigured: false, areas: expect.arrayContaining(['レポート', '連携/API']) });
  });
});
