/**
 * Journey: mail, webhooks and notifications in Japanese and in English. A manager assigns the
 * admin a task, so the admin's bell shows 1; the admin opens it and lands on the task. Then, in
 * Settings → Delivery, the admin points Kizuna at a local SMTP sink and sends a test mail (it
 * arrives with its Japanese/English subject intact), writes a template whose unknown field is
 * flagged and whose preview shows a real account, and test-posts a webhook that first fails
 * (HTTP 500, "waiting to retry") and then, after "retry now", is sent.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { setupWorkspace, type ApiSession } from './support/api';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { startServer, type RunningServer } from './support/server';
import { startSmtpSink, type SmtpSink } from '../src/server/testing/smtp-sink';

const WORDS = {
  ja: {
    task: '更新に向けた利用状況の確認', notice: 'タスク「更新に向けた利用状況の確認」が割り当てられました（株式会社ひかり製作所）',
    notConfigured: '未設定', configured: '設定済み', testOk: 'テストメールを送信しました', subject: 'Kizuna テストメール',
    unknown: 'Kizuna が値を持たない項目があります', previewFor: '株式会社ひかり製作所 の場合', retrying: '再送待ち', sent: '送信済み',
    templateName: '更新前のご挨拶', templateSubject: '{{account.name}}様 ご契約更新のご案内', greeting: '高橋 部長様',
  },
  en: {
    task: 'Review usage before renewal', notice: 'You were assigned "Review usage before renewal" (株式会社ひかり製作所)',
    notConfigured: 'Not configured', configured: 'Configured', testOk: 'Test mail sent to', subject: 'Kizuna test mail',
    unknown: 'Kizuna has no value for these fields', previewFor: 'As sent for 株式会社ひかり製作所', retrying: 'Waiting to retry', sent: 'Sent',
    templateName: 'Renewal notice', templateSubject: 'Your renewal, {{account.name}}', greeting: '高橋 部長様',
  },
} as const;

interface Hook { url: string; posts: unknown[]; script: number[]; server: Server }

async function startHook(): Promise<Hook> {
  const hook: Hook = { url: '', posts: [], script: [], server: null as unknown as Server };
  hook.server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      hook.posts.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      const status = hook.script.shift() ?? 200;
      res.writeHead(status).end(status >= 400 ? 'temporarily unavailable' : 'ok');
    });
  });
  await new Promise<void>((resolve) => hook.server.listen(0, '127.0.0.1', resolve));
  hook.url = `http://127.0.0.1:${(hook.server.address() as AddressInfo).port}/hooks/cs`;
  return hook;
}

async function signInByApi(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

async function seed(api: ApiSession, baseUrl: string, title: string): Promise<void> {
  const manager = await api.post<{ userId: string }>('/members', { email: 'manager@example.com', name: '佐藤 健', role: 'manager', password: 'password1234' });
  const me = await api.get<{ user: { id: string } }>('/me');
  const account = await api.post<{ id: string }>('/accounts', { name: '株式会社ひかり製作所', ownerId: manager.userId });
  await api.post('/contacts', { accountId: account.id, name: '高橋 部長', email: 'takahashi@hikari.example', role: 'decision_maker' });
  await api.post('/subscriptions', {
    accountId: account.id, plan: 'Pro', quantity: 20, unitPrice: 15_000, currency: 'JPY', billingInterval: 'month', intervalCount: 1,
    discountPercent: 0, status: 'active', startedOn: '2026-01-01', endsOn: '2026-12-31',
  });
  // the manager assigns the admin a task: the admin is notified
  const cookie = await signInByApi(baseUrl, 'manager@example.com', 'password1234');
  const res = await fetch(`${baseUrl}/api/v1/tasks`, {
    method: 'POST', headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ accountId: account.id, title, reason: '更新日まで90日', assigneeId: me.user.id }),
  });
  if (res.status !== 201) throw new Error(`task: ${res.status} ${await res.text()}`);
}

for (const locale of ['ja', 'en'] as const) {
  const w = WORDS[locale];

  describe(`mail, webhooks and notifications (${locale})`, () => {
    let server: RunningServer;
    let api: ApiSession;
    let browser: Browser;
    let page: Page;
    let sink: SmtpSink;
    let hook: Hook;

    beforeAll(async () => {
      [server, sink, hook] = await Promise.all([startServer(), startSmtpSink(), startHook()]);
      api = await setupWorkspace(server.url, locale);
      await seed(api, server.url, w.task);
      browser = await launchBrowser();
      page = await newPage(browser, server.url, locale);
      await signIn(page);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      await sink?.stop();
      await new Promise((r) => hook?.server.close(r));
    });

    it('shows the unread count on the bell, lists the notification, and leads to the task', async () => {
      const count = page.getByTestId('notification-count');
      await expect.poll(() => count.textContent()).toContain('1');
      await page.getByTestId('notification-bell').click();
      const item = page.getByTestId('notification-item').first();
      await item.getByText(w.notice).waitFor();
      await screenshot(page, `${locale}-delivery-bell`);
      await item.click();
      await page.waitForURL(/\/tasks\?task=/);
      await expect.poll(async () => (await api.get<{ unreadCount: number }>('/notifications')).unreadCount).toBe(0);
    });

    it('configures SMTP and sends a test mail that arrives with its subject intact', async () => {
      await page.goto('/settings/delivery');
      await page.getByTestId('mail-not-configured').getByText(w.notConfigured).waitFor();
      await page.getByTestId('mail-host').fill('127.0.0.1');
      await page.getByTestId('mail-port').fill(String(sink.port));
      await page.getByTestId('mail-from').fill('cs@kizuna.example');
      await page.getByTestId('mail-save').click();
      await page.getByTestId('mail-settings').getByText(w.configured, { exact: true }).waitFor();
      await page.getByTestId('mail-test-to').fill('admin-inbox@example.com');
      await page.getByTestId('mail-test').click();
      await page.getByTestId('mail-test-result').getByText(w.testOk, { exact: false }).waitFor();
      const [message] = await sink.waitFor(1);
      expect(message).toMatchObject({ subject: w.subject, to: ['admin-inbox@example.com'], fromAddress: 'cs@kizuna.example' });
      await screenshot(page, `${locale}-delivery-settings`);
    });

    it('writes a template: unknown fields are flagged and the preview shows a real account', async () => {
      await page.getByTestId('template-add').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('template-name').fill(w.templateName);
      await dialog.getByTestId('template-subject').fill(w.templateSubject);
      await dialog.getByTestId('template-body').fill('{{contact.name}}様\n\nARR: {{account.arr}}\n{{deal.amount}}\n\n{{owner.name}}');
      await dialog.getByTestId('template-unknown').getByText(w.unknown, { exact: false }).waitFor();
      const preview = dialog.getByTestId('template-preview');
      await preview.getByText(w.previewFor).waitFor();
      await preview.getByText(w.greeting, { exact: false }).waitFor();
      // 20 seats × ¥15,000 = ¥300,000 MRR → ¥3,600,000 ARR (3,600,000円 in a Japanese mail)
      await preview.getByText(locale === 'ja' ? 'ARR: 3,600,000円' : 'ARR: ¥3,600,000', { exact: false }).waitFor();
      await screenshot(page, `${locale}-delivery-template`);
      await dialog.getByTestId('template-save').click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('template-row').filter({ hasText: w.templateName }).waitFor();
    });

    it('test-posts a webhook that fails first and is sent after "retry now"', async () => {
      hook.script = [500];
      await page.getByTestId('webhook-url').fill(hook.url);
      await page.getByTestId('webhook-send').click();
      const row = page.getByTestId('outbox-row').first();
      await row.getByText(w.retrying, { exact: false }).waitFor({ timeout: 20_000 });
      await row.getByText('HTTP 500: temporarily unavailable').waitFor();
      await screenshot(page, `${locale}-delivery-outbox-retrying`);
      await row.getByTestId('outbox-retry').click();
      await row.getByText(w.sent, { exact: true }).waitFor({ timeout: 20_000 });
      expect(hook.posts).toHaveLength(2);
      expect(hook.posts[1]).toMatchObject({ text: locale === 'ja' ? 'Kizuna からのテスト送信です。' : 'A test message from Kizuna.', kizuna: { test: true } });
      await screenshot(page, `${locale}-delivery-outbox-sent`);
    });
  });
}
