/**
 * Answering surveys through the public link and the API: validation naming the question, one
 * response per contact that can be edited, ONE timeline entry per response, audit rows, the
 * first-open stamp, 404/409/410 for unknown, unopened and closed surveys, and the responses list
 * (paged, per account, CSV).
 */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase, type TestWorkspace } from '../../testing/harness.js';
import { newSurveyToken } from './survey-token.js';
import { openSurveyWithRecipient, publicCall } from '../../testing/survey-fixtures.js';

const FULL = { satisfaction: 4, continuation: 5, nps: 9, trouble: true, consulted: true, handling: 'above', trouble_detail: '請求書の宛名が誤っていました' };

describeEachDatabase('survey answers', (h) => {
  const db = () => h().database.db;
  const entries = (ws: TestWorkspace, accountId: string) => queryRows<{ contact_id: string; author_id: string | null; data: Record<string, unknown> }>(db(), sql`
    select contact_id, author_id, data from activities
    where workspace_id = ${ws.id}::uuid and account_id = ${accountId}::uuid and event = 'survey.answered'`);

  it('opens a link without signing in, saves the answer once, and lets the respondent edit it', async () => {
    const ws = await h().newWorkspace('ベンダー株式会社');
    const f = await openSurveyWithRecipient(h(), ws, { language: 'en' });

    const first = await publicCall(h(), 'GET', f.token);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      surveyName: '顧客満足度調査 2026', vendorName: 'ベンダー株式会社', accountName: '株式会社回答テスト', contactName: '佐藤',
      language: 'en', languages: ['ja', 'en'], editable: true, response: null,
    });
    expect(first.body.definition.questions.map((q: { id: string }) => q.id)).toContain('handling');
    expect(first.body.definition.questions[0].text.ja).not.toBe('');
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.headers.get('x-robots-tag')).toContain('noindex');
    expect(first.headers.get('referrer-policy')).toBe('no-referrer');
    expect(JSON.stringify(first.body)).not.toContain(f.accountId);
    const opened = async () => (await queryRows<{ at: string | null }>(db(), sql`
      select first_opened_at::text as at from survey_recipients where workspace_id = ${ws.id}::uuid and token = ${f.token}`))[0]?.at;
    const firstOpen = await opened();
    expect(firstOpen).not.toBeNull();
    await publicCall(h(), 'GET', f.token);
    expect(await opened()).toBe(firstOpen);

    // The trouble branch is required once it shows: each question at fault is named.
    const bad = await publicCall(h(), 'PUT', f.token, { answers: { satisfaction: 4, continuation: 9, nps: 9, trouble: true } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'survey.bad_answers', fields: [
      { path: 'answers.continuation', message: 'out_of_range' }, { path: 'answers.consulted', message: 'required' },
    ] });
    expect(await entries(ws, f.accountId)).toEqual([]);

    const saved = await publicCall(h(), 'PUT', f.token, { answers: { ...FULL, unknown_question: 'x' }, language: 'ja' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ created: true, language: 'ja', response: { answers: FULL } });
    const [row] = await queryRows<Record<string, unknown>>(db(), sql`
      select source, language, nps, csat, continuation, recommendation, trouble, consulted, handling, recipient_id is not null as linked
      from survey_responses where workspace_id = ${ws.id}::uuid and survey_id = ${f.surveyId}::uuid`);
    expect(row).toEqual({ source: 'link', language: 'ja', nps: 9, csat: 4, continuation: 5, recommendation: null, trouble: true, consulted: true, handling: 'above', linked: true });
    const [entry] = await entries(ws, f.accountId);
    expect(entry).toMatchObject({ contact_id: f.contactId, author_id: null, data: {
      surveyId: f.surveyId, surveyName: '顧客満足度調査 2026', nps: 9, csat: 4, continuation: 5, contactId: f.contactId, responseId: expect.any(String),
    } });

    // Edit: no trouble after all. The hidden branch answers go; the one timeline entry is rewritten.
    const edited = await publicCall(h(), 'PUT', f.token, { answers: { ...FULL, trouble: false, nps: 3 } });
    expect(edited.status).toBe(200);
    expect(edited.body.created).toBe(false);
    expect(edited.body.response.answers).toEqual({ satisfaction: 4, continuation: 5, nps: 3, trouble: false });
    expect(edited.body.response.submittedAt).toBe(saved.body.response.submittedAt);
    const after = await entries(ws, f.accountId);
    expect(after).toHaveLength(1);
    expect(after[0]!.data).toMatchObject({ nps: 3, responseId: entry!.data.responseId });
    const [stored] = await queryRows<Record<string, unknown>>(db(), sql`
      select trouble, consulted, handling, nps from survey_responses where workspace_id = ${ws.id}::uuid and survey_id = ${f.surveyId}::uuid`);
    expect(stored).toEqual({ trouble: false, consulted: null, handling: null, nps: 3 });

    const reopened = await publicCall(h(), 'GET', f.token);
    expect(reopened.body).toMatchObject({ language: 'ja', response: { answers: { nps: 3, trouble: false } } });
    const audit = await queryRows<{ action: string; actor_type: string }>(db(), sql`
      select action, actor_type from audit_log where workspace_id = ${ws.id}::uuid and entity = 'survey_response' order by at, action`);
    expect(audit).toEqual([{ action: 'create', actor_type: 'system' }, { action: 'update', actor_type: 'system' }]);
  });

  it('answers unknown and malformed links alike with 404, drafts with 409 and closed surveys with 410', async () => {
    const ws = await h().newWorkspace();
    const f = await openSurveyWithRecipient(h(), ws);
    const unknown = await publicCall(h(), 'GET', newSurveyToken(ws.id));
    const malformed = await publicCall(h(), 'GET', 'kzs_nonsense');
    expect(unknown.status).toBe(404);
    expect(malformed.body).toEqual(unknown.body);
    expect(unknown.body.code).toBe('survey_link.not_found');
    expect(malformed.headers.get('cache-control')).toBe('no-store');
    expect((await publicCall(h(), 'PUT', newSurveyToken(ws.id), { answers: FULL })).status).toBe(404);

    const draft = await openSurveyWithRecipient(h(), ws, { status: 'draft' });
    expect((await publicCall(h(), 'GET', draft.token)).body.code).toBe('survey.not_open');

    await publicCall(h(), 'PUT', f.token, { answers: FULL });
    await db().execute(sql`update surveys set status = 'closed', closed_at = now() where workspace_id = ${ws.id}::uuid and id = ${f.surveyId}::uuid`);
    const closed = await publicCall(h(), 'GET', f.token);
    expect(closed.status).toBe(410);
    expect(closed.body.code).toBe('survey.closed');
    expect((await publicCall(h(), 'PUT', f.token, { answers: { ...FULL, nps: 0 } })).status).toBe(410);
    const [nps] = await queryRows<{ nps: number }>(db(), sql`select nps from survey_responses where workspace_id = ${ws.id}::uuid and survey_id = ${f.surveyId}::uuid`);
    expect(nps!.nps).toBe(9);

    // Still "open" but its planned close has passed: closed all the same.
    const lapsed = await openSurveyWithRecipient(h(), ws, { closesAt: new Date(Date.now() - 60_000).toISOString() });
    expect((await publicCall(h(), 'GET', lapsed.token)).status).toBe(410);
  });

  it('takes answers through the API by contact or email, making the contact a recipient', async () => {
    const ws = await h().newWorkspace();
    const f = await openSurveyWithRecipient(h(), ws);
    const other = await ws.admin.post('/api/v1/contacts', { accountId: f.accountId, name: 'John Smith', email: 'John.Smith@Example.test' });
    const key = await ws.withKey('full');
    const byEmail = await key.request('PUT', `/api/v1/surveys/${f.surveyId}/responses`, { email: 'john.smith@example.test', answers: { ...FULL, trouble: false }, language: 'en' });
    expect(byEmail.status, JSON.stringify(byEmail.body)).toBe(200);
    expect(byEmail.body).toMatchObject({ created: true, contactId: other.body.id, contactName: 'John Smith', source: 'api', language: 'en', nps: 9, trouble: false });
    const [recipient] = await queryRows<{ token: string; language: string }>(db(), sql`
      select token, language from survey_recipients where workspace_id = ${ws.id}::uuid and contact_id = ${other.body.id}::uuid`);
    expect(recipient).toMatchObject({ language: 'en', token: expect.stringMatching(/^kzs_/) });
    // The same contact again: an edit, and the recipient is not duplicated.
    const again = await ws.admin.request('PUT', `/api/v1/surveys/${f.surveyId}/responses`, { contactId: other.body.id, answers: { ...FULL, trouble: false, nps: 10 } });
    expect(again.body).toMatchObject({ created: false, nps: 10, language: 'ja' });
    const [count] = await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from survey_recipients where workspace_id = ${ws.id}::uuid and survey_id = ${f.surveyId}::uuid`);
    expect(count!.n).toBe(2);
    const author = await entries(ws, f.accountId);
    expect(author.map((e) => e.author_id)).toEqual([null]);

    const viewer = await ws.as('viewer');
    expect((await viewer.request('PUT', `/api/v1/surveys/${f.surveyId}/responses`, { contactId: f.contactId, answers: FULL })).status).toBe(403);
    expect((await ws.admin.request('PUT', `/api/v1/surveys/${f.surveyId}/responses`, { contactId: f.contactId, email: 'a@b.jp', answers: FULL })).status).toBe(400);
    expect((await ws.admin.request('PUT', `/api/v1/surveys/${f.surveyId}/responses`, { email: 'nobody@example.test', answers: FULL })).body.code).toBe('contact.not_found');
    const bad = await ws.admin.request('PUT', `/api/v1/surveys/${f.surveyId}/responses`, { contactId: f.contactId, answers: { ...FULL, handling: 'great' } });
    expect(bad.body).toMatchObject({ code: 'survey.bad_answers', fields: [{ path: 'answers.handling', message: 'out_of_range' }] });

    // Another workspace's survey and contact are unknown here.
    const stranger = await h().newWorkspace();
    expect((await stranger.admin.request('PUT', `/api/v1/surveys/${f.surveyId}/responses`, { contactId: f.contactId, answers: FULL })).body.code).toBe('survey.not_found');
    const theirs = await openSurveyWithRecipient(h(), stranger);
    expect((await ws.admin.request('PUT', `/api/v1/surveys/${f.surveyId}/responses`, { contactId: theirs.contactId, answers: FULL })).body.code).toBe('contact.not_found');
  });

  it('lists responses newest first in pages, by account, and as CSV with a BOM', async () => {
    const ws = await h().newWorkspace();
    const f = await openSurveyWithRecipient(h(), ws);
    const second = await ws.admin.post('/api/v1/accounts', { name: '別会社株式会社' });
    const names = ['高橋 一郎', '田中 二郎', '伊藤 三郎'];
    for (const [i, name] of names.entries()) {
      const c = await ws.admin.post('/api/v1/contacts', { accountId: i === 2 ? second.body.id : f.accountId, name });
      const r = await ws.admin.request('PUT', `/api/v1/surveys/${f.surveyId}/responses`, { contactId: c.body.id, answers: { ...FULL, nps: i, request: i === 0 ? 'CSV出力に "部署" 列を, 追加してほしい' : '' } });
      expect(r.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const page1 = await ws.admin.get(`/api/v1/surveys/${f.surveyId}/responses?limit=2`);
    expect(page1.body.total).toBe(3);
    expect(page1.body.accounts).toEqual([
      { id: f.accountId, name: '株式会社回答テスト', responses: 2 }, { id: second.body.id, name: '別会社株式会社', responses: 1 },
    ]);
    expect(page1.body.items.map((r: { contactName: string }) => r.contactName)).toEqual(['伊藤 三郎', '田中 二郎']);
    expect(page1.body.definition.questions[0].id).toBe('satisfaction');
    const page2 = await ws.admin.get(`/api/v1/surveys/${f.surveyId}/responses?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items.map((r: { contactName: string }) => r.contactName)).toEqual(['高橋 一郎']);
    expect(page2.body.nextCursor).toBeNull();
    const ofAccount = await ws.admin.get(`/api/v1/surveys/${f.surveyId}/responses?accountId=${second.body.id}`);
    expect(ofAccount.body).toMatchObject({ total: 1, items: [{ contactName: '伊藤 三郎', accountName: '別会社株式会社' }] });

    const csv = await ws.admin.get(`/api/v1/surveys/${f.surveyId}/responses?format=csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = csv.body as string;
    // fetch's text() drops a leading BOM, so the bytes are read as they are sent
    const { body: created } = await ws.admin.post('/api/v1/api-keys', { name: 'csv', scope: 'full' });
    const raw = await h().app.request(`/api/v1/surveys/${f.surveyId}/responses?format=csv`, { headers: { authorization: `Bearer ${created.key}` } });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith('回答日時,更新日時,取引先,担当者')).toBe(true);
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toContain('高橋 一郎');
    expect(lines[3]).toContain('"CSV出力に ""部署"" 列を, 追加してほしい"');
    expect(lines[3]).toContain('期待以上');
    const english = await ws.admin.get(`/api/v1/surveys/${f.surveyId}/responses?format=csv&lang=en`);
    expect((english.body as string).startsWith('Submitted,Updated,Account,Contact')).toBe(true);

    const stranger = await h().newWorkspace();
    expect((await stranger.admin.get(`/api/v1/surveys/${f.surveyId}/responses`)).status).toBe(404);
    const viewer = await ws.as('viewer');
    expect((await viewer.get(`/api/v1/surveys/${f.surveyId}/responses`)).status).toBe(200);
  });
});
