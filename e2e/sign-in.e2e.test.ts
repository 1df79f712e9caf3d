/** Journeys: first-run setup on a fresh install, then signing out and back in. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ADMIN, WORKSPACE_NAME } from './support/api';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { startServer, type RunningServer } from './support/server';

describe('first run and sign-in', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await newPage(browser, server.url, 'ja');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends a fresh install to the setup page, which creates the workspace and signs the admin in', async () => {
    await page.goto('/');
    await page.waitForURL(/\/setup$/);
    await page.getByRole('heading', { name: 'Kizunaをはじめる' }).waitFor();
    await screenshot(page, 'ja-setup');

    await page.getByLabel('ワークスペース名（会社名）').fill(WORKSPACE_NAME);
    await page.getByLabel('氏名').fill(ADMIN.name);
    await page.getByLabel('メールアドレス').fill(ADMIN.email);
    await page.getByLabel('パスワード').fill('short');
    await page.getByRole('button', { name: 'ワークスペースを作成' }).click();
    // A too-short password is refused next to the field, in the UI language.
    await page.getByText('10文字以上').first().waitFor();
    await page.getByLabel('パスワード').fill(ADMIN.password);
    await page.getByRole('button', { name: 'ワークスペースを作成' }).click();

    await page.waitForURL(/\/accounts$/);
    await expect(page.getByTestId('workspace-name').textContent()).resolves.toBe(WORKSPACE_NAME);
    await page.getByTestId('accounts-empty').waitFor();
    await page.getByText('まだ顧客が登録されていません').waitFor();
    await screenshot(page, 'ja-accounts-empty');
  });

  it('signs out, refuses a wrong password with a message, and signs in again', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'ログアウト' }).click();
    await page.waitForURL(/\/sign-in/);

    await page.getByLabel('メールアドレス').fill(ADMIN.email);
    await page.getByLabel('パスワード').fill('wrong-password');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByText('メールアドレスまたはパスワードが正しくありません。').waitFor();
    await screenshot(page, 'ja-sign-in-error');

    await page.getByLabel('パスワード').fill(ADMIN.password);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.waitForURL(/\/accounts$/);
    await expect(page.getByTestId('workspace-name').textContent()).resolves.toBe(WORKSPACE_NAME);
  });

  it('returns a signed-out visitor to the page they asked for after sign-in', async () => {
    const fresh = await newPage(browser, server.url, 'ja');
    await fresh.goto('/settings/members');
    await fresh.waitForURL(/\/sign-in\?next=/);
    await fresh.getByLabel('メールアドレス').fill(ADMIN.email);
    await fresh.getByLabel('パスワード').fill(ADMIN.password);
    await fresh.getByRole('button', { name: 'ログイン' }).click();
    await fresh.waitForURL(/\/settings\/members$/);
    await fresh.getByTestId('members-table').waitFor();
    await fresh.context().close();
  });
});
