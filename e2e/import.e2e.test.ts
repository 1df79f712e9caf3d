/**
 * Journey: import a Shift_JIS CSV (as Excel in Japan writes it) with one bad row — the
 * wizard shows the detected encoding, lets a column be mapped by hand, reports the bad row
 * with its number and reason in the dry run, then runs with progress to done.
 */
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from './support/browser';
import type { RunningServer } from './support/server';
import { closeSignedIn, openSignedIn } from './support/signed-in';

// Row 1 is the header, so the row without a company name is row 4 as a spreadsheet numbers it.
const CSV = [
  '取引先ID,会社名,フリガナ,業種,従業員数,プラン,地域名,備考',
  'C-101,株式会社みらい工業,ミライコウギョウ,製造業,300-999,エンタープライズ,関東,重点顧客',
  'C-102,ひかり物流株式会社,ヒカリブツリュウ,物流,100-299,スタンダード,九州,',
  'C-103,,,小売,50-99,スターター,関西,会社名が空欄',
  'C-104,合同会社そら設計,ソラセッケイ,建設,1-49,スターター,東北,',
].join('\r\n');

describe('CSV import wizard', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openSignedIn());
  });
  afterAll(() => closeSignedIn({ server, browser }));

  it('uploads a Shift_JIS file and shows the detected encoding', async () => {
    await page.getByRole('link', { name: 'インポート' }).first().click();
    await page.waitForURL(/\/import$/);
    await page.getByTestId('import-kind-accounts').click();
    await screenshot(page, 'ja-import-kind');
    await page.getByTestId('wizard-next').click();

    await page.getByTestId('import-file').setInputFiles({
      name: '顧客一覧.csv', mimeType: 'text/csv', buffer: iconv.encode(CSV, 'Shift_JIS'),
    });
    await page.getByTestId('upload-result').waitFor();
    await expect(page.getByTestId('detected-encoding').textContent()).resolves.toBe('Shift_JIS (CP932)');
    await expect(page.getByTestId('upload-result').textContent()).resolves.toContain('4行');
    await screenshot(page, 'ja-import-upload');
    await page.getByTestId('wizard-next').click();
  });

  it('suggests a mapping, and a column can be mapped by hand', async () => {
    const table = page.getByTestId('mapping-table');
    await table.waitFor();
    await expect(table.getByLabel('「会社名」の取り込み先').inputValue()).resolves.toBe('会社名 *');
    await expect(table.getByLabel('「地域名」の取り込み先').inputValue()).resolves.toBe('（取り込まない）');
    await table.getByLabel('「地域名」の取り込み先').click();
    await page.getByRole('option', { name: '地域', exact: true }).click();
    await expect(table.getByLabel('「地域名」の取り込み先').inputValue()).resolves.toBe('地域');
    await screenshot(page, 'ja-import-mapping');
  });

  it('shows the bad row with its row number, column and reason in the dry run', async () => {
    await page.getByRole('button', { name: 'ドライラン（確認）' }).click();
    await page.getByTestId('dry-run').waitFor();
    await expect(page.getByTestId('count-created').textContent()).resolves.toContain('3');
    await expect(page.getByTestId('count-failed').textContent()).resolves.toContain('1');
    const bad = page.getByTestId('row-errors').locator('tbody tr');
    await expect(bad.count()).resolves.toBe(1);
    await expect(bad.first().textContent()).resolves.toContain('4行目');
    await expect(bad.first().textContent()).resolves.toContain('会社名');
    await expect(bad.first().textContent()).resolves.toContain('必須項目が空です');
    await screenshot(page, 'ja-import-dry-run');
  });

  it('runs the import with a progress bar that reaches done, then summarises', async () => {
    await page.getByRole('button', { name: '取り込みを実行' }).click();
    await page.getByTestId('import-run').waitFor();
    await page.getByTestId('import-status').filter({ hasText: '完了' }).waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('import-progress-text').textContent()).resolves.toContain('(100%)');
    await expect(page.getByTestId('count-created').textContent()).resolves.toContain('3');
    await expect(page.getByTestId('count-failed').textContent()).resolves.toContain('1');
    await expect(page.getByTestId('row-errors').textContent()).resolves.toContain('4行目');
    await screenshot(page, 'ja-import-done');

    await page.getByRole('link', { name: '顧客一覧を見る' }).click();
    const rows = page.getByTestId('accounts-table').locator('tbody tr');
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(3);
    // The hand-mapped column (地域名 → 地域) arrived.
    await page.getByRole('link', { name: '株式会社みらい工業' }).click();
    await expect(page.getByTestId('account-profile').textContent()).resolves.toContain('関東');
  });
});
