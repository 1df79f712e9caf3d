import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../../testing/harness.js';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink.js';
import { queryRows } from '../../db/connect.js';
import { createDeliveryWorker } from './delivery-worker.js';
import { enqueueEmail } from './enqueue.js';
import { PASSWORD_UNREADABLE } from './mail-settings-store.js';
import { sealStoredSecrets } from '../../secrets/seal-stored.js';
import { secretKeyFrom } from '../../secrets/secret-box.js';

describeEachDatabase('mail settings, templates and the delivery log', (h) => {
  let sink: SmtpSink;
  beforeAll(async () => { sink = await startSmtpSink(); });
  afterAll(async () => { await sink.stop(); });

  it('saves SMTP settings without ever returning the password, keeps it when omitted, and audits without it', async () => {
    const ws = await h().newWorkspace();
    expect((await ws.admin.get('/api/v1/delivery/mail-settings')).body).toMatchObject({ configured: false, hasPassword: false });
    const saved = await ws.admin.request('PUT', '/api/v1/delivery/mail-settings', {
      host: sink.host, port: sink.port, secure: false, username: 'cs-bot', password: 's3cret-パス', fromAddress: 'cs@vendor.example', fromName: 'カスタマーサクセス',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ configured: true, host: sink.host, port: sink.port, username: 'cs-bot', hasPassword: true, fromName: 'カスタマーサクセス' });
    expect(JSON.stringify(saved.body)).not.toContain('s3cret');
    // omit the password: kept
    await ws.admin.request('PUT', '/api/v1/delivery/mail-settings', { host: sink.host, port: sink.port, username: 'cs-bot', fromAddress: 'cs2@vendor.example' });
    const [row] = await queryRows<{ password: string; from_address: string }>(h().database.db, sql`select password, from_address from mail_settings where workspace_id = ${ws.id}::uuid`);
    expect(row).toEqual({ password: 's3cret-パス', from_address: 'cs2@vendor.example' });
    const audit = await ws.admin.get('/api/v1/audit?limit=10');
    const entries = (audit.body.items as { entity: string; changes: unknown }[]).filter((e) => e.entity === 'mail_settings');
    expect(entries).toHaveLength(2);
    expect(JSON.stringify(audit.body)).not.toContain('s3cret');
    // null removes it
    await ws.admin.request('PUT', '/api/v1/delivery/mail-settings', { host: sink.host, port: sink.port, username: null, password: null, fromAddress: 'cs@vendor.example' });
    expect((await ws.admin.get('/api/v1/delivery/mail-settings')).body).toMatchObject({ hasPassword: false, username: null });
  });

  it('stores the SMTP password encrypted under KIZUNA_SECRET_KEY, logs in with it, and asks for it again under another key', async () => {
    const ws = await h().newWorkspace();
    const db = h().database.db;
    const saved = process.env.KIZUNA_SECRET_KEY;
    try {
      process.env.KIZUNA_SECRET_KEY = 'first-key-0123456789abcdef';
      await ws.admin.request('PUT', '/api/v1/delivery/mail-settings', {
        host: sink.host, port: sink.port, secure: false, username: 'cs-bot', password: 'smtp-パスワード-7', fromAddress: 'cs@vendor.example',
      });
      const stored = async () => (await queryRows<{ password: string }>(db, sql`select password from mail_settings where workspace_id = ${ws.id}::uuid`))[0]!.password;
      expect(await stored()).toMatch(/^kzenc:v1:/);
      expect(await stored()).not.toContain('パスワード');
      // The worker opens it and logs in with the password as typed.
      const worker = createDeliveryWorker(db, { workspaceId: ws.id });
      await db.transaction((tx) => enqueueEmail(tx, ws.id, { to: 'a@customer.example', subject: '暗号化', text: '-', locale: 'ja' }));
      sink.passwords.length = 0;
      expect(await worker.drain()).toBe(1);
      expect(sink.passwords).toEqual(['smtp-パスワード-7']);

      // Another key (say a restored backup on a new server): nothing is sent with a wrong password; it is asked for again.
      process.env.KIZUNA_SECRET_KEY = 'second-key-0123456789abcdef';
      expect((await ws.admin.get('/api/v1/delivery/mail-settings')).body).toMatchObject({ hasPassword: true, passwordUnreadable: true });
      const waiting = await db.transaction((tx) => enqueueEmail(tx, ws.id, { to: 'b@customer.example', subject: '待機', text: '-', locale: 'ja' }));
      await worker.drainOnce();
      const [row] = await queryRows<{ status: string; attempts: number; last_error: string }>(db, sql`
        select status, attempts, last_error from outbox where workspace_id = ${ws.id}::uuid and id = ${waiting}::uuid`);
      expect(row).toEqual({ status: 'pending', attempts: 0, last_error: PASSWORD_UNREADABLE });
      const test = await ws.admin.post('/api/v1/delivery/mail-settings/test', { to: 'c@customer.example' });
      expect([test.status, test.body.code]).toEqual([409, 'mail.password_unreadable']);
      expect(sink.passwords).toEqual(['smtp-パスワード-7']);

      // A password stored in the clear before the key was set is sealed at start (kizuna serve).
      await db.execute(sql`update mail_settings set password = 'plain-old' where workspace_id = ${ws.id}::uuid`);
      expect(await db.transaction((tx) => sealStoredSecrets(tx, secretKeyFrom()!, ws.id))).toBe(1);
      expect(await stored()).toMatch(/^kzenc:v1:/);
      expect((await ws.admin.get('/api/v1/delivery/mail-settings')).body).toMatchObject({ hasPassword: true, passwordUnreadable: false });
    } finally {
      if (saved === undefined) delete process.env.KIZUNA_SECRET_KEY;
      else process.env.KIZUNA_SECRET_KEY = saved;
    }
  });

  it('names the bad field, and only admins and managers may configure delivery', async () => {
    const ws = await h().newWorkspace();
    const bad = await ws.admin.request('PUT', '/api/v1/delivery/mail-settings', { host: '', port: 70000, fromAddress: 'not-an-address' });
    expect(bad.status).toBe(400);
    expect((bad.body.fields as { path: string }[]).map((f) => f.path).sort()).toEqual(['fromAddress', 'host', 'port']);
    const manager = await ws.as('manager');
    expect((await manager.get('/api/v1/delivery/mail-settings')).status).toBe(200);
    for (const role of ['csm', 'sales', 'viewer'] as const) {
      const member = await ws.as(role);
      expect((await member.get('/api/v1/delivery/mail-settings')).status).toBe(403);
      expect((await member.get('/api/v1/delivery/outbox')).status).toBe(403);
      expect((await member.post('/api/v1/email-templates', { name: 'x', locale: 'ja', subject: 'x', body: 'x' })).status).toBe(403);
      // reading templates (for playbook editors and previews) is open to every member
      expect((await member.get('/api/v1/email-templates')).status).toBe(200);
    }
  });

  it('sends a test mail at once and reports the server\'s refusal', async () => {
    const ws = await h().newWorkspace();
    expect((await ws.admin.post('/api/v1/delivery/mail-settings/test', { to: 'me@vendor.example' })).body.code).toBe('mail.not_configured');
    await ws.admin.request('PUT', '/api/v1/delivery/mail-settings', { host: sink.host, port: sink.port, fromAddress: 'cs@vendor.example' });
    sink.clear();
    const ok = await ws.admin.post('/api/v1/delivery/mail-settings/test', { to: 'me@vendor.example', locale: 'ja' });
    expect(ok.body).toEqual({ ok: true, error: null });
    const [message] = await sink.waitFor(1);
    expect(message).toMatchObject({ subject: 'Kizuna テストメール', to: ['me@vendor.example'] });
    expect(message!.text).toContain('メール設定は正しく動作しています');
    sink.failNext(1, 550);
    const refused = await ws.admin.post('/api/v1/delivery/mail-settings/test', { to: 'me@vendor.example', locale: 'en' });
    expect(refused.body.ok).toBe(false);
    expect(refused.body.error).toContain('550');
    // nothing is queued by a test mail
    expect((await ws.admin.get('/api/v1/delivery/outbox')).body.items).toEqual([]);
  });

  it('keeps templates per language, warns about unknown fields, and previews them with a real account', async () => {
    const ws = await h().newWorkspace();
    const { body: small } = await ws.admin.post('/api/v1/accounts', { name: '小さな商店' });
    const { body: big } = await ws.admin.post('/api/v1/accounts', { name: '株式会社サクラ', ownerId: ws.admin.userId });
    await ws.admin.post('/api/v1/contacts', { accountId: big.id, name: '一般 社員', email: 'staff@sakura.example' });
    await ws.admin.post('/api/v1/contacts', { accountId: big.id, name: '山田 花子', email: 'yamada@sakura.example', role: 'decision_maker', title: '部長' });
    await ws.admin.post('/api/v1/subscriptions', {
      accountId: big.id, plan: 'Pro', quantity: 10, unitPrice: 30_000, currency: 'JPY', billingInterval: 'month', intervalCount: 1, discountPercent: 0, status: 'active', startedOn: '2026-01-01', endsOn: '2026-09-30',
    });
    const created = await ws.admin.post('/api/v1/email-templates', {
      name: '更新前のご挨拶', locale: 'ja', subject: '{{account.name}}様 ご契約更新のご案内',
      body: '{{contact.name}}様（{{contact.title}}）\n\n更新日: {{account.renewalDate}}\n年間ご契約額: {{account.arr}}\n{{deal.amount}}\n担当: {{owner.name}}',
    });
    expect(created.status).toBe(201);
    expect(created.body.unknownFields).toEqual(['deal.amount']);
    await ws.admin.post('/api/v1/email-templates', { name: 'Renewal', locale: 'en', subject: 'Your renewal, {{account.name}}', body: 'Hello {{ contact.name }}, ARR {{account.arr}}' });
    const list = await ws.admin.get('/api/v1/email-templates');
    expect(list.body.items.map((t: { name: string; locale: string }) => `${t.locale}:${t.name}`)).toEqual(['en:Renewal', 'ja:更新前のご挨拶']);

    // default sample: the largest account (MRR 10 × ¥30,000 = ¥300,000 → ARR ¥3,600,000)
    const preview = await ws.admin.post('/api/v1/email-templates/preview', { subject: created.body.subject, body: created.body.body, locale: 'ja' });
    expect(preview.status).toBe(200);
    expect(preview.body.account).toEqual({ id: big.id, name: '株式会社サクラ' });
    expect(preview.body.subject).toBe('株式会社サクラ様 ご契約更新のご案内');
    expect(preview.body.body).toBe('山田 花子様（部長）\n\n更新日: 2026-09-30\n年間ご契約額: 3,600,000円\n\n担当: 管理 太郎');
    expect(preview.body.unknownFields).toEqual(['deal.amount']);
    const en = await ws.admin.post('/api/v1/email-templates/preview', { subject: 'Hi {{account.name}}', body: '{{contact.name}} {{account.arr}}', locale: 'en', accountId: small.id });
    expect(en.body).toMatchObject({ subject: 'Hi 小さな商店', body: ' ¥0' });

    const edited = await ws.admin.patch(`/api/v1/email-templates/${created.body.id}`, { body: '{{contact.name}}様' });
    expect(edited.body).toMatchObject({ body: '{{contact.name}}様', unknownFields: [], subject: created.body.subject });
    expect((await ws.admin.del(`/api/v1/email-templates/${created.body.id}`)).status).toBe(204);
    expect((await ws.admin.get(`/api/v1/email-templates/${created.body.id}`)).body.code).toBe('email_template.not_found');
    const audit = await ws.admin.get('/api/v1/audit?limit=20');
    expect((audit.body.items as { entity: string; action: string }[]).filter((e) => e.entity === 'email_template').map((e) => e.action).sort())
      .toEqual(['create', 'create', 'delete', 'update']);
  });

  it('queues a test webhook through the outbox, lists it with counts, and exports the log as CSV', async () => {
    const ws = await h().newWorkspace();
    const bad = await ws.admin.post('/api/v1/delivery/webhook-test', { url: 'ftp://hooks.example/x' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path)).toEqual(['url']);
    const queued = await ws.admin.post('/api/v1/delivery/webhook-test', { url: 'http://127.0.0.1:9/hook', locale: 'ja' });
    expect(queued.status).toBe(201);
    expect(queued.body).toMatchObject({ kind: 'webhook', target: 'http://127.0.0.1:9/hook', status: 'pending', waiting: 'queued', attempts: 0, summary: 'Kizuna からのテスト送信です。' });
    const log = await ws.admin.get('/api/v1/delivery/outbox?status=pending');
    expect(log.body.counts).toEqual({ pending: 1, sent: 0, dead: 0 });
    expect(log.body.items.map((i: { id: string }) => i.id)).toEqual([queued.body.id]);
    expect((await ws.admin.get('/api/v1/delivery/outbox?status=sent')).body.items).toEqual([]);
    const csv = await ws.admin.get('/api/v1/delivery/outbox?format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (csv.body as string).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('id,created_at,kind,target,summary,account_id,account_name,status,waiting,attempts,next_attempt_at,sent_at,last_error,playbook_run_id');
    expect(lines[1]).toContain(`${queued.body.id},`);
    expect(lines[1]).toContain(',webhook,http://127.0.0.1:9/hook,Kizuna からのテスト送信です。,,,pending,queued,0,');
  });
});
