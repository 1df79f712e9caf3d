/**
 * Journey: playbooks in Japanese and in English. An admin with no playbooks creates one in the
 * editor — renewal within 30 days, a task and an email to the decision maker — checks the dry
 * run (one of the two accounts renews within 30 days), saves it, and the running server fires it
 * when the account's health is rescored; the run log, the list and the account tab show the run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { setupWorkspace, type ApiSession } from './support/api';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { dayFromToday } from './support/seed';
import { startServer, type RunningServer } from './support/server';

interface Created { id: string }

const WORDS = {
  ja: {
    emptyTitle: 'プレイブックはまだありません', create: '新しいプレイブック', name: '更新30日前の準備', triggerLabel: '更新日が近づいた',
    taskTitle: '更新の打ち合わせを設定', addAction: 'アクションを追加', sendEmail: 'メールを送信', recipient: '意思決定者',
    dryRun: 'ドライランを実行', dryRunTotal: '1社で実行されます。', save: '作成する', runsTab: '実行ログ',
    reason: `更新日（${dayFromToday(20)}）まで20日です`, queued: 'メールを送信・送信待ち', taskDone: 'タスクを作成・完了', tab: 'プレイブック',
  },
  en: {
    emptyTitle: 'No playbooks yet', create: 'New playbook', name: 'Renewal prep, 30 days out', triggerLabel: 'Renewal coming up',
    taskTitle: 'Set up the renewal meeting', addAction: 'Add an action', sendEmail: 'Send an email', recipient: 'the decision makers',
    dryRun: 'Run a dry run', dryRunTotal: 'It would run for 1 account(s).', save: 'Create', runsTab: 'Run log',
    reason: `Renewal on ${dayFromToday(20)} is 20 days away`, queued: 'Send an email・queued', taskDone: 'Create a task・done', tab: 'Playbooks',
  },
} as const;

async function seed(api: ApiSession) {
  await api.post('/email-templates', { name: '更新のご案内', locale: 'ja', subject: '{{account.name}}様 ご契約更新のご案内', body: '{{contact.name}}様\n\n更新日：{{account.renewalDate}}' });
  const near = await api.post<Created>('/accounts', { name: '株式会社あおば製作所' });
  await api.post('/subscriptions', { accountId: near.id, plan: 'Pro', quantity: 10, unitPrice: 30_000, endsOn: dayFromToday(20) });
  await api.post('/contacts', { accountId: near.id, name: '木村 直子', email: 'naoko@aoba.example', role: 'decision_maker' });
  const far = await api.post<Created>('/accounts', { name: '株式会社ひかり商事' });
  await api.post('/subscriptions', { accountId: far.id, plan: 'Pro', quantity: 5, unitPrice: 30_000, endsOn: dayFromToday(200) });
  return near.id;
}

async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 300));
    value = await read();
  }
  return value;
}

for (const locale of ['ja', 'en'] as const) {
  const w = WORDS[locale];

  describe(`playbooks (${locale})`, () => {
    let server: RunningServer;
    let api: ApiSession;
    let browser: Browser;
    let page: Page;
    let accountId: string;
    let playbookId = '';

    beforeAll(async () => {
      server = await startServer();
      api = await setupWorkspace(server.url, locale);
      accountId = await seed(api);
      browser = await launchBrowser();
      page = await newPage(browser, server.url, locale);
      await signIn(page);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('starts empty, saying what to do next', async () => {
      await page.goto('/playbooks');
      await page.getByTestId('playbooks-empty').getByText(w.emptyTitle).waitFor();
      await screenshot(page, `${locale}-playbooks-empty`);
    });

    it('builds a playbook in the editor and dry-runs it before saving', async () => {
      await page.getByTestId('new-playbook').click();
      await page.waitForURL(/\/playbooks\/new/);
      await page.getByTestId('playbook-name').fill(w.name);
      await page.getByTestId('trigger-type').click();
      await page.getByRole('option', { name: w.triggerLabel, exact: true }).click();
      await page.getByTestId('trigger-days').fill('30');
      await page.getByTestId('task-title').fill(w.taskTitle);
      await page.getByTestId('add-action').click();
      await page.getByRole('menuitem', { name: w.sendEmail }).click();
      const email = page.getByTestId('action-editor').nth(1);
      await expect(email.getByTestId('email-template').inputValue()).resolves.toContain('更新のご案内');
      await email.getByTestId('email-recipient').click();
      await page.getByRole('option', { name: w.recipient, exact: true }).click();
      await page.getByTestId('dry-run-button').click();
      const result = page.getByTestId('dry-run-result');
      await result.getByText(w.dryRunTotal).waitFor();
      await result.getByText('株式会社あおば製作所').waitFor();
      await result.getByText(w.reason).waitFor();
      await expect(result.getByText('株式会社ひかり商事').count()).resolves.toBe(0);
      await screenshot(page, `${locale}-playbook-editor`);
      await page.getByTestId('playbook-save').click();
      await page.waitForURL(/\/playbooks\/[0-9a-f-]{36}$/);
      playbookId = page.url().split('/').pop()!;
    });

    it('fires when the account is rescored, and the run log shows why and what it did', async () => {
      // A new sentiment rescores the account; the health worker hands it to the automation worker.
      await api.post(`/accounts/${accountId}/sentiments`, { value: 3, reason: locale === 'ja' ? '更新の意向は未確認' : 'Renewal intent unknown' });
      const runs = await eventually(() => api.get<{ items: unknown[] }>(`/playbooks/${playbookId}/runs`), (r) => r.items.length > 0);
      expect(runs.items).toHaveLength(1);
      await page.goto(`/playbooks/${playbookId}?tab=runs`);
      const log = page.getByTestId('run-log');
      await log.getByText('株式会社あおば製作所').waitFor();
      await log.getByText(w.reason).waitFor();
      await log.getByText(w.taskDone).waitFor();
      await log.getByText(w.queued).waitFor();
      await screenshot(page, `${locale}-playbook-run-log`);
      await page.goto('/playbooks');
      const row = page.getByTestId('playbook-row').first();
      await row.getByText(w.name).waitFor();
      await expect(row.locator('td').nth(4).textContent()).resolves.toBe('1');
      await screenshot(page, `${locale}-playbooks-list`);
      await page.goto(`/accounts/${accountId}?tab=playbooks`);
      await page.getByTestId('account-playbook-runs').getByText(w.name).waitFor();
      await screenshot(page, `${locale}-account-playbooks`);
    });
  });
}
