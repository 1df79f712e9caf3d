/**
 * Journeys in Settings: members and roles, an API key shown once, a custom field that
 * reaches the account form, the audit log — and a viewer who sees no write actions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { newPage, screenshot, signIn } from './support/browser';
import type { RunningServer } from './support/server';
import { closeSignedIn, openSignedIn } from './support/signed-in';

const MEMBER = { name: '田中 太郎', email: 'tanaka@example.com', password: 'password5678' };

describe('settings', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openSignedIn());
  });
  afterAll(() => closeSignedIn({ server, browser }));

  it('adds a member with a role, then changes the role', async () => {
    await page.goto('/settings/members');
    await page.getByRole('button', { name: 'メンバーを追加' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('氏名').fill(MEMBER.name);
    await dialog.getByLabel('メールアドレス').fill(MEMBER.email);
    await dialog.getByLabel('初期パスワード').fill(MEMBER.password);
    await dialog.getByRole('button', { name: 'メンバーを追加' }).click();
    const row = page.getByTestId('members-table').locator('tbody tr', { hasText: MEMBER.name });
    await row.waitFor();
    await expect(row.getByLabel(`${MEMBER.name}さんのロール`).inputValue()).resolves.toBe('CSM');

    await row.getByLabel(`${MEMBER.name}さんのロール`).click();
    await page.getByRole('option', { name: '閲覧者' }).click();
    await page.getByText('ロールを変更しました').waitFor();
    await screenshot(page, 'ja-settings-members');
  });

  it('shows a new API key once, with a copy button and a warning, and revokes it after confirmation', async () => {
    await page.getByRole('tab', { name: 'APIキー' }).click();
    await page.getByRole('button', { name: 'APIキーを作成' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名前').fill('Segment連携');
    await dialog.getByRole('button', { name: 'APIキーを作成' }).click();
    const key = await dialog.getByTestId('new-api-key').textContent();
    expect(key?.length ?? 0).toBeGreaterThan(20);
    await dialog.getByText('このキーは今しか表示されません').waitFor();
    await dialog.getByRole('button', { name: 'コピー' }).click();
    await dialog.getByRole('button', { name: 'コピーしました' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(key);
    await screenshot(page, 'ja-settings-api-key-once');
    await dialog.getByRole('button', { name: '保管しました' }).click();

    const row = page.getByTestId('api-keys-table').locator('tbody tr', { hasText: 'Segment連携' });
    await expect(row.textContent()).resolves.toContain('利用データ送信のみ');
    // The list shows only the prefix, never the secret.
    await expect(page.getByTestId('api-keys-table').textContent()).resolves.not.toContain(key ?? '');
    await row.getByRole('button', { name: '失効' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '失効' }).click();
    await row.getByText('失効済み').waitFor();
  });

  it('defines a custom field that then appears in the account form', async () => {
    await page.getByRole('tab', { name: 'カスタム項目' }).click();
    await page.getByRole('button', { name: '項目を追加' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('キー').fill('contract_type');
    await dialog.getByLabel('表示名（日本語）').fill('契約形態');
    await dialog.getByLabel('表示名（英語）').fill('Contract type');
    await dialog.getByRole('button', { name: '項目を追加' }).click();
    await page.getByTestId('custom-fields-table').getByText('契約形態').waitFor();

    await page.getByRole('link', { name: '顧客' }).first().click();
    await page.getByRole('button', { name: '顧客を追加' }).first().click();
    await page.getByRole('dialog').getByLabel('契約形態').fill('年間一括');
    await page.getByRole('dialog').getByLabel('顧客名').fill('株式会社テスト');
    await screenshot(page, 'ja-account-form');
    await page.getByRole('dialog').getByRole('button', { name: '追加する' }).click();
    await page.getByTestId('account-profile').waitFor();
    await expect(page.getByTestId('account-profile').textContent()).resolves.toContain('年間一括');
  });

  it('connects Stripe with a signing secret and shows the endpoint URL, never the secret', async () => {
    const secret = 'whsec_e2eTestSecretValue1234567890';
    await page.goto('/settings/billing');
    await expect(page.getByTestId('stripe-webhook-url').textContent()).resolves.toMatch(/\/api\/v1\/billing\/stripe\/webhook\/[0-9a-f-]{36}$/);
    await page.getByLabel('署名シークレット').fill(secret);
    await page.getByRole('button', { name: '接続', exact: true }).click();
    await page.getByText('接続済み（…7890）').waitFor();
    await expect(page.getByTestId('stripe-connection').textContent()).resolves.not.toContain(secret);
    await page.getByText('未照合のイベントはありません。').waitFor();
    await screenshot(page, 'ja-settings-billing');
  });

  it('lists what was changed in the audit log', async () => {
    await page.goto('/settings/audit');
    const table = page.getByTestId('audit-table');
    await table.waitFor();
    await expect(table.textContent()).resolves.toContain('メンバー');
    await expect(table.textContent()).resolves.toContain('APIキー');
    await expect(table.textContent()).resolves.toContain('カスタム項目');
    await screenshot(page, 'ja-settings-audit');
  });

  it('hides write actions from a viewer', async () => {
    const viewer = await newPage(browser, server.url, 'ja');
    await signIn(viewer, MEMBER.email, MEMBER.password);
    await viewer.getByTestId('accounts-table').waitFor();
    await expect(viewer.getByRole('button', { name: '顧客を追加' }).count()).resolves.toBe(0);
    await expect(viewer.getByRole('link', { name: 'インポート' }).count()).resolves.toBe(0);
    await viewer.goto('/settings/members');
    await viewer.getByTestId('members-table').waitFor();
    await expect(viewer.getByRole('button', { name: 'メンバーを追加' }).count()).resolves.toBe(0);
    await expect(viewer.getByRole('tab', { name: 'APIキー' }).count()).resolves.toBe(0);
    await expect(viewer.getByRole('tab', { name: '監査ログ' }).count()).resolves.toBe(0);
    await viewer.getByRole('link', { name: '株式会社テスト' }).count();
    await viewer.goto('/accounts');
    await viewer.getByRole('link', { name: '株式会社テスト' }).click();
    await viewer.getByTestId('timeline').waitFor();
    await expect(viewer.getByTestId('activity-composer').count()).resolves.toBe(0);
    await expect(viewer.getByRole('button', { name: '編集' }).count()).resolves.toBe(0);
    await screenshot(viewer, 'ja-viewer-account');
    await viewer.context().close();
  });
});
