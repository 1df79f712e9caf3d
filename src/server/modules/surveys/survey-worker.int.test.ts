/**
 * The survey worker's pass: it sends the reminders that are due while a survey is open, and
 * closes a survey once its planned close passes — after which no reminder goes out and the
 * answer links stop taking answers.
 */
import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase, makeHarness } from '../../testing/harness.js';
import { createDeps } from '../../deps.js';
import { createSurveyWorker } from './survey-worker.js';

describeEachDatabase('survey worker', (h) => {
  it('reminds while open, then closes at the planned close and reminds no more', async () => {
    let clock = new Date('2026-07-01T00:00:00.000Z');
    const harness = makeHarness(h().database, createDeps(h().database, { now: () => clock }));
    const ws = await harness.newWorkspace();
    const db = h().database.db;
    const account = await ws.admin.post('/api/v1/accounts', { name: '株式会社みなと製作所', plan: 'Pro' });
    await db.execute(sql`update accounts set status = 'active' where workspace_id = ${ws.id}::uuid and id = ${account.body.id}::uuid`);
    await ws.admin.post('/api/v1/contacts', { accountId: account.body.id, name: '港 太郎', email: 'minato@minato.example' });
    const created = await ws.admin.post('/api/v1/surveys', {
      name: 'NPS 2026Q3', template: 'nps', remindAfterDays: 2, closesAt: '2026-07-05T00:00:00.000Z',
    });
    const id = created.body.id as string;
    expect((await ws.admin.post(`/api/v1/surveys/${id}/open`)).status).toBe(200);
    await ws.admin.post(`/api/v1/surveys/${id}/recipients`, {});
    expect((await ws.admin.post(`/api/v1/surveys/${id}/send`)).body.queued).toBe(1);
    const token = (await queryRows<{ token: string }>(db, sql`select token from survey_recipients where workspace_id = ${ws.id}::uuid`))[0]!.token;

    const worker = createSurveyWorker(db, { now: () => clock });
    const mails = async () => (await queryRows<{ n: number }>(db, sql`
      select count(*)::int as n from outbox where workspace_id = ${ws.id}::uuid and payload->>'subject' like '【リマインド】%'`))[0]!.n;
    const status = async () => (await ws.admin.get(`/api/v1/surveys/${id}`)).body.status;

    // Two days after the invitation: one reminder, the survey still open.
    clock = new Date('2026-07-03T00:00:00.000Z');
    await worker.runOnce();
    expect(await mails()).toBe(1);
    expect(await status()).toBe('open');

    // Past the planned close (and the next reminder's day): closed, and no second reminder.
    clock = new Date('2026-07-05T00:00:01.000Z');
    const pass = await worker.runOnce();
    expect(pass.closed).toBeGreaterThanOrEqual(1);
    expect(await status()).toBe('closed');
    expect(await mails()).toBe(1);
    const answer = await harness.app.request(`/api/v1/public/surveys/${token}`, {
      method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers: { nps: 9 }, language: 'ja' }),
    });
    expect(answer.status).toBe(410);
  });
});
