/**
 * Survey distribution through the API: choosing recipients by filters (idempotent, contacts
 * without an email skipped and counted), sending invitations that arrive by SMTP with a link
 * that opens the survey, reminders by hand, removing a recipient, and response rates by segment.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase, type Client, type TestWorkspace } from '../../testing/harness.js';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink.js';
import { createDeliveryWorker } from '../delivery/delivery-worker.js';

/** A valid answer to the CX template when there was no trouble (domain/surveys/templates.ts). */
const NO_TROUBLE = { satisfaction: 4, continuation: 5, nps: 9, trouble: false };

interface Portfolio {
  pro: string; lite: string; churned: string;
  hanako: string; ichiro: string; noEmail: string; misaki: string; ken: string;
}

/**
 * Three accounts: 青葉 (active, Pro, high touch, owned by the admin) with an executive decision
 * maker, an end user and an end user without an email; 桜井 (active, Lite, low touch) with a
 * manager champion; 旧取引先 (churned, Pro) with one contact. Status, tier and phase are set in
 * SQL: the subscription, touch-model and phase machinery are not what this test is about.
 */
async function portfolio(ws: TestWorkspace, db: Parameters<typeof queryRows>[0]): Promise<Portfolio> {
  const account = async (name: string, plan: string, extra: Record<string, unknown> = {}) =>
    (await ws.admin.post('/api/v1/accounts', { name, plan, ...extra })).body.id as string;
  const contact = async (accountId: string, name: string, email: string | null, level: string, role: string) =>
    (await ws.admin.post('/api/v1/contacts', { accountId, name, email, level, role })).body.id as string;
  const pro = await account('青葉システム株式会社', 'Pro', { ownerId: ws.admin.userId, sizeBand: '100-299', industry: '製造' });
  const lite = await account('桜井商事株式会社', 'Lite', { sizeBand: '1-49', industry: '小売' });
  const churned = await account('旧取引先株式会社', 'Pro');
  await db.execute(sql`update accounts set status = 'active', touch_tier = 'high', phase = 'adopt' where workspace_id = ${ws.id}::uuid and id = ${pro}::uuid`);
  await db.execute(sql`update accounts set status = 'active', touch_tier = 'low', phase = 'onboard' where workspace_id = ${ws.id}::uuid and id = ${lite}::uuid`);
  await db.execute(sql`update accounts set status = 'churned' where workspace_id = ${ws.id}::uuid and id = ${churned}::uuid`);
  return {
    pro, lite, churned,
    hanako: await contact(pro, '山田 花子', 'hanako@aoba.example', 'executive', 'decision_maker'),
    ichiro: await contact(pro, '佐藤 一郎', 'ichiro@aoba.example', 'end_user', 'end_user'),
    noEmail: await contact(pro, '鈴木 三郎', null, 'end_user', 'end_user'),
    misaki: await contact(lite, '田中 美咲', 'misaki@sakurai.example', 'manager', 'champion'),
    ken: await contact(churned, '高橋 健', 'ken@old.example', 'manager', 'decision_maker'),
  };
}

async function openCxSurvey(admin: Client, extra: Record<string, unknown> = {}): Promise<string> {
  const created = await admin.post('/api/v1/surveys', { name: '2026年度 お客様満足度調査', template: 'cx', ...extra });
  expect(created.status).toBe(201);
  expect((await admin.post(`/api/v1/surveys/${created.body.id}/open`)).status).toBe(200);
  return created.body.id as string;
}

describeEachDatabase('survey distribution', (h) => {
  let sink: SmtpSink;
  beforeAll(async () => { sink = await startSmtpSink(); });
  afterAll(async () => { await sink.stop(); });

  it('chooses recipients by account and contact filters, idempotently, skipping contacts without an email', async () => {
    const ws = await h().newWorkspace();
    const db = h().database.db;
    const p = await portfolio(ws, db);
    const created = await ws.admin.post('/api/v1/surveys', { name: 'CX 2026', template: 'cx' });
    const id = created.body.id as string;

    // Everyone active: 青葉's three contacts and 桜井's one; the churned account is left out.
    const preview = await ws.admin.post(`/api/v1/surveys/${id}/recipients/preview`, {});
    expect(preview.body).toEqual({ matched: 4, added: 3, alreadyIncluded: 0, skippedNoEmail: 1, accounts: 2 });
    expect((await ws.admin.get(`/api/v1/surveys/${id}/recipients`)).body.counts.recipients).toBe(0);

    // A draft takes recipients; by plan first, then everyone: only the new contact is added.
    expect((await ws.admin.post(`/api/v1/surveys/${id}/recipients`, { accounts: { plans: ['Pro'] } })).body)
      .toEqual({ matched: 3, added: 2, alreadyIncluded: 0, skippedNoEmail: 1, accounts: 1 });
    expect((await ws.admin.post(`/api/v1/surveys/${id}/recipients`, {})).body)
      .toEqual({ matched: 4, added: 1, alreadyIncluded: 2, skippedNoEmail: 1, accounts: 1 });
    expect((await ws.admin.post(`/api/v1/surveys/${id}/recipients`, {})).body)
      .toEqual({ matched: 4, added: 0, alreadyIncluded: 3, skippedNoEmail: 1, accounts: 0 });

    // Filters combine: executives of high-touch accounts; owner; phase; role.
    const count = async (filter: object) => (await ws.admin.post(`/api/v1/surveys/${id}/recipients/preview`, filter)).body.matched;
    expect(await count({ accounts: { tiers: ['high'] }, contacts: { levels: ['executive'] } })).toBe(1);
    expect(await count({ accounts: { ownerIds: [ws.admin.userId] } })).toBe(3);
    expect(await count({ accounts: { phases: ['onboard'] } })).toBe(1);
    expect(await count({ contacts: { roles: ['champion', 'decision_maker'] } })).toBe(2);

    // Chosen by hand, a churned account's contact is taken.
    expect((await ws.admin.post(`/api/v1/surveys/${id}/recipients`, { contacts: { contactIds: [p.ken] } })).body)
      .toEqual({ matched: 1, added: 1, alreadyIncluded: 0, skippedNoEmail: 0, accounts: 1 });
    const list = await ws.admin.get(`/api/v1/surveys/${id}/recipients`);
    expect(list.body.items.map((r: { contactId: string }) => r.contactId).sort()).toEqual([p.hanako, p.ichiro, p.misaki, p.ken].sort());
    expect(list.body.items[0]).toMatchObject({ language: 'ja', invitedAt: null, reminderCount: 0, respondedAt: null });
    expect(list.body.counts).toEqual({ recipients: 4, invited: 0, opened: 0, responded: 0, remindable: 0, sendable: 4 });

    // Paging walks every recipient once.
    const first = await ws.admin.get(`/api/v1/surveys/${id}/recipients?limit=3`);
    const second = await ws.admin.get(`/api/v1/surveys/${id}/recipients?limit=3&cursor=${first.body.nextCursor}`);
    expect(first.body.items).toHaveLength(3);
    expect([...first.body.items, ...second.body.items].map((r: { id: string }) => r.id)).toEqual(list.body.items.map((r: { id: string }) => r.id));
    expect(second.body.nextCursor).toBeNull();

    // One audit row per change that added someone.
    const [audit] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_log
      where workspace_id = ${ws.id}::uuid and entity = 'survey' and entity_id = ${id} and changes ? 'recipientsAdded'`);
    expect(Number(audit!.n)).toBe(3);

    // A CSM reads the list but may not change it; a viewer reads it too.
    const csm = await ws.as('csm');
    expect((await csm.post(`/api/v1/surveys/${id}/recipients`, {})).status).toBe(403);
    expect((await (await ws.as('viewer')).get(`/api/v1/surveys/${id}/recipients`)).status).toBe(200);
    // Unknown ids and closed surveys.
    expect((await ws.admin.post('/api/v1/surveys/00000000-0000-4000-8000-000000000000/recipients', {})).body.code).toBe('survey.not_found');
    await ws.admin.post(`/api/v1/surveys/${id}/open`);
    await ws.admin.post(`/api/v1/surveys/${id}/close`);
    const closed = await ws.admin.post(`/api/v1/surveys/${id}/recipients`, {});
    expect([closed.status, closed.body.code]).toEqual([410, 'survey.closed']);
  });

  it('emails each recipient an invitation whose link opens the survey, once', async () => {
    const ws = await h().newWorkspace('ベンダー株式会社');
    const db = h().database.db;
    const p = await portfolio(ws, db);
    await ws.admin.request('PUT', '/api/v1/delivery/mail-settings', {
      host: sink.host, port: sink.port, secure: false, fromAddress: 'cs@vendor.example', fromName: 'カスタマーサクセス部',
    });
    const draft = await ws.admin.post('/api/v1/surveys', { name: '2026年度 お客様満足度調査', template: 'cx' });
    await ws.admin.post(`/api/v1/surveys/${draft.body.id}/recipients`, { accounts: { accountIds: [p.pro] } });
    const notOpen = await ws.admin.post(`/api/v1/surveys/${draft.body.id}/send`);
    expect([notOpen.status, notOpen.body.code]).toEqual([409, 'survey.not_open']);

    const id = await openCxSurvey(ws.admin, { closesAt: '2026-12-31T14:59:00.000Z' });
    expect((await ws.admin.post(`/api/v1/surveys/${id}/recipients`, { accounts: { accountIds: [p.pro] } })).body.added).toBe(2);
    // 一郎's email is removed after he was chosen: the send passes him over and says so.
    await ws.admin.patch(`/api/v1/contacts/${p.ichiro}`, { email: null });
    sink.clear();
    const sent = await ws.admin.post(`/api/v1/surveys/${id}/send`);
    expect(sent.body).toEqual({ queued: 1, skippedNoEmail: 1 });

    await createDeliveryWorker(db, { workspaceId: ws.id }).drain();
    const [mail] = await sink.waitFor(1);
    expect(mail!.to).toEqual(['hanako@aoba.example']);
    expect(mail!.subject).toBe('「2026年度 お客様満足度調査」ご協力のお願い');
    expect(mail!.text.split('\n').slice(0, 2)).toEqual(['青葉システム株式会社', '山田 花子様']);
    // 2026-12-31T14:59Z is 23:59 on December 31 in Tokyo.
    expect(mail!.text).toContain('回答期限：2026年12月31日');
    const link = /^http:\/\/localhost\/s\/(kzs_[0-9a-f]{32}_[A-Za-z0-9_-]{43})$/m.exec(mail!.text);
    expect(link).not.toBeNull();
    const page = await ws.admin.get(`/api/v1/public/surveys/${link![1]}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ surveyName: '2026年度 お客様満足度調査', accountName: '青葉システム株式会社', language: 'ja' });

    // Sending again mails no one; the list shows who was invited; the timeline says so.
    expect((await ws.admin.post(`/api/v1/surveys/${id}/send`)).body).toEqual({ queued: 0, skippedNoEmail: 1 });
    const list = (await ws.admin.get(`/api/v1/surveys/${id}/recipients`)).body;
    expect(list.counts).toMatchObject({ recipients: 2, invited: 1, opened: 1, sendable: 0 });
    const timeline = await queryRows<{ event: string; contact_id: string; data: Record<string, unknown> }>(db, sql`
      select event, contact_id::text, data from activities where workspace_id = ${ws.id}::uuid and event = 'survey.invited'`);
    expect(timeline).toEqual([{ event: 'survey.invited', contact_id: p.hanako, data: { surveyId: id, surveyName: '2026年度 お客様満足度調査', name: '2026年度 お客様満足度調査', contactName: '山田 花子' } }]);
  });

  it("writes in the recipient's language: the survey's own English text, the built-in Japanese one", async () => {
    const ws = await h().newWorkspace();
    const db = h().database.db;
    const p = await portfolio(ws, db);
    const id = await openCxSurvey(ws.admin, {
      emailSubject: { en: '{{account.name}}: a few questions' }, emailBody: { en: 'Hello {{contact.name}},\n{{survey.link}}' },
    });
    await ws.admin.post(`/api/v1/surveys/${id}/recipients`, { contacts: { contactIds: [p.misaki] }, language: 'en' });
    await ws.admin.post(`/api/v1/surveys/${id}/recipients`, { contacts: { contactIds: [p.hanako] } });
    await ws.admin.post(`/api/v1/surveys/${id}/send`);
    const mails = await queryRows<{ target: string; payload: { subject: string; text: string; locale: string } }>(db, sql`
      select target, payload from outbox where workspace_id = ${ws.id}::uuid order by target`);
    expect(mails.map((m) => [m.target, m.payload.locale, m.payload.subject])).toEqual([
      ['hanako@aoba.example', 'ja', '「2026年度 お客様満足度調査」ご協力のお願い'],
      ['misaki@sakurai.example', 'en', '桜井商事株式会社: a few questions'],
    ]);
    expect(mails[1]!.payload.text).toMatch(/^Hello 田中 美咲,\nhttp:\/\/localhost\/s\/kzs_/);
  });

  it('removes a recipient who has not answered (the link stops working) but keeps one who has', async () => {
    const ws = await h().newWorkspace();
    const db = h().database.db;
    const p = await portfolio(ws, db);
    const id = await openCxSurvey(ws.admin);
    await ws.admin.post(`/api/v1/surveys/${id}/recipients`, {});
    const answered = await ws.admin.request('PUT', `/api/v1/surveys/${id}/responses`, { contactId: p.hanako, answers: NO_TROUBLE });
    expect(answered.status).toBeLessThan(300);
    const [hanako, misaki] = await queryRows<{ id: string; token: string }>(db, sql`
      select id::text, token from survey_recipients where workspace_id = ${ws.id}::uuid and contact_id in (${p.hanako}::uuid, ${p.misaki}::uuid)
      order by (contact_id = ${p.hanako}::uuid) desc`);

    const kept = await ws.admin.del(`/api/v1/survey-recipients/${hanako!.id}`);
    expect([kept.status, kept.body.code]).toEqual([409, 'survey_recipient.answered']);
    expect((await (await ws.as('csm')).del(`/api/v1/survey-recipients/${misaki!.id}`)).status).toBe(403);
    expect((await ws.admin.del(`/api/v1/survey-recipients/${misaki!.id}`)).status).toBe(204);
    expect((await ws.admin.get(`/api/v1/public/surveys/${misaki!.token}`)).status).toBe(404);
    expect((await ws.admin.del(`/api/v1/survey-recipients/${misaki!.id}`)).body.code).toBe('survey_recipient.not_found');
    const other = await h().newWorkspace();
    expect((await other.admin.del(`/api/v1/survey-recipients/${hanako!.id}`)).status).toBe(404);
    expect((await other.admin.get(`/api/v1/surveys/${id}/recipients`)).status).toBe(404);
  });

  it('gives the response rate overall and by plan with 95% Wilson intervals', async () => {
    const ws = await h().newWorkspace();
    const db = h().database.db;
    const p = await portfolio(ws, db);
    const id = await openCxSurvey(ws.admin);
    await ws.admin.post(`/api/v1/surveys/${id}/recipients`, {});
    await ws.admin.post(`/api/v1/surveys/${id}/recipients`, { contacts: { contactIds: [p.ken] } });
    await db.execute(sql`update accounts set plan = null where workspace_id = ${ws.id}::uuid and id = ${p.churned}::uuid`);
    await ws.admin.post(`/api/v1/surveys/${id}/send`);
    for (const contactId of [p.hanako, p.misaki]) {
      expect((await ws.admin.request('PUT', `/api/v1/surveys/${id}/responses`, { contactId, answers: NO_TROUBLE })).status).toBeLessThan(300);
    }
    const rates = await ws.admin.get(`/api/v1/surveys/${id}/response-rates?by=plan`);
    expect(rates.status).toBe(200);
    // Reference intervals: scipy 1.17, stats.binomtest(k, n).proportion_ci(method='wilson'):
    // (2, 4) → 0.15003898915214953…0.8499610108478505; (1, 2) → 0.09453120573423074…0.9054687942657693;
    // (1, 1) → 0.20654931437723745…1.0; (0, 1) → 0.0…0.7934506856227626.
    const close = (row: { interval: { low: number; high: number } }, low: number, high: number) => {
      expect(row.interval.low).toBeCloseTo(low, 9);
      expect(row.interval.high).toBeCloseTo(high, 9);
    };
    const { total, segments } = rates.body;
    expect(total).toMatchObject({ recipients: 4, invited: 4, opened: 0, responded: 2, rate: 0.5 });
    close(total, 0.15003898915214953, 0.8499610108478505);
    expect(segments.map((s: { key: string | null; responded: number; recipients: number }) => [s.key, s.responded, s.recipients]))
      .toEqual([['Pro', 1, 2], ['Lite', 1, 1], [null, 0, 1]]);
    close(segments[0], 0.09453120573423074, 0.9054687942657693);
    close(segments[1], 0.20654931437723745, 1);
    close(segments[2], 0, 0.7934506856227626);

    // Tier and owner segments carry names to show.
    const tiers = (await ws.admin.get(`/api/v1/surveys/${id}/response-rates?by=owner`)).body.segments;
    expect(tiers[0]).toMatchObject({ key: ws.admin.userId, label: '管理 太郎', recipients: 2 });
    expect((await ws.admin.get(`/api/v1/surveys/${id}/response-rates?by=size`)).body.segments.map((s: { key: string | null }) => s.key))
      .toEqual(['100-299', '1-49', null]);
    expect((await ws.admin.get(`/api/v1/surveys/${id}/response-rates?by=colour`)).status).toBe(400);
  });
});
