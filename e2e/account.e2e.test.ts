/**
 * Journeys: find an account in the list (IME-safe search), open it, and add a note to its
 * timeline — Ctrl+Enter submits, but not while an IME is composing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { formatDate, formatDateLong } from '../src/web/lib/format';
import { setupWorkspace, type ApiSession } from './support/api';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { seedPortfolio, type Portfolio } from './support/seed';
import { startServer, type RunningServer } from './support/server';

describe('accounts and the timeline', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let cdp: CDPSession;
  let portfolio: Portfolio;
  let api: ApiSession;

  beforeAll(async () => {
    server = await startServer();
    api = await setupWorkspace(server.url);
    portfolio = await seedPortfolio(api);
    browser = await launchBrowser();
    page = await newPage(browser, server.url, 'ja');
    cdp = await page.context().newCDPSession(page);
    await signIn(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists accounts with yen MRR, Japanese dates and status badges', async () => {
    const table = page.getByTestId('accounts-table');
    await table.waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(3);
    const row = table.locator('tbody tr', { hasText: '株式会社きずな商事' });
    // 60 seats × ¥3,000 a month (seed: 50 seats, expanded to 60 a month ago).
    await expect(row.textContent()).resolves.toContain('¥180,000');
    await expect(row.textContent()).resolves.toContain(formatDate(portfolio.kizunaRenewal, 'ja'));
    await expect(row.textContent()).resolves.toContain('利用中');
    await screenshot(page, 'ja-accounts-list');
  });

  it('sorts by MRR and filters by status through the URL', async () => {
    const table = page.getByTestId('accounts-table');
    await table.getByRole('button', { name: 'MRR' }).click();
    const param = (name: string) => new URL(page.url()).searchParams.get(name);
    const mrrHeader = table.locator('th', { hasText: 'MRR' });
    await expect.poll(() => param('sort')).toBe('mrr');
    // Wait for the header to show the new order before clicking again (the router commits in a transition).
    await expect.poll(() => mrrHeader.getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(() => table.locator('tbody tr').first().textContent()).toContain('Blue Ocean Labs');
    await table.getByRole('button', { name: 'MRR' }).click();
    await expect.poll(() => param('sort')).toBe('-mrr');
    await expect.poll(() => mrrHeader.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => table.locator('tbody tr').first().textContent()).toContain('株式会社きずな商事');

    await page.getByRole('combobox', { name: 'ステータス' }).click();
    await page.getByRole('option', { name: '見込み' }).click();
    await expect.poll(() => param('status')).toBe('prospect');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: '条件をクリア' }).click();
    await expect.poll(() => param('status')).toBeNull();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
  });

  it('does not search while an IME is composing, and searches once the conversion is committed', async () => {
    const search = page.getByLabel('顧客を検索');
    await search.click();
    // An IME composition in progress (the user has typed さくら and not yet converted it).
    await cdp.send('Input.imeSetComposition', { text: 'さくら', selectionStart: 3, selectionEnd: 3 });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(800);
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
    // Committing the conversion ends composition; the search fires after the debounce.
    await cdp.send('Input.insertText', { text: 'さくら' });
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('さくら');
    await page.getByTestId('accounts-table').locator('tbody tr', { hasText: 'さくらクラウド合同会社' }).waitFor();
    await expect.poll(() => page.getByTestId('accounts-table').locator('tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: '条件をクリア' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBeNull();
  });

  it('opens an account and shows its header, profile and timeline', async () => {
    await page.getByTestId('accounts-table').getByRole('link', { name: '株式会社きずな商事' }).click();
    await page.waitForURL(new RegExp(`/accounts/${portfolio.kizunaId}$`));
    await expect(page.getByTestId('account-name').textContent()).resolves.toBe('株式会社きずな商事');
    await expect(page.getByTestId('account-mrr').textContent()).resolves.toContain('¥180,000');
    await page.getByText(formatDateLong(portfolio.kizunaRenewal, 'ja')).first().waitFor();
    await page.getByTestId('timeline').getByText('四半期ビジネスレビュー').waitFor();
    await screenshot(page, 'ja-account-overview');
  });

  it('adds a note with Ctrl+Enter, ignoring Ctrl+Enter while composing, and shows it on the timeline', async () => {
    const body = page.getByLabel('内容');
    await body.click();
    await body.fill('来月の更新に向けて決裁者と面談を設定する。');
    // Start composing more text: Ctrl+Enter now belongs to the IME and must not submit.
    await cdp.send('Input.imeSetComposition', { text: 'かくにん', selectionStart: 4, selectionEnd: 4 });
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(600);
    await expect(page.getByTestId('timeline').getByText('来月の更新に向けて', { exact: false }).count()).resolves.toBe(0);
    await cdp.send('Input.insertText', { text: '確認' });

    await page.keyboard.press('Control+Enter');
    const entry = page.getByTestId('timeline').getByTestId('timeline-entry').filter({ hasText: '来月の更新に向けて決裁者と面談を設定する。確認' });
    await entry.waitFor();
    await expect(entry.textContent()).resolves.toContain('山田 花子');
    await expect(body.inputValue()).resolves.toBe('');
    await screenshot(page, 'ja-account-note-added');
  });

  it('shows contacts grouped by level with role badges, and subscriptions with their history', async () => {
    await page.getByRole('tab', { name: 'コンタクト' }).click();
    await page.getByText('経営層').first().waitFor();
    const cards = page.getByTestId('contact-card');
    await expect(cards.count()).resolves.toBe(3);
    await expect(cards.filter({ hasText: '鈴木 美咲' }).textContent()).resolves.toContain('チャンピオン');
    await screenshot(page, 'ja-account-contacts');

    await page.getByRole('tab', { name: '契約' }).click();
    const table = page.getByTestId('subscriptions-table');
    await table.waitFor();
    await expect(table.textContent()).resolves.toContain('¥3,000 / 月');
    await page.getByRole('button', { name: '変更履歴' }).first().click();
    await page.getByTestId('subscription-history').waitFor();
    const history = page.getByTestId('subscription-history');
    await expect(history.textContent()).resolves.toContain('新規');
    await expect(history.textContent()).resolves.toContain('変更');
    await expect(history.locator('tbody tr').count()).resolves.toBe(2);
    await screenshot(page, 'ja-account-subscription-history');
    await page.keyboard.press('Escape');
  });

  it('adds a contact and a subscription through their forms', async () => {
    await page.goto(`/accounts/${portfolio.sakuraId}?tab=contacts`);
    await page.getByRole('button', { name: 'コンタクトを追加' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('氏名').fill('伊藤 さくら');
    await dialog.getByLabel('役職').fill('情報システム部 課長');
    await dialog.getByRole('combobox', { name: '階層' }).click();
    await page.getByRole('option', { name: '管理職' }).click();
    await dialog.getByRole('combobox', { name: '役割' }).click();
    await page.getByRole('option', { name: 'チャンピオン' }).click();
    await dialog.getByRole('button', { name: 'コンタクトを追加' }).click();
    const card = page.getByTestId('contact-card').filter({ hasText: '伊藤 さくら' });
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('チャンピオン');

    await page.getByRole('tab', { name: '契約' }).click();
    await page.getByRole('button', { name: '契約を追加' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('プラン').fill('オプション：分析');
    await dialog.getByLabel('数量（席数）').fill('5');
    await dialog.getByLabel('単価').fill('10000');
    await screenshot(page, 'ja-subscription-form');
    await dialog.getByRole('button', { name: '契約を追加' }).click();
    const line = page.getByTestId('subscriptions-table').locator('tbody tr', { hasText: 'オプション：分析' });
    await line.waitFor();
    // 5 seats × ¥10,000 a month.
    await expect(line.textContent()).resolves.toContain('¥50,000');
  });

  it('loads the next page of a long list with the cursor', async () => {
    // 3 seeded + 60 more: the list shows 50 (its page size) until "load more".
    for (let i = 1; i <= 60; i++) {
      await api.post('/accounts', { name: `テスト顧客${String(i).padStart(2, '0')}`, externalId: `BULK-${i}` });
    }
    await page.goto('/accounts');
    const rows = page.getByTestId('accounts-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(50);
    await page.getByRole('button', { name: 'さらに読み込む' }).click();
    await expect.poll(() => rows.count()).toBe(63);
    await expect(page.getByRole('button', { name: 'さらに読み込む' }).count()).resolves.toBe(0);
  });
});
