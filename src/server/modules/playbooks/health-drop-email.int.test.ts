/**
 * The key test, end to end through the real pipeline: a CSM's sentiment falls, the
 * health worker rescores the account and queues it for automation, the automation worker finds
 * the drop and fires the playbook, the delivery worker sends its email to a local SMTP server.
 * The workers run on the real clock; between steps a day passes by moving the workspace's
 * daily score history one day back, as if the earlier scores had been taken a day earlier.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase, type Harness } from '../../testing/harness.js';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink.js';
import { createDeliveryWorker } from '../delivery/delivery-worker.js';
import { createAutomationWorker } from '../automation/automation-worker.js';

describeEachDatabase('a playbook on a health drop sends an email', (h) => {
  let sink: SmtpSink;
  beforeAll(async () => { sink = await startSmtpSink(); });
  afterAll(async () => { await sink.stop(); });

  async function score(harness: Harness) {
    await harness.deps.health!.drain();
  }

  /** Yesterday's scores become the day before's, today's become yesterday's (oldest first: keys never collide). */
  async function aDayPasses(harness: Harness, workspaceId: string) {
    const days = await queryRows<{ day: string }>(harness.database.db, sql`
      select distinct day::text as day from health_history where workspace_id = ${workspaceId}::uuid order by day`);
    for (const { day } of days) {
      await harness.database.db.execute(sql`
        update health_history set day = day - 1 where workspace_id = ${workspaceId}::uuid and day = ${day}::date`);
    }
  }

  it('fires once when the score drops, mails the decision maker, and fires again only after recovery', async () => {
    const ws = await h().newWorkspace();
    const db = h().database.db;
    const automation = createAutomationWorker(db, { workspaceId: ws.id });
    const delivery = createDeliveryWorker(db, { workspaceId: ws.id });

    await ws.admin.request('PUT', '/api/v1/delivery/mail-settings', {
      host: sink.host, port: sink.port, secure: false, fromAddress: 'cs@vendor.example', fromName: 'カスタマーサクセス部',
    });
    const template = await ws.admin.post('/api/v1/email-templates', {
      name: 'ヘルス低下のご連絡', locale: 'ja',
      subject: '{{account.name}}様 ご利用状況についてのご相談',
      body: '{{contact.name}}様\n\nいつもお世話になっております。{{owner.name}}です。\n最近のご利用状況について、一度お打ち合わせの機会をいただけますでしょうか。\n\n（社内メモ：{{trigger.reason}}）',
    });
    expect(template.status).toBe(201);
    const playbook = await ws.admin.post('/api/v1/playbooks', {
      name: 'ヘルス急落フォロー',
      trigger: { type: 'health_drop', points: 25, days: 14 },
      actions: [
        { type: 'send_email', templateId: template.body.id, to: { role: 'decision_maker' } },
        { type: 'create_task', title: '急落の理由をヒアリング', dueInDays: 2, assignee: 'owner' },
      ],
    });
    expect(playbook.status).toBe(201);

    const account = await ws.admin.post('/api/v1/accounts', { name: '桜井商事株式会社', ownerId: ws.admin.userId });
    const accountId = account.body.id as string;
    await ws.admin.post('/api/v1/subscriptions', { accountId, plan: 'Pro', quantity: 10, unitPrice: 30000 });
    await ws.admin.post('/api/v1/contacts', { accountId, name: '山田 花子', email: 'hanako@sakurai.example', role: 'decision_maker' });
    await ws.admin.post('/api/v1/contacts', { accountId, name: '佐藤 一郎', email: 'ichiro@sakurai.example', role: 'end_user' });

    // Day 0, the default scorecard (domain/health/default-scorecard.ts) without NPS or a renewal date:
    // sentiment carries the whole relationship weight, 30%. Sentiment 5 → 100 points × 0.3 = 30; logins
    // at the workspace median 50 × 0.175 = 8.75; no usage trend (0% on the −50…20 range) 71.43 × 0.175
    // = 12.5; active ratio and breadth 0. Score 51.25, stored as 51.3. Nothing has dropped.
    await ws.admin.post(`/api/v1/accounts/${accountId}/sentiments`, { value: 5, reason: '定例会も順調' });
    await score(h());
    await automation.drain();
    const runs = async () => (await ws.admin.get(`/api/v1/playbooks/${playbook.body.id}/runs`)).body.items as Array<Record<string, any>>;
    expect(await runs()).toEqual([]);
    const scoreNow = async () => (await ws.admin.get(`/api/v1/accounts/${accountId}/health`)).body.score as number;
    expect(await scoreNow()).toBe(51.3);

    // Day 1: the champion left; sentiment 1 of 5 is 0 points: 30 points fewer, 21.25 stored as 21.3.
    // 51.3 → 21.3 is a drop of 30 ≥ 25 points within 14 days.
    await ws.admin.post(`/api/v1/accounts/${accountId}/sentiments`, { value: 1, reason: '推進担当者が退職' });
    await aDayPasses(h(), ws.id);
    await score(h());
    expect(await automation.drain()).toBe(1);
    const [run] = await runs();
    expect(run).toMatchObject({
      accountId, accountName: '桜井商事株式会社', closedAt: null,
      detail: { score: 21.3, from: 51.3, drop: 30, days: 14 },
      results: [{ type: 'send_email', status: 'queued' }, { type: 'create_task', status: 'done' }],
    });
    expect(run!.results[0].ref.to).toEqual(['hanako@sakurai.example']);

    await delivery.drain();
    const [mail] = await sink.waitFor(1);
    expect(mail!.to).toEqual(['hanako@sakurai.example']);
    expect(mail!.from).toBe('cs@vendor.example');
    expect(mail!.subject).toBe('桜井商事株式会社様 ご利用状況についてのご相談');
    expect(mail!.text).toBe([
      '山田 花子様', '', 'いつもお世話になっております。管理 太郎です。',
      '最近のご利用状況について、一度お打ち合わせの機会をいただけますでしょうか。', '',
      '（社内メモ：ヘルススコアが14日以内に30点低下しました（51.3→21.3点））',
    ].join('\n'));
    const [outbox] = await queryRows<{ status: string; playbook_run_id: string }>(db, sql`
      select status, playbook_run_id::text from outbox where workspace_id = ${ws.id}::uuid`);
    expect(outbox).toEqual({ status: 'sent', playbook_run_id: run!.id });
    // The run log reads the delivery back: the email is sent now, not queued.
    expect((await runs())[0]!.results.map((r: { type: string; status: string }) => [r.type, r.status])).toEqual([['send_email', 'sent'], ['create_task', 'done']]);

    // The task went to the owner with the reason; the timeline says the playbook fired.
    const [task] = await queryRows<{ title: string; reason: string; source: string; assignee_id: string }>(db, sql`
      select title, reason, source, assignee_id::text from tasks where workspace_id = ${ws.id}::uuid`);
    expect(task).toEqual({ title: '急落の理由をヒアリング', reason: 'ヘルススコアが14日以内に30点低下しました（51.3→21.3点）', source: 'playbook', assignee_id: ws.admin.userId });
    const timeline = (await ws.admin.get(`/api/v1/accounts/${accountId}/timeline`)).body;
    expect(JSON.stringify(timeline)).toContain('playbook.fired');

    // Still down the next day: the episode is open, nothing fires again.
    await ws.admin.post(`/api/v1/accounts/${accountId}/sentiments`, { value: 1, reason: '変わらず' });
    await aDayPasses(h(), ws.id);
    await score(h());
    await automation.drain();
    expect(await runs()).toHaveLength(1);

    // Day 3 it recovers (the drop is gone: the episode closes); day 4 it drops again and fires again.
    await ws.admin.post(`/api/v1/accounts/${accountId}/sentiments`, { value: 5, reason: '後任と関係構築' });
    await aDayPasses(h(), ws.id);
    await score(h());
    await automation.drain();
    expect((await runs())[0]!.closedAt).not.toBeNull();
    await ws.admin.post(`/api/v1/accounts/${accountId}/sentiments`, { value: 1, reason: '再び停滞' });
    await aDayPasses(h(), ws.id);
    await score(h());
    await automation.drain();
    expect(await runs()).toHaveLength(2);
    await delivery.drain();
    expect((await sink.waitFor(2)).map((m) => m.to[0])).toEqual(['hanako@sakurai.example', 'hanako@sakurai.example']);
  });
});
