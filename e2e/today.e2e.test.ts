/**
 * Journey: a CSM's day, in Japanese and in English. The CSM owns three customers; one is
 * renewing in 20 days with two overdue tasks. Opening Kizuna at / lands on "follow today",
 * which ranks that customer first with its reasons in one line. In the task inbox the CSM
 * moves with the keyboard and ticks a task off with x, adds a task from the dialog (account,
 * what and why), sees it on the account's Tasks tab; the manager (admin, who owns no account)
 * lands on the accounts list at / and switches "follow today" to the CSM.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { setupWorkspace, type ApiSession } from './support/api';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { dayFromToday } from './support/seed';
import { startServer, type RunningServer } from './support/server';

interface Created { id: string }

const CSM = { name: '佐藤 美咲', email: 'misaki.sato@example.com', password: 'password5678' };

const WORDS = {
  ja: {
    overdueReason: '期限切れタスク2件', renewal: '更新まで20日', tasksNav: 'タスク', overdue: '期限切れ', done: '「利用状況のヒアリング」を完了にしました',
    add: 'タスクを追加', title: 'やること', reason: '理由', save: '追加', newTitle: '更新提案の社内レビュー', newReason: '更新まで20日。値上げ交渉の準備',
    tab: 'タスク', member: 'メンバーを選択', empty: '担当のアカウントがありません', accountsTitle: 'アカウント',
  },
  en: {
    overdueReason: 'overdue tasks: 2', renewal: 'renews in 20 days', tasksNav: 'Tasks', overdue: 'Overdue', done: 'Completed "利用状況のヒアリング"',
    add: 'Add task', title: 'To do', reason: 'Reason', save: 'Add', newTitle: 'Internal review of the renewal offer', newReason: 'Renewal in 20 days; prepare the price talk',
    tab: 'Tasks', member: 'Choose a member', empty: 'You own no accounts yet', accountsTitle: 'Accounts',
  },
} as const;

async function seed(api: ApiSession): Promise<{ csmId: string; mirai: string }> {
  const csm = await api.post<{ userId: string }>('/members', { ...CSM, role: 'csm' });
  const customer = async (name: string, monthly: number, endsOn: string | null) => {
    const account = await api.post<Created>('/accounts', { name, ownerId: csm.userId });
    await api.post('/subscriptions', { accountId: account.id, plan: 'Pro', quantity: 1, unitPrice: monthly, currency: 'JPY', billingInterval: 'month', startedOn: dayFromToday(-300), endsOn });
    return account.id;
  };
  const mirai = await customer('株式会社みらい物流', 350_000, dayFromToday(20));
  const hikari = await customer('ひかり製薬株式会社', 120_000, dayFromToday(200));
  await customer('Blue Ocean Labs', 40_000, null);
  for (const [title, offset] of [['利用状況のヒアリング', -3], ['決裁者との面談設定', -1]] as const) {
    await api.post('/tasks', { accountId: mirai, title, reason: 'ログイン数が先週比40%減', dueOn: dayFromToday(offset), assigneeId: csm.userId });
  }
  await api.post('/tasks', { accountId: hikari, title: 'QBRの日程調整', reason: '四半期ビジネスレビューの時期', dueOn: dayFromToday(4), assigneeId: csm.userId });
  return { csmId: csm.userId, mirai };
}

for (const locale of ['ja', 'en'] as const) {
  const w = WORDS[locale];

  describe(`follow today and tasks (${locale})`, () => {
    let server: RunningServer;
    let browser: Browser;
    let page: Page;
    let seeded: { csmId: string; mirai: string };

    beforeAll(async () => {
      server = await startServer();
      const api = await setupWorkspace(server.url, locale);
      seeded = await seed(api);
      browser = await launchBrowser();
      page = await newPage(browser, server.url, locale);
      // Six journeys may share the two cores: give a slow first render more time than the default 20 s.
      page.setDefaultTimeout(40_000);
      // The CSM was added with the default profile language (ja): keep the browser's language on this device.
      await page.addInitScript((l) => window.localStorage.setItem('kizuna.locale', l), locale);
      await signIn(page, CSM.email, CSM.password);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('opens on follow today, with the renewing customer with late work first and its reasons in one line', async () => {
      await page.goto('/');
      await page.waitForURL(/\/today$/);
      const rows = page.getByTestId('today-row');
      await rows.first().waitFor();
      await expect(rows.count()).resolves.toBe(3);
      await expect(rows.first().textContent()).resolves.toContain('株式会社みらい物流');
      const reasons = await rows.first().getByTestId('today-reasons').textContent();
      expect(reasons).toContain(w.overdueReason);
      expect(reasons).toContain(w.renewal);
      await expect(page.getByTestId('tile-overdue').textContent()).resolves.toContain('2');
      await screenshot(page, `${locale}-today`);
      await page.getByTestId('ranking-help').click();
      await page.getByText(locale === 'ja' ? '優先度 = 100 × リスク' : 'Priority = 100 × risk').waitFor();
      await screenshot(page, `${locale}-today-help`);
      await page.keyboard.press('Escape');
    });

    it('works the inbox from the keyboard: j moves, x ticks a task off', async () => {
      await page.getByRole('link', { name: w.tasksNav, exact: true }).click();
      await page.waitForURL(/\/tasks/);
      await page.getByTestId('task-section-overdue').waitFor();
      await expect(page.getByTestId('task-section-overdue').getByTestId('task-row').count()).resolves.toBe(2);
      await screenshot(page, `${locale}-tasks-inbox`);
      const first = page.getByTestId('task-row').first();
      await first.focus();
      await page.keyboard.press('j');
      await page.keyboard.press('k');
      await page.keyboard.press('x');
      await page.getByText(w.done).waitFor();
      // The list refetches after the change: wait for it rather than read it once.
      await expect.poll(() => page.getByTestId('task-section-overdue').getByTestId('task-row').count()).toBe(1);
      await expect.poll(() => page.getByTestId('count-overdue').textContent()).toContain('1');
      await expect(page.getByTestId('task-row').first().getAttribute('data-task-id')).resolves.toBeTruthy();
    });

    it('adds a task with its reason and finds it on the account\'s Tasks tab', async () => {
      await page.getByTestId('task-add').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('task-account').click();
      await dialog.getByTestId('task-account').fill('みらい');
      await page.getByRole('option', { name: '株式会社みらい物流' }).click();
      await dialog.getByTestId('task-title').fill(w.newTitle);
      await dialog.getByTestId('task-reason-input').fill(w.newReason);
      await screenshot(page, `${locale}-task-form`);
      await dialog.getByTestId('task-save').click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('task-row').filter({ hasText: w.newTitle }).waitFor();

      await page.goto(`/accounts/${seeded.mirai}?tab=tasks`);
      const tab = page.getByTestId('account-tasks');
      await tab.getByText(w.newTitle).waitFor();
      await tab.getByText(w.newReason, { exact: false }).waitFor();
      await expect(tab.getByTestId('task-row').count()).resolves.toBe(3);
      await screenshot(page, `${locale}-account-tasks`);
    });

    it('lets the manager, who owns no account, start on the accounts list and switch follow today to the CSM', async () => {
      const manager = await newPage(browser, server.url, locale);
      await signIn(manager);
      await manager.goto('/');
      await manager.waitForURL(/\/accounts$/);
      await manager.goto('/today');
      await manager.getByText(w.empty).waitFor();
      await manager.getByTestId('member-switch').click();
      await manager.getByRole('option', { name: new RegExp(CSM.name) }).click();
      await manager.waitForURL(new RegExp(`member=${seeded.csmId}`));
      await manager.getByTestId('today-row').first().waitFor();
      await expect(manager.getByTestId('today-row').count()).resolves.toBe(3);
      await screenshot(manager, `${locale}-today-manager`);
      await manager.context().close();
    });
  });
}
