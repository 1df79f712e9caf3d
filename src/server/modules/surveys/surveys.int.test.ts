/**
 * Building surveys through the API on PGlite and PostgreSQL: from a template, a definition or
 * blank; the definition's rules with the question named; draft → open (questions frozen) →
 * closed; delete only drafts; duplicate into the same series; counts for the list; the planned
 * close; permissions and the audit log.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase, type Client } from '../../testing/harness.js';
import { closeDueSurveys } from './commands.js';
import { newSurveyToken } from './survey-token.js';

const t = (ja: string, en: string) => ({ ja, en });
const branching = {
  questions: [
    { id: 'trouble', type: 'yes_no', text: t('トラブルはありましたか？', 'Any trouble?'), required: true },
    { id: 'detail', type: 'text', text: t('内容を教えてください', 'Tell us more'), showIf: { question: 'trouble', op: 'equals', value: true } },
    { id: 'score', type: 'nps', text: t('推奨度は？', 'Recommend?'), required: true },
  ],
  roles: { trouble: 'trouble', nps: 'score' },
};

async function auditOf(c: Client, id: string) {
  const res = await c.get('/api/v1/audit?limit=100');
  return (res.body.items as Array<{ entity: string; entityId: string; action: string; changes: Record<string, unknown> }>)
    .filter((e) => e.entity === 'survey' && e.entityId === id);
}

describeEachDatabase('surveys', (h) => {
  it('creates the CX survey from its template and lists the templates in both languages', async () => {
    const ws = await h().newWorkspace();
    const templates = await ws.admin.get('/api/v1/survey-templates');
    expect(templates.body.items.map((x: { key: string; kind: string; series: string | null }) => [x.key, x.kind, x.series]))
      .toEqual([['cx', 'cx', 'cx-annual'], ['nps', 'nps', null]]);

    const created = await ws.admin.post('/api/v1/surveys', { name: '顧客満足度調査 2025', template: 'cx' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      name: '顧客満足度調査 2025', kind: 'cx', series: 'cx-annual', status: 'draft', languages: ['ja', 'en'], questionCount: 8, issues: [],
      actions: ['edit', 'open', 'delete', 'duplicate'], counts: { recipients: 0, invited: 0, responses: 0, responseRate: null, nps: null },
    });
    expect(created.body.definition.roles.handling).toBe('handling');

    const blank = await ws.admin.post('/api/v1/surveys', { name: 'ブランク' });
    expect(blank.body).toMatchObject({ kind: 'custom', series: null, questionCount: 1 });
    const list = await ws.admin.get('/api/v1/surveys');
    expect(list.body.items.map((s: { name: string }) => s.name).sort()).toEqual(['ブランク', '顧客満足度調査 2025']);
    expect(list.body.items[0]).not.toHaveProperty('definition');
    expect((await ws.admin.get('/api/v1/surveys?kind=cx')).body.items).toHaveLength(1);
    expect((await auditOf(ws.admin, created.body.id)).map((e) => [e.action, e.changes.template])).toEqual([['create', 'cx']]);
  });

  it('refuses a definition that breaks a rule, naming the question and field', async () => {
    const ws = await h().newWorkspace();
    const [trouble, detail, score] = branching.questions;
    const later = { ...branching, questions: [{ ...detail, showIf: { question: 'score', op: 'gte', value: 9 } }, trouble, score] };
    const res = await ws.admin.post('/api/v1/surveys', { name: 'x', definition: later });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'survey.bad_definition', fields: [{ path: 'definition.questions.0.showIf.question' }] });
    expect(res.body.fields[0].message).toContain('detail');

    const wrongValue = { ...branching, questions: branching.questions.map((q) => (q.id === 'detail' ? { ...q, showIf: { question: 'trouble', op: 'equals', value: 'yes' } } : q)) };
    const bad = await ws.admin.post('/api/v1/surveys', { name: 'x', definition: wrongValue });
    expect(bad.body.fields).toEqual([{ path: 'definition.questions.1.showIf.value', message: 'detail: trouble never answers "yes"' }]);

    const shape = await ws.admin.post('/api/v1/surveys', { name: 'x', definition: { questions: [{ id: 'Bad Id', type: 'nps', text: t('a', 'b') }] } });
    expect([shape.status, shape.body.code, shape.body.fields[0].path]).toEqual([400, 'request.invalid', 'definition.questions.0.id']);
  });

  it('saves a draft with a missing English text but will not open it until the text is there', async () => {
    const ws = await h().newWorkspace();
    const half = { ...branching, questions: branching.questions.map((q) => (q.id === 'detail' ? { ...q, text: t('内容を教えてください', '') } : q)) };
    const created = await ws.admin.post('/api/v1/surveys', { name: '片言語', definition: half });
    expect(created.status).toBe(201);
    expect(created.body.issues).toEqual([expect.objectContaining({ path: 'questions.1.text.en', question: 'detail', code: 'text_missing' })]);
    const id = created.body.id as string;
    const refused = await ws.admin.post(`/api/v1/surveys/${id}/open`);
    expect([refused.status, refused.body.code, refused.body.fields]).toEqual([400, 'survey.bad_definition', [{ path: 'definition.questions.1.text.en', message: 'detail: the en text is missing' }]]);
    // Offered in Japanese only, the English text is not needed.
    const jaOnly = await ws.admin.patch(`/api/v1/surveys/${id}`, { languages: ['ja'] });
    expect(jaOnly.body.issues).toEqual([]);
    const opened = await ws.admin.post(`/api/v1/surveys/${id}/open`);
    expect(opened.body).toMatchObject({ status: 'open', actions: ['edit', 'close', 'duplicate'] });
    expect(opened.body.openedAt).toEqual(expect.any(String));
  });

  it('freezes the questions once open, closes, and deletes only drafts', async () => {
    const ws = await h().newWorkspace();
    const { body: survey } = await ws.admin.post('/api/v1/surveys', { name: 'NPS 2026 Q1', template: 'nps' });
    const id = survey.id as string;
    const edited = await ws.admin.patch(`/api/v1/surveys/${id}`, { definition: { ...survey.definition, questions: survey.definition.questions.slice(0, 1) } });
    expect(edited.body.questionCount).toBe(1);
    expect((await ws.admin.post(`/api/v1/surveys/${id}/close`)).body.code).toBe('survey.wrong_state');
    await ws.admin.post(`/api/v1/surveys/${id}/open`);

    const frozen = await ws.admin.patch(`/api/v1/surveys/${id}`, { definition: survey.definition, name: '新しい名前' });
    expect([frozen.status, frozen.body.code, frozen.body.fields]).toEqual([409, 'survey.wrong_state', [{ path: 'definition', message: 'cannot change while open' }]]);
    // Sending the unchanged definition back with allowed changes is fine (the builder saves whole surveys).
    const closesAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const allowed = await ws.admin.patch(`/api/v1/surveys/${id}`, {
      definition: edited.body.definition, name: '新しい名前', closesAt, remindAfterDays: 3, emailSubject: { ja: 'ご協力のお願い' },
    });
    expect(allowed.status, JSON.stringify(allowed.body)).toBe(200);
    expect(allowed.body).toMatchObject({ name: '新しい名前', closesAt, remindAfterDays: 3, emailSubject: { ja: 'ご協力のお願い' } });
    const past = await ws.admin.patch(`/api/v1/surveys/${id}`, { closesAt: '2020-01-01T00:00:00Z' });
    expect([past.status, past.body.fields]).toEqual([400, [{ path: 'closesAt', message: 'must be in the future' }]]);

    expect((await ws.admin.del(`/api/v1/surveys/${id}`)).status).toBe(409);
    const closed = await ws.admin.post(`/api/v1/surveys/${id}/close`);
    expect(closed.body).toMatchObject({ status: 'closed', actions: ['edit', 'duplicate'] });
    expect((await ws.admin.patch(`/api/v1/surveys/${id}`, { remindAfterDays: 5 })).body.code).toBe('survey.wrong_state');
    expect((await ws.admin.patch(`/api/v1/surveys/${id}`, { name: '2026 Q1 NPS' })).body.name).toBe('2026 Q1 NPS');
    expect((await ws.admin.post(`/api/v1/surveys/${id}/open`)).status).toBe(409);

    const { body: draft } = await ws.admin.post('/api/v1/surveys', { name: 'やめたもの' });
    expect((await ws.admin.del(`/api/v1/surveys/${draft.id}`)).status).toBe(204);
    expect((await ws.admin.get(`/api/v1/surveys/${draft.id}`)).status).toBe(404);
    expect((await auditOf(ws.admin, id)).map((e) => e.action).sort()).toEqual(['create', 'update', 'update', 'update', 'update', 'update']);
  });

  it('runs a survey again next year as a draft in the same series', async () => {
    const ws = await h().newWorkspace();
    const { body: cx } = await ws.admin.post('/api/v1/surveys', { name: '顧客満足度調査 2025', template: 'cx', remindAfterDays: 5 });
    await ws.admin.post(`/api/v1/surveys/${cx.id}/open`);
    const again = await ws.admin.post(`/api/v1/surveys/${cx.id}/duplicate`);
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.body).toMatchObject({ name: '顧客満足度調査 2026', series: 'cx-annual', status: 'draft', remindAfterDays: 5, closesAt: null });
    expect(again.body.definition).toEqual(cx.definition);
    expect((await ws.admin.get('/api/v1/surveys?series=cx-annual')).body.items).toHaveLength(2);

    const { body: oneOff } = await ws.admin.post('/api/v1/surveys', { name: 'Onboarding check' });
    const copy = await ws.admin.post(`/api/v1/surveys/${oneOff.id}/duplicate`, { name: 'Onboarding check — autumn' });
    expect(copy.body.name).toBe('Onboarding check — autumn');
    const original = await ws.admin.get(`/api/v1/surveys/${oneOff.id}`);
    expect(copy.body.series).toBe(`survey-${oneOff.id.slice(0, 8)}`);
    expect(original.body.series).toBe(copy.body.series);
  });

  it('counts invitations, responses, the response rate and the NPS', async () => {
    const ws = await h().newWorkspace();
    const { body: survey } = await ws.admin.post('/api/v1/surveys', { name: 'NPS', template: 'nps' });
    await ws.admin.post(`/api/v1/surveys/${survey.id}/open`);
    const { body: account } = await ws.admin.post('/api/v1/accounts', { name: '株式会社かいとう' });
    const contacts: string[] = [];
    for (let i = 0; i < 5; i++) contacts.push((await ws.admin.post('/api/v1/contacts', { accountId: account.id, name: `回答者${i}`, email: `r${i}@kaito.example` })).body.id);
    const db = h().database.db;
    // Four invited, one added but not yet invited; three invited contacts answer and one more answers through the API uninvited.
    for (const [i, contactId] of contacts.entries()) {
      await db.execute(sql`insert into survey_recipients (workspace_id, id, survey_id, account_id, contact_id, token, invited_at)
        values (${ws.id}::uuid, ${randomUUID()}::uuid, ${survey.id}::uuid, ${account.id}::uuid, ${contactId}::uuid, ${newSurveyToken(ws.id)},
        ${i < 4 ? new Date().toISOString() : null}::timestamptz)`);
    }
    const answered: Array<[number, number]> = [[0, 10], [1, 9], [2, 3], [4, 7]];
    for (const [i, nps] of answered) {
      await db.execute(sql`insert into survey_responses (workspace_id, id, survey_id, account_id, contact_id, answers, source, nps, submitted_at, updated_at)
        values (${ws.id}::uuid, ${randomUUID()}::uuid, ${survey.id}::uuid, ${account.id}::uuid, ${contacts[i]}::uuid, ${JSON.stringify({ nps })}::jsonb,
        'api', ${nps}, now(), now())`);
    }
    const res = await ws.admin.get(`/api/v1/surveys/${survey.id}`);
    // 3 of the 4 invited answered: 0.75. NPS over 4 answers: 2 promoters (10, 9), 1 detractor (3), 1 passive (7) → (2 − 1) / 4 = 25 points.
    expect(res.body.counts).toEqual({ recipients: 5, invited: 4, responses: 4, responseRate: 0.75, npsAnswers: 4, nps: 25 });
    const listed = (await ws.admin.get('/api/v1/surveys')).body.items[0];
    expect(listed.counts).toEqual(res.body.counts);
  });

  it('closes a survey by itself when its planned close passes, as a system action', async () => {
    const ws = await h().newWorkspace();
    const soon = new Date(Date.now() + 60_000);
    const { body: due } = await ws.admin.post('/api/v1/surveys', { name: '締切あり', template: 'nps', closesAt: soon.toISOString() });
    const { body: later } = await ws.admin.post('/api/v1/surveys', { name: 'まだ先', template: 'nps', closesAt: new Date(Date.now() + 86_400_000).toISOString() });
    const { body: draft } = await ws.admin.post('/api/v1/surveys', { name: '下書き', template: 'nps', closesAt: soon.toISOString() });
    for (const s of [due, later]) await ws.admin.post(`/api/v1/surveys/${s.id}/open`);

    const closed = await closeDueSurveys(h().database.db, new Date(soon.getTime() + 1));
    expect(closed).toContainEqual({ workspaceId: ws.id, id: due.id });
    expect(closed.filter((c) => c.workspaceId === ws.id)).toHaveLength(1);
    const after = await ws.admin.get(`/api/v1/surveys/${due.id}`);
    expect(after.body).toMatchObject({ status: 'closed', closedAt: soon.toISOString() });
    expect((await ws.admin.get(`/api/v1/surveys/${later.id}`)).body.status).toBe('open');
    expect((await ws.admin.get(`/api/v1/surveys/${draft.id}`)).body.status).toBe('draft');
    const [row] = await queryRows<{ actor_type: string; changes: Record<string, unknown> }>(h().database.db, sql`
      select actor_type, changes from audit_log where workspace_id = ${ws.id}::uuid and entity = 'survey' and entity_id = ${due.id}
        and actor_type = 'system'`);
    expect(row).toMatchObject({ actor_type: 'system', changes: { status: ['open', 'closed'], reason: 'closes_at_passed' } });
    expect(await closeDueSurveys(h().database.db, new Date(soon.getTime() + 2))).not.toContainEqual({ workspaceId: ws.id, id: due.id });
  });

  it('lets managers build and everyone read; other workspaces answer 404', async () => {
    const ws = await h().newWorkspace();
    const other = await h().newWorkspace();
    const { body: survey } = await ws.admin.post('/api/v1/surveys', { name: '権限', template: 'nps' });
    const csm = await ws.as('csm');
    const viewer = await ws.as('viewer');
    const manager = await ws.as('manager');
    expect((await csm.post('/api/v1/surveys', { name: 'x' })).status).toBe(403);
    expect((await csm.post(`/api/v1/surveys/${survey.id}/open`)).status).toBe(403);
    expect((await viewer.get(`/api/v1/surveys/${survey.id}`)).status).toBe(200);
    expect((await viewer.get('/api/v1/surveys')).body.items).toHaveLength(1);
    expect((await manager.post(`/api/v1/surveys/${survey.id}/open`)).status).toBe(200);
    expect((await other.admin.get(`/api/v1/surveys/${survey.id}`)).status).toBe(404);
    expect((await other.admin.post(`/api/v1/surveys/${survey.id}/close`)).status).toBe(404);
    expect((await other.admin.get('/api/v1/surveys')).body.items).toEqual([]);
  });
});
