/**
 * Reminders for non-respondents: by hand (invited at least a day ago, not reminded within a
 * day) and on schedule (`remindAfterDays`, at most two, stopping at the close). The app runs on a
 * test clock so days can pass.
 */
import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase, makeHarness, type TestWorkspace } from '../../testing/harness.js';
import { createDeps } from '../../deps.js';
import { MAX_AUTOMATIC_REMINDERS, sendDueReminders } from './reminders.js';

const NO_TROUBLE = { satisfaction: 4, continuation: 5, nps: 9, trouble: false };

describeEachDatabase('survey reminders', (h) => {
  /** A harness whose clock the test moves; three active accounts with one emailed contact each. */
  async function setUp(start: string) {
    let clock = new Date(start);
    const harness = makeHarness(h().database, createDeps(h().database, { now: () => clock }));
    const ws = await harness.newWorkspace();
    const contacts: string[] = [];
    for (const [name, email] of [['青葉システム株式会社', 'a@aoba.example'], ['桜井商事株式会社', 'b@sakurai.example'], ['北斗物流株式会社', 'c@hokuto.example']]) {
      const account = await ws.admin.post('/api/v1/accounts', { name, plan: 'Pro' });
      await h().database.db.execute(sql`update accounts set status = 'active' where workspace_id = ${ws.id}::uuid and id = ${account.body.id}::uuid`);
      contacts.push((await ws.admin.post('/api/v1/contacts', { accountId: account.body.id, name: `${name} ご担当者`, email })).body.id);
    }
    return { ws, contacts, at: (iso: string) => { clock = new Date(iso); } };
  }

  async function reminderMails(ws: TestWorkspace) {
    return queryRows<{ target: string; subject: string }>(h().database.db, sql`
      select target, payload->>'subject' as subject from outbox
      where workspace_id = ${ws.id}::uuid and payload->>'subject' like '【リマインド】%' order by created_at, target`);
  }

  it('reminds by hand only non-respondents invited at least a day ago, and not twice within a day', async () => {
    const { ws, contacts, at } = await setUp('2026-05-01T00:00:00.000Z');
    const survey = await ws.admin.post('/api/v1/surveys', { name: 'CX 2026', template: 'cx' });
    const id = survey.body.id as string;
    await ws.admin.post(`/api/v1/surveys/${id}/open`);
    await ws.admin.post(`/api/v1/surveys/${id}/recipients`, {});
    expect((await ws.admin.post(`/api/v1/surveys/${id}/send`)).body).toEqual({ queued: 3, skippedNoEmail: 0 });
    await ws.admin.request('PUT', `/api/v1/surveys/${id}/responses`, { contactId: contacts[0], answers: NO_TROUBLE });

    // 23 hours later: too soon.
    at('2026-05-01T23:00:00.000Z');
    expect((await ws.admin.post(`/api/v1/surveys/${id}/remind`)).body).toEqual({ queued: 0, skippedNoEmail: 0 });
    expect((await ws.admin.get(`/api/v1/surveys/${id}/recipients`)).body.counts.remindable).toBe(0);
    // A day later: the two who have not answered; pressing again mails no one.
    at('2026-05-02T00:00:00.000Z');
    expect((await ws.admin.get(`/api/v1/surveys/${id}/recipients`)).body.counts.remindable).toBe(2);
    expect((await ws.admin.post(`/api/v1/surveys/${id}/remind`)).body).toEqual({ queued: 2, skippedNoEmail: 0 });
    expect((await ws.admin.post(`/api/v1/surveys/${id}/remind`)).body).toEqual({ queued: 0, skippedNoEmail: 0 });
    expect((await reminderMails(ws)).map((m) => m.target)).toEqual(['b@sakurai.example', 'c@hokuto.example']);
    expect((await reminderMails(ws))[0]!.subject).toBe('【リマインド】「CX 2026」ご協力のお願い');

    const list = (await ws.admin.get(`/api/v1/surveys/${id}/recipients?status=not_responded`)).body;
    expect(list.items.map((r: { reminderCount: number; lastRemindedAt: string }) => [r.reminderCount, r.lastRemindedAt]))
      .toEqual([[1, '2026-05-02T00:00:00.000Z'], [1, '2026-05-02T00:00:00.000Z']]);
    expect((await (await ws.as('csm')).post(`/api/v1/surveys/${id}/remind`)).status).toBe(403);
    await ws.admin.post(`/api/v1/surveys/${id}/close`);
    expect((await ws.admin.post(`/api/v1/surveys/${id}/remind`)).body.code).toBe('survey.closed');
  });

  it(`reminds on schedule every remindAfterDays, at most ${MAX_AUTOMATIC_REMINDERS} times, never after the close`, async () => {
    const { ws, contacts, at } = await setUp('2026-06-01T00:00:00.000Z');
    const db = h().database.db;
    const survey = await ws.admin.post('/api/v1/surveys', {
      name: 'NPS 2026Q2', template: 'nps', remindAfterDays: 3, closesAt: '2026-06-20T00:00:00.000Z',
    });
    const id = survey.body.id as string;
    await ws.admin.post(`/api/v1/surveys/${id}/open`);
    await ws.admin.post(`/api/v1/surveys/${id}/recipients`, {});
    await ws.admin.post(`/api/v1/surveys/${id}/send`);
    await ws.admin.request('PUT', `/api/v1/surveys/${id}/responses`, { contactId: contacts[2], answers: { nps: 3 } });
    const due = (iso: string) => sendDueReminders(db, new Date(iso), { workspaceId: ws.id, baseUrl: 'https://cs.vendor.example' });

    expect(await due('2026-06-03T23:59:59.000Z')).toBe(0);
    expect(await due('2026-06-04T00:00:00.000Z')).toBe(2);
    expect(await due('2026-06-04T00:00:00.000Z')).toBe(0);
    expect(await due('2026-06-06T00:00:00.000Z')).toBe(0);
    expect(await due('2026-06-07T00:00:00.000Z')).toBe(2);
    // The cap: a third reminder never goes.
    expect(await due('2026-06-10T00:00:00.000Z')).toBe(0);
    const mails = await reminderMails(ws);
    expect(mails).toHaveLength(4);
    const [one] = await queryRows<{ text: string }>(db, sql`select payload->>'text' as text from outbox
      where workspace_id = ${ws.id}::uuid and payload->>'subject' like '【リマインド】%' limit 1`);
    expect(one!.text).toMatch(/^https:\/\/cs\.vendor\.example\/s\/kzs_/m);
    const [audit] = await queryRows<{ actor_type: string; changes: Record<string, unknown> }>(db, sql`
      select actor_type, changes from audit_log where workspace_id = ${ws.id}::uuid and changes->>'by' = 'schedule' order by at limit 1`);
    expect(audit).toEqual({ actor_type: 'system', changes: { reminded: 2, skippedNoEmail: 0, by: 'schedule' } });

    // A second survey that closes before its first reminder would be due sends none.
    at('2026-06-01T00:00:00.000Z');
    const short = await ws.admin.post('/api/v1/surveys', { name: 'NPS short', template: 'nps', remindAfterDays: 3, closesAt: '2026-06-03T00:00:00.000Z' });
    await ws.admin.post(`/api/v1/surveys/${short.body.id}/open`);
    await ws.admin.post(`/api/v1/surveys/${short.body.id}/recipients`, {});
    await ws.admin.post(`/api/v1/surveys/${short.body.id}/send`);
    expect(await due('2026-06-05T00:00:00.000Z')).toBe(0);
    // A survey without remindAfterDays is reminded only by hand.
    const manual = await ws.admin.post('/api/v1/surveys', { name: 'NPS manual', template: 'nps' });
    await ws.admin.post(`/api/v1/surveys/${manual.body.id}/open`);
    await ws.admin.post(`/api/v1/surveys/${manual.body.id}/recipients`, {});
    await ws.admin.post(`/api/v1/surveys/${manual.body.id}/send`);
    expect(await due('2026-06-15T00:00:00.000Z')).toBe(0);
  });
  it('links scheduled reminders to the address the invitations were sent from, unless KIZUNA_PUBLIC_URL says otherwise', async () => {
    const { ws } = await setUp('2026-07-01T00:00:00.000Z');
    const db = h().database.db;
    const survey = await ws.admin.post('/api/v1/surveys', { name: 'NPS 2026Q3', template: 'nps', remindAfterDays: 2 });
    const id = survey.body.id as string;
    await ws.admin.post(`/api/v1/surveys/${id}/open`);
    await ws.admin.post(`/api/v1/surveys/${id}/recipients`, {});
    // The manager works at https://cs.kizuna.example: the invitations link there.
    const sent = await ws.admin.request('POST', `https://cs.kizuna.example/api/v1/surveys/${id}/send`);
    expect(sent.body).toEqual({ queued: 3, skippedNoEmail: 0 });
    const links = async () => (await queryRows<{ link: string }>(db, sql`
      select substring(payload->>'text' from 'https?://[^/]+/s/') as link from outbox
      where workspace_id = ${ws.id}::uuid and payload->>'subject' like '【リマインド】%' order by created_at`)).map((r) => r.link);
    const saved = process.env.KIZUNA_PUBLIC_URL;
    try {
      delete process.env.KIZUNA_PUBLIC_URL;
      // The worker has no request: before, its links pointed at http://localhost:3000.
      expect(await sendDueReminders(db, new Date('2026-07-03T00:00:00.000Z'), { workspaceId: ws.id })).toBe(3);
      expect(await links()).toEqual(Array(3).fill('https://cs.kizuna.example/s/'));
      process.env.KIZUNA_PUBLIC_URL = 'https://survey.vendor.example/';
      expect(await sendDueReminders(db, new Date('2026-07-05T00:00:00.000Z'), { workspaceId: ws.id })).toBe(3);
      expect((await links()).slice(3)).toEqual(Array(3).fill('https://survey.vendor.example/s/'));
    } finally {
      if (saved === undefined) delete process.env.KIZUNA_PUBLIC_URL;
      else process.env.KIZUNA_PUBLIC_URL = saved;
    }
  });
});
