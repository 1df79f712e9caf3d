/**
 * What an answer sets off: the nps_detractor playbook fires once for a detractor answer (not again
 * on an edit), and the account's health score reads the answers (the default scorecard has an NPS
 * measure: range 0–10, domain/health/default-scorecard.ts).
 */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachDatabase, type TestWorkspace } from '../../testing/harness.js';
import { runPlaybooks } from '../playbooks/run-playbooks.js';
import { openSurveyWithRecipient, publicCall } from '../../testing/survey-fixtures.js';

const ANSWERS = { satisfaction: 2, continuation: 2, trouble: false };

describeEachDatabase('survey answer effects', (h) => {
  const pass = (ws: TestWorkspace) => h().database.db.transaction((tx) => runPlaybooks(tx, ws.id, { now: new Date() }));

  it('fires an nps_detractor playbook once for a detractor answer, not for a promoter or an edit', async () => {
    const ws = await h().newWorkspace();
    const f = await openSurveyWithRecipient(h(), ws);
    const created = await ws.admin.post('/api/v1/playbooks', {
      name: '批判者フォロー', trigger: { type: 'nps_detractor' }, actions: [{ type: 'create_task', title: '批判者に電話する', dueInDays: 2, assignee: 'owner' }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await pass(ws);
    expect((await publicCall(h(), 'PUT', f.token, { answers: { ...ANSWERS, nps: 3 } })).status).toBe(200);
    const promoter = await ws.admin.post('/api/v1/contacts', { accountId: f.accountId, name: '鈴木 次郎' });
    await ws.admin.request('PUT', `/api/v1/surveys/${f.surveyId}/responses`, { contactId: promoter.body.id, answers: { ...ANSWERS, nps: 10 } });
    expect(await pass(ws)).toEqual({ fired: 1, closed: 0 });
    // The respondent lowers the score further: the same entry is rewritten, nothing fires again.
    await publicCall(h(), 'PUT', f.token, { answers: { ...ANSWERS, nps: 1 } });
    expect(await pass(ws)).toEqual({ fired: 0, closed: 0 });
    const runs = (await ws.admin.get(`/api/v1/playbooks/${created.body.id}/runs`)).body.items as { accountId: string; detail: Record<string, unknown> }[];
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ accountId: f.accountId, detail: { nps: 3, surveyId: f.surveyId, contactId: f.contactId } });
  });

  it("changes the account's health score through its NPS measure: the mean of each contact's latest answer", async () => {
    const ws = await h().newWorkspace();
    const f = await openSurveyWithRecipient(h(), ws);
    await ws.admin.post('/api/v1/subscriptions', { accountId: f.accountId, plan: 'Pro', quantity: 5, unitPrice: 20_000 });
    const health = async () => {
      await h().deps.health!.drain();
      const body = (await ws.admin.get(`/api/v1/accounts/${f.accountId}/health`)).body as { score: number | null; explanation?: { measures: { id: string; value: number | null }[] } };
      return { score: body.score, nps: body.explanation?.measures.find((m) => m.id === 'nps')?.value ?? null };
    };
    const before = await health();
    expect(before.nps).toBeNull();

    await publicCall(h(), 'PUT', f.token, { answers: { ...ANSWERS, nps: 2 } });
    const low = await health();
    expect(low.nps).toBe(2);
    expect(low.score).not.toBe(before.score);

    // A second contact answers 10: (2 + 10) / 2 = 6.
    const other = await ws.admin.post('/api/v1/contacts', { accountId: f.accountId, name: '山本 三郎' });
    await ws.admin.request('PUT', `/api/v1/surveys/${f.surveyId}/responses`, { contactId: other.body.id, answers: { ...ANSWERS, nps: 10 } });
    const mixed = await health();
    expect(mixed.nps).toBe(6);
    expect(mixed.score!).toBeGreaterThan(low.score!);

    // An answer older than 365 days no longer speaks for the account: only the 10 is left. (The update
    // queues the account by trigger, as every response write does.)
    await h().database.db.execute(sql`update survey_responses set submitted_at = now() - interval '400 days'
      where workspace_id = ${ws.id}::uuid and contact_id = ${f.contactId}::uuid`);
    expect((await health()).nps).toBe(10);
  });
});
