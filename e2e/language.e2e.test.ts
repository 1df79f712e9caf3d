/**
 * Journey: switch to English and back. The choice applies at once, survives a reload
 * (localStorage) and follows the person to a new browser (PATCH /me). Screenshots of the
 * main screens are taken in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { formatDate } from '../src/web/lib/format';
import { setupWorkspace } from './support/api';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { seedPortfolio, type Portfolio } from './support/seed';
import { startServer, type RunningServer } from './support/server';

async function shootScreens(page: Page, locale: 'ja' | 'en', portfolio: Portfolio): Promise<void> {
  await page.goto('/accounts');
  await page.getByTestId('accounts-table').waitFor();
  await screenshot(page, `${locale}-screen-accounts`);
  await page.goto(`/accounts/${portfolio.kizunaId}`);
  await page.getByTestId('timeline').waitFor();
  await screenshot(page, `${locale}-screen-account`);
  await page.goto(`/accounts/${portfolio.kizunaId}?tab=contacts`);
  await page.getByTestId('contact-card').first().waitFor();
  await screenshot(page, `${locale}-screen-contacts`);
  await page.goto(`/accounts/${portfolio.kizunaId}?tab=subscriptions`);
  await page.getByTestId('subscriptions-table').waitFor();
  await screenshot(page, `${locale}-screen-subscriptions`);
  await page.goto('/import');
  await page.getByTestId('import-kind-accounts').waitFor();
  await screenshot(page, `${locale}-screen-import`);
  for (const tab of ['members', 'api-keys', 'custom-fields', 'workspace', 'audit']) {
    await page.goto(`/settings/${tab}`);
    await page.getByRole('tab', { selected: true }).waitFor();
    await screenshot(page, `${locale}-screen-settings-${tab}`);
  }
}

describe('language switch', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let portfolio: Portfolio;

  beforeAll(async () => {
    server = await startServer();
    portfolio = await seedPortfolio(await setupWorkspace(server.url));
    browser = await launchBrowser();
    page = await newPage(browser, server.url, 'ja');
    await signIn(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('starts in Japanese for a Japanese browser', async () => {
    await page.getByRole('heading', { name: '顧客' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ja');
    await shootScreens(page, 'ja', portfolio);
  });

  it('switches to English at once, with English dates, and keeps it across a reload', async () => {
    await page.goto('/accounts');
    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByRole('heading', { name: 'Accounts' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    const row = page.getByTestId('accounts-table').locator('tbody tr', { hasText: '株式会社きずな商事' });
    await expect(row.textContent()).resolves.toContain('Active');
    await expect(row.textContent()).resolves.toContain(formatDate(portfolio.kizunaRenewal, 'en'));
    await expect(row.textContent()).resolves.toContain('¥180,000');

    await page.reload();
    await page.getByRole('heading', { name: 'Accounts' }).waitFor();
    await shootScreens(page, 'en', portfolio);
  });

  it('starts the sign-in page in English for an English browser', async () => {
    const english = await newPage(browser, server.url, 'en');
    await english.goto('/sign-in');
    await english.getByRole('heading', { name: 'Sign in' }).waitFor();
    await screenshot(english, 'en-sign-in');
    await english.context().close();
  });

  it('follows the person to a new browser through their profile', async () => {
    const other = await newPage(browser, server.url, 'ja');
    await signIn(other);
    await other.getByRole('heading', { name: 'Accounts' }).waitFor();
    await other.context().close();
  });

  it('switches back to Japanese', async () => {
    await page.goto('/accounts');
    await page.getByTestId('language-switch').getByText('日本語').click();
    await page.getByRole('heading', { name: '顧客' }).waitFor();
    await expect(page.getByTestId('accounts-table').textContent()).resolves.toContain('利用中');
    await page.reload();
    await page.getByRole('heading', { name: '顧客' }).waitFor();
  });
});
