/**
 * Journey: the success roadmap in Japanese and in English. The admin opens Settings → Phases,
 * changes the Adopt criterion to "health score ≥ 70" in the criteria editor and adds an item to
 * the onboarding checklist; on an account's Journey tab moves it to Adopt by hand with a reason
 * (it shows as pinned, with the manual move in its history), ticks two onboarding items (2 / 6)
 * and unpins it; then the /phases report shows the account in Adopt with the funnel chart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { setupWorkspace, type ApiSession } from './support/api';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { seedPortfolio, type Portfolio } from './support/seed';
import { startServer, type RunningServer } from './support/server';

const WORDS = {
  ja: {
    criterionKind: 'ヘルススコアのしきい値', criterionText: 'ヘルススコア 70以上', newItem: 'セキュリティ審査の完了', save: '保存',
    tab: 'ジャーニー', adopt: '活用・定着期', reason: '全部署での定例利用が始まったため', moveSave: '変更する', pinned: '手動で固定中',
    unpin: '固定を解除', progress: '2 / 6 完了', manual: '手動', nav: 'ロードマップ', toPhase: '移動先のフェーズ',
  },
  en: {
    criterionKind: 'Health score threshold', criterionText: 'Health score ≥ 70', newItem: 'Pass the security review', save: 'Save',
    tab: 'Journey', adopt: 'Adopt', reason: 'Every department now uses it weekly', moveSave: 'Change', pinned: 'Pinned by hand',
    unpin: 'Unpin', progress: '2 / 6 done', manual: 'By hand', nav: 'Roadmap', toPhase: 'Move to',
  },
} as const;

for (const locale of ['ja', 'en'] as const) {
  const w = WORDS[locale];

  describe(`success roadmap (${locale})`, () => {
    let server: RunningServer;
    let api: ApiSession;
    let browser: Browser;
    let page: Page;
    let portfolio: Portfolio;

    beforeAll(async () => {
      server = await startServer();
      api = await setupWorkspace(server.url, locale);
      portfolio = await seedPortfolio(api);
      browser = await launchBrowser();
      page = await newPage(browser, server.url, locale);
      await signIn(page);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('edits the Adopt criterion and adds an onboarding checklist item in Settings → Phases', async () => {
      await page.goto('/settings/phases');
      await page.getByTestId('phase-card-adopt').waitFor();
      await page.getByTestId('phase-edit-adopt').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('criterion-kind').click();
      await page.getByRole('option', { name: w.criterionKind, exact: true }).click();
      await dialog.getByTestId('criterion-score').fill('70');
      await screenshot(page, `${locale}-phases-editor`);
      await dialog.getByRole('button', { name: w.save, exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect(page.getByTestId('phase-criterion-adopt').textContent()).resolves.toContain(w.criterionText);
      const input = page.getByTestId('phase-item-input-onboarding');
      await input.fill(w.newItem);
      await input.press('Enter');
      await page.getByTestId('phase-checklist-onboarding').getByText(w.newItem).waitFor();
      await screenshot(page, `${locale}-phases-settings`);
    });

    it('moves an account by hand with a reason, pins it, ticks its onboarding checklist and unpins it', async () => {
      await page.goto(`/accounts/${portfolio.kizunaId}`);
      await page.getByRole('tab', { name: w.tab }).click();
      await page.getByTestId('journey-phase-card').waitFor();
      await page.getByTestId('journey-move-open').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('journey-move-phase').click();
      await page.getByRole('option', { name: w.adopt, exact: true }).click();
      await dialog.getByTestId('journey-move-reason').fill(w.reason);
      await screenshot(page, `${locale}-journey-move`);
      await dialog.getByRole('button', { name: w.moveSave, exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('journey-pinned').getByText(w.pinned).waitFor();
      const log = page.getByTestId('journey-log');
      await log.getByText(w.reason).waitFor();
      await log.getByText(w.manual, { exact: true }).first().waitFor();
      const onboarding = page.getByTestId('checklist-onboarding');
      await onboarding.getByRole('checkbox').nth(0).click();
      await onboarding.getByText(locale === 'ja' ? '1 / 6 完了' : '1 / 6 done').waitFor();
      await onboarding.getByRole('checkbox').nth(1).click();
      await onboarding.getByText(w.progress).waitFor();
      await screenshot(page, `${locale}-journey-tab`);
      await page.getByTestId('journey-unpin').click();
      await page.getByTestId('journey-pinned').waitFor({ state: 'detached' });
      await expect(page.getByTestId('journey-current').textContent()).resolves.toContain(w.adopt);
    });

    it('shows the account in Adopt on the roadmap report with the funnel chart', async () => {
      await page.getByRole('link', { name: w.nav }).click();
      await page.waitForURL(/\/phases$/);
      await page.getByTestId('phase-funnel-echart').locator('svg').waitFor();
      await expect(page.getByTestId('phase-row-adopt').getByRole('cell').first().textContent()).resolves.toBe(w.adopt);
      await expect(page.getByTestId('phase-accounts-adopt').textContent()).resolves.toBe('1');
      await page.getByTestId('phase-time-table').waitFor();
      await screenshot(page, `${locale}-phases-report`);
    });
  });
}
