/**
 * Journey: an account's success plan in Japanese and in English. A goal seeded through the API
 * is past its review date; the CSM adds a second goal in the form (40 h → 10 h, 25 h today, so
 * 50%), reviews the overdue one (target 80% → 85%, with a reason), opens its history, prints
 * the plan as a PDF, shares it, opens the shared plan without signing in in both languages,
 * revokes the link and sees it answer "not valid", and filters the portfolio of goals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { setupWorkspace, type ApiSession } from './support/api';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { dayFromToday } from './support/seed';
import { startServer, type RunningServer } from './support/server';

interface Created { id: string }

const WORDS = {
  ja: {
    tab: 'サクセスプラン', add: '目標を追加', title: '目標', metric: '測定指標', unit: '単位', baseline: '開始時の値', target: '目標値',
    current: '現在の値（任意）', submit: '追加する', review: '見直し', reason: '見直しの理由・合意内容', saveReview: '見直しを記録',
    overdue: '見直し期限超過', history: '推移と見直し履歴を表示', change: '目標値: 80 → 85', print: '印刷・PDF',
    share: '共有リンク', createLink: 'リンクを作成', revoke: '無効にする', planTitle: '株式会社みらい物流 様 サクセスプラン',
    notFound: 'このリンクは無効です', nav: 'サクセスプラン', overdueFilter: '見直し期限超過', fileName: 'サクセスプラン_株式会社みらい物流_',
    newGoal: '月次レポート作成時間の削減', reasonText: '対象部署が増えたため、目標値を引き上げ',
  },
  en: {
    tab: 'Success plan', add: 'Add goal', title: 'Goal', metric: 'Metric', unit: 'Unit', baseline: 'Baseline', target: 'Target',
    current: 'Value today (optional)', submit: 'Add', review: 'Review', reason: 'Reason and what was agreed', saveReview: 'Record review',
    overdue: 'Review overdue', history: 'Show values and reviews', change: 'Target: 80 → 85', print: 'Print / PDF',
    share: 'Share', createLink: 'Create link', revoke: 'Revoke', planTitle: 'Success plan: 株式会社みらい物流',
    notFound: 'This link is not valid', nav: 'Success plans', overdueFilter: 'Review overdue', fileName: 'Success plan - 株式会社みらい物流 - ',
    newGoal: 'Cut monthly reporting time', reasonText: 'Two more departments joined, so the target was raised',
  },
} as const;

const PLAN_TITLE = { ja: WORDS.ja.planTitle, en: WORDS.en.planTitle } as const;

async function seedPlan(api: ApiSession): Promise<string> {
  const account = await api.post<Created>('/accounts', { name: '株式会社みらい物流' });
  const contact = await api.post<Created>('/contacts', { accountId: account.id, name: '佐藤 一郎', title: '物流部 部長', level: 'executive' });
  const goal = await api.post<Created>(`/accounts/${account.id}/goals`, {
    title: '問い合わせ一次回答の自動化', metric: '一次回答の自動化率', unit: '%', baseline: 10, target: 80,
    customerOwnerContactId: contact.id, dueOn: dayFromToday(120), nextReviewOn: dayFromToday(-5), status: 'on_track',
  });
  await api.post(`/goals/${goal.id}/measurements`, { day: dayFromToday(-60), value: 20 });
  await api.post(`/goals/${goal.id}/measurements`, { day: dayFromToday(-30), value: 31 });
  await api.post(`/goals/${goal.id}/measurements`, { day: dayFromToday(-2), value: 45 });
  return account.id;
}

/** An input by its label, whether or not the label carries the required asterisk. */
function field(scope: Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`));
}

/** Opens a shared plan in a new browser context: no cookies, no session. */
async function openAnonymously(browser: Browser, baseUrl: string, path: string, locale: 'ja' | 'en'): Promise<Page> {
  const page = await newPage(browser, baseUrl, locale);
  const response = await page.goto(path);
  // The page itself (not only the API behind it) is never cached, indexed or passed on as a referrer.
  expect(response?.headers()).toMatchObject({ 'cache-control': 'no-store', 'x-robots-tag': 'noindex, nofollow', 'referrer-policy': 'no-referrer' });
  return page;
}

for (const locale of ['ja', 'en'] as const) {
  const w = WORDS[locale];
  const other = locale === 'ja' ? 'en' : 'ja';

  describe(`success plan (${locale})`, () => {
    let server: RunningServer;
    let api: ApiSession;
    let browser: Browser;
    let page: Page;
    let accountId: string;
    let sharePath = '';

    beforeAll(async () => {
      server = await startServer();
      api = await setupWorkspace(server.url, locale);
      accountId = await seedPlan(api);
      browser = await launchBrowser();
      page = await newPage(browser, server.url, locale);
      await signIn(page);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('shows the plan with the overdue review, and adds a goal that goes down with its first value', async () => {
      await page.goto(`/accounts/${accountId}`);
      await page.getByRole('tab', { name: w.tab }).click();
      const first = page.getByTestId('goal-card').first();
      await first.getByText(w.overdue).waitFor();
      // (45 − 10) ÷ (80 − 10) = 50%
      await expect(first.getByTestId('goal-progress').textContent()).resolves.toBe('50%');
      await page.getByRole('button', { name: w.add }).first().click();
      const dialog = page.getByRole('dialog');
      await field(dialog, w.title).fill(w.newGoal);
      await field(dialog, w.metric).fill(locale === 'ja' ? '月次レポート作成時間' : 'Hours on the monthly report');
      await field(dialog, w.unit).fill(locale === 'ja' ? '時間' : 'h');
      await field(dialog, w.baseline).fill('40');
      await field(dialog, w.target).fill('10');
      await field(dialog, w.current).fill('25');
      await screenshot(page, `${locale}-success-plan-goal-form`);
      await dialog.getByRole('button', { name: w.submit, exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      const added = page.getByTestId('goal-card').filter({ hasText: w.newGoal });
      // (25 − 40) ÷ (10 − 40) = 50%: a goal that goes down
      await expect(added.getByTestId('goal-progress').textContent()).resolves.toBe('50%');
      await screenshot(page, `${locale}-success-plan-tab`);
    });

    it('reviews the overdue goal: the new target and the reason land in its log', async () => {
      const first = page.getByTestId('goal-card').first();
      await first.getByRole('button', { name: w.review, exact: true }).click();
      const dialog = page.getByRole('dialog');
      await field(dialog, w.target).fill('85');
      await field(dialog, w.reason).fill(w.reasonText);
      await screenshot(page, `${locale}-success-plan-review`);
      await dialog.getByRole('button', { name: w.saveReview }).click();
      await dialog.waitFor({ state: 'detached' });
      await first.getByText(w.overdue).waitFor({ state: 'detached' });
      await first.getByRole('button', { name: w.history }).click();
      await first.getByTestId('review-log').getByText(w.change).waitFor();
      await first.getByTestId('review-log').getByText(w.reasonText, { exact: false }).waitFor();
      await first.getByTestId('goal-chart').locator('svg').waitFor();
      await screenshot(page, `${locale}-success-plan-history`);
    });

    it('prints the plan: no controls in print, the file named after the account, and page.pdf() makes a PDF', async () => {
      await page.getByRole('link', { name: w.print }).click();
      await page.getByTestId('plan-title').getByText(w.planTitle).waitFor();
      await expect(page.getByTestId('plan-goal').count()).resolves.toBe(2);
      expect(await page.title()).toContain(w.fileName);
      await screenshot(page, `${locale}-success-plan-print`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('button', { name: locale === 'ja' ? '印刷 / PDFで保存' : 'Print / save as PDF' }).isVisible()).resolves.toBe(false);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
      await page.emulateMedia({ media: 'screen' });
      await page.goBack();
    });

    it('shares the plan: a customer opens it without signing in, in the link\'s language', async () => {
      await page.getByRole('tab', { name: w.tab }).click();
      await page.getByRole('button', { name: w.share }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: w.createLink }).click();
      const url = await dialog.getByTestId('share-url').inputValue();
      expect(url).toMatch(/\/p\/kzp_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
      sharePath = new URL(url).pathname;
      await screenshot(page, `${locale}-success-plan-share`);

      const customer = await openAnonymously(browser, server.url, sharePath, other);
      // The link was made in the CSM's language; the customer's browser language does not change it.
      await customer.getByTestId('plan-title').getByText(PLAN_TITLE[locale]).waitFor();
      await expect(customer.getByTestId('plan-goal').count()).resolves.toBe(2);
      const meta = await customer.locator('meta[name="robots"]').getAttribute('content');
      expect(meta).toContain('noindex');
      await screenshot(customer, `${locale}-success-plan-public`);
      await customer.context().close();

      // A link in the other language, made through the API, opens in that language.
      const otherLink = await api.post<{ path: string }>(`/accounts/${accountId}/success-plan/shares`, { locale: other });
      const otherPage = await openAnonymously(browser, server.url, otherLink.path, locale);
      await otherPage.getByTestId('plan-title').getByText(PLAN_TITLE[other]).waitFor();
      await screenshot(otherPage, `${locale}-success-plan-public-${other}`);
      await otherPage.context().close();
      const response = await fetch(`${server.url}/api/v1/public/success-plans/${sharePath.slice(3)}`);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    });

    it('revokes the link: opening it again shows that it is not valid', async () => {
      const dialog = page.getByRole('dialog');
      // The link made in the form (in the CSM's language), not the one made through the API.
      const row = dialog.getByTestId('share-list').locator('tbody tr').filter({ hasText: locale === 'ja' ? '日本語' : 'English' });
      await row.getByRole('button', { name: w.revoke }).click();
      await row.getByRole('button', { name: w.revoke }).waitFor({ state: 'detached' });
      await screenshot(page, `${locale}-success-plan-share-revoked`);
      await page.keyboard.press('Escape');
      const customer = await openAnonymously(browser, server.url, sharePath, locale);
      await customer.getByTestId('share-not-found').getByText(w.notFound).waitFor();
      await screenshot(customer, `${locale}-success-plan-public-revoked`);
      await customer.context().close();
      const response = await fetch(`${server.url}/api/v1/public/success-plans/${sharePath.slice(3)}`);
      expect(response.status).toBe(404);
    });

    it('lists goals across accounts and filters the overdue reviews', async () => {
      await api.post(`/accounts/${(await api.post<Created>('/accounts', { name: '株式会社さくら製作所' })).id}/goals`, {
        title: locale === 'ja' ? '日報の入力定着' : 'Daily report adoption', metric: '%', baseline: 40, target: 90, nextReviewOn: dayFromToday(-10),
      });
      await page.getByRole('link', { name: w.nav }).click();
      const table = page.getByTestId('goal-portfolio');
      await table.locator('tbody tr').nth(2).waitFor();
      await expect(table.locator('tbody tr').count()).resolves.toBe(3);
      await screenshot(page, `${locale}-success-plan-portfolio`);
      await page.getByText(w.overdueFilter, { exact: false }).first().click();
      await page.waitForURL(/filter=overdue_review/);
      await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
      await table.getByText('株式会社さくら製作所').waitFor();
      await screenshot(page, `${locale}-success-plan-portfolio-overdue`);
    });
  });
}
