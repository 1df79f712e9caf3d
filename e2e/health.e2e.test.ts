/**
 * Journey: the portfolio's health in Japanese and in English. Twenty-four accounts paid from
 * 400 days ago; the odd ones cancelled 100 days ago. Around 200–220 days ago the ones that
 * stayed used the product with more people and more features (the recipe of
 * src/server/modules/health/health.int.test.ts), and they still do now. The journey opens
 * the overview, runs the backtest, edits the default scorecard's bands with the preview before
 * saving, and checks the usage-data settings and a viewer's read-only editor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { formatDate } from '../src/web/lib/format';
import { setupWorkspace, type ApiSession } from './support/api';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { dayFromToday } from './support/seed';
import { startServer, type RunningServer } from './support/server';

interface Created { id: string }
interface BandCounts { red: number; yellow: number; green: number; none: number }

const DAY = 86_400_000;
const VIEWER = { name: '閲覧 次郎', email: 'viewer@example.com', password: 'password9012' };

/** Sign-ins and feature events per user per day, for `days` days ending `endOffset` days from today (as the int test). */
function activity(prefix: string, groupId: string, users: number, days: number, endOffset: number, features: string[]): unknown[] {
  const batch: unknown[] = [];
  for (let d = 0; d < days; d += 1) {
    const day = new Date(Date.now() + (endOffset - d) * DAY);
    for (let u = 0; u < users; u += 1) {
      for (const [i, event] of ['Signed In', ...features].entries()) {
        batch.push({
          type: 'track', messageId: `${prefix}-${d}-${u}-${i}`, userId: `${prefix}-u${u}`, event,
          timestamp: new Date(day.getTime() + (u * 10 + i) * 60_000).toISOString(), context: { groupId },
        });
      }
    }
  }
  return batch;
}

async function sendBatch(baseUrl: string, writeKey: string, batch: unknown[]): Promise<void> {
  for (let start = 0; start < batch.length; start += 1500) {
    const response = await fetch(`${baseUrl}/v1/batch`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ batch: batch.slice(start, start + 1500) }),
    });
    if (response.status !== 200) throw new Error(`/v1/batch: ${response.status} ${await response.text()}`);
  }
}

async function seedHealth(api: ApiSession, baseUrl: string): Promise<void> {
  const { key } = await api.post<{ key: string }>('/api-keys', { name: 'Segment', scope: 'ingest' });
  const batch: unknown[] = [];
  for (let i = 0; i < 24; i += 1) {
    const healthy = i % 2 === 0;
    const account = await api.post<Created>('/accounts', { name: `検証${String(i + 1).padStart(2, '0')}株式会社`, productId: `p${i}` });
    const line = await api.post<Created>('/subscriptions', {
      accountId: account.id, plan: 'Pro', quantity: 5, unitPrice: 20000, currency: 'JPY', billingInterval: 'month', startedOn: dayFromToday(-400),
    });
    if (!healthy) await api.patch(`/subscriptions/${line.id}`, { status: 'cancelled', effectiveOn: dayFromToday(-100) });
    batch.push(...activity(`a${i}`, `p${i}`, healthy ? 3 + (i % 3) : 1, healthy ? 20 : 4 + (i % 5), -200,
      healthy ? ['Report Viewed', 'Workflow Run', 'Dashboard Created'] : []));
    // Of the accounts that stayed, most are still busy in the last weeks (some busier than the rest);
    // every third one went quiet and its CSM reports a poor sentiment, so the portfolio has red accounts now.
    const quietNow = healthy && i % 6 === 0;
    if (healthy && !quietNow) {
      batch.push(...activity(`c${i}`, `p${i}`, 2 + (i % 4), 14, -1, i % 4 === 2 ? ['Report Viewed', 'Workflow Run', 'Dashboard Created', 'Export Downloaded'] : ['Report Viewed']));
    }
    if (quietNow) await api.post(`/accounts/${account.id}/sentiments`, { value: 1, reason: '決裁者が交代し、更新に消極的' });
    if (i === 4) await api.post(`/accounts/${account.id}/sentiments`, { value: 5, reason: '定例で活用事例を共有' });
  }
  // Events for a group no account has yet: kept as unmatched.
  batch.push(...activity('x', 'acme-trial', 1, 3, -1, ['Report Viewed']));
  await sendBatch(baseUrl, key, batch);
  await api.post('/health/recompute', {});
  await api.post('/members', { ...VIEWER, role: 'viewer' });
}

interface Words {
  nav: string;
  scorecardsTab: string;
  backtestTab: string;
  defaultScorecard: string;
  redBelow: string;
  greenFrom: string;
  note: string;
  saveV2: string;
  savedV2: string;
  run: string;
  apply: string;
  backToList: string;
  discard: string;
  usageTab: string;
  attachNow: string;
}

const WORDS: Record<'ja' | 'en', Words> = {
  ja: {
    nav: 'ヘルス', scorecardsTab: 'スコアカード', backtestTab: 'バックテスト', defaultScorecard: '標準スコアカード',
    redBelow: '赤：この点数未満', greenFrom: '緑：この点数以上', note: '変更メモ', saveV2: 'バージョン2として保存',
    savedV2: 'バージョン2として保存しました', run: 'バックテストを実行', apply: '推奨の重みをエディタで開く',
    backToList: 'スコアカード一覧', discard: '破棄して移動', usageTab: '利用データ', attachNow: '今すぐ紐付け',
  },
  en: {
    nav: 'Health', scorecardsTab: 'Scorecards', backtestTab: 'Backtest', defaultScorecard: 'Standard scorecard',
    redBelow: 'Red: below this score', greenFrom: 'Green: from this score', note: 'Change note', saveV2: 'Save as version 2',
    savedV2: 'Saved as version 2', run: 'Run backtest', apply: 'Open suggested weights in the editor',
    backToList: 'All scorecards', discard: 'Discard and leave', usageTab: 'Usage data', attachNow: 'Attach now',
  },
};

for (const locale of ['ja', 'en'] as const) {
  const w = WORDS[locale];

  describe(`health pages (${locale})`, () => {
    let server: RunningServer;
    let api: ApiSession;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      server = await startServer();
      api = await setupWorkspace(server.url, locale);
      await seedHealth(api, server.url);
      browser = await launchBrowser();
      page = await newPage(browser, server.url, locale);
      await signIn(page);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('shows the portfolio by band, its distribution chart and the red accounts', async () => {
      const counts = (await api.get<{ current: BandCounts }>('/health/distribution')).current;
      // Only customers have a live score: the 12 accounts still paying (the odd ones cancelled, seed above).
      expect(counts.red + counts.yellow + counts.green + counts.none).toBe(12);
      // Accounts 0, 6, 12 and 18 went quiet with a sentiment of 1: no usage points and none for the relationship.
      expect(counts.red).toBeGreaterThanOrEqual(4);
      await page.getByRole('link', { name: w.nav }).click();
      await page.getByRole('heading', { name: w.nav }).waitFor();
      for (const band of ['red', 'yellow', 'green', 'none'] as const) {
        await expect.poll(() => page.getByTestId(`band-tile-${band}`).getByTestId('band-count').textContent()).toBe(String(counts[band]));
      }
      await page.getByTestId('distribution-echart').locator('svg').first().waitFor();
      const attention = page.getByTestId('attention-list');
      await expect.poll(() => attention.locator('[data-band="red"]').count()).toBe(Math.min(12, counts.red));
      // The quiet accounts with a poor sentiment are among the reds (検証01 is account 0).
      await expect(attention.textContent()).resolves.toContain('検証01株式会社');
      await screenshot(page, `${locale}-health-overview`);
    });

    it('runs a backtest: outcomes, AUC, ROC curve, churn by band and suggested weights', async () => {
      await page.getByRole('tab', { name: w.backtestTab }).click();
      const form = page.getByTestId('backtest-form');
      await form.waitFor();
      await screenshot(page, `${locale}-health-backtest-intro`);
      // 200 days ago, as the integration test's recipe: the 30 days before were the busy (or quiet) ones.
      const asOf = dayFromToday(-200);
      const dateInput = form.getByRole('textbox').first();
      await dateInput.fill(formatDate(asOf, locale));
      await dateInput.press('Tab');
      await form.getByRole('button', { name: w.run }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('asOf')).toBe(asOf);
      const results = page.getByTestId('backtest-results');
      await results.waitFor({ timeout: 60_000 });
      // 12 of the 24 accounts cancelled 100 days ago, inside the 180-day horizon (seed above).
      await expect(page.getByTestId('outcome-churned').textContent()).resolves.toBe('12');
      await expect(page.getByTestId('outcome-retained').textContent()).resolves.toBe('12');
      // The int test on the same recipe finds AUC > 0.9: the quiet accounts were the ones that left.
      const auc = Number(await page.getByTestId('auc-value').textContent());
      expect(auc).toBeGreaterThan(0.8);
      await page.getByTestId('roc-echart').locator('svg').first().waitFor();
      await expect(page.getByTestId('band-table').locator('tbody tr').count()).resolves.toBe(3);
      await page.getByTestId('weights-echart').locator('svg').first().waitFor();
      // The stratified split holds out round(0.3 × 12) = 4 churners: one of them can move an AUC by 1/4.
      const thin = await page.getByTestId('fit-thin-test').textContent();
      expect(thin).toContain('4');
      expect(thin).toContain('0.25');
      // The recipe separates churners perfectly, so the suggestion can only tie the current scorecard (1.00 each) and says so.
      await page.getByTestId('fit-same').waitFor();
      await page.mouse.move(5, 5);
      await screenshot(page, `${locale}-health-backtest`);

      // The suggestion opens in the editor, with its preview; leaving without saving asks first.
      await page.getByRole('button', { name: w.apply }).click();
      await page.getByTestId('prefill-notice').waitFor();
      await page.getByTestId('preview-changed').waitFor();
      await screenshot(page, `${locale}-health-apply-suggested`);
      await page.getByRole('link', { name: w.backToList }).click();
      await page.getByRole('dialog').getByRole('button', { name: w.discard }).click();
      await page.getByTestId('scorecards-table').waitFor();
    });

    it('edits the default scorecard\'s bands: the preview counts the band changes before saving version 2', async () => {
      const before = (await api.get<{ current: BandCounts }>('/health/distribution')).current;
      await page.getByTestId('scorecards-table').getByRole('link', { name: w.defaultScorecard }).click();
      await page.getByTestId('score-tree').waitFor();
      await page.getByTestId('measure-editor').first().getByRole('button').first().click();
      await screenshot(page, `${locale}-health-editor`);
      // Red below 0 and green from 0: every scored account turns green, so exactly the red and yellow ones change.
      await page.getByLabel(w.redBelow).fill('0');
      await page.getByLabel(w.greenFrom).fill('0');
      await expect.poll(() => page.getByTestId('preview-changed').textContent(), { timeout: 20_000 }).toBe(String(before.red + before.yellow));
      await expect(page.getByTestId('preview-transitions').textContent()).resolves.toContain(String(before.red));
      await page.getByLabel(w.note).fill(locale === 'ja' ? '全顧客を緑にする検証' : 'Everyone green, as a test');
      await screenshot(page, `${locale}-health-editor-preview`);
      await page.getByRole('button', { name: w.saveV2 }).click();
      await page.getByText(w.savedV2).waitFor();
      const history = page.getByTestId('version-history');
      await expect.poll(() => history.getByTestId('version-item').count()).toBe(2);
      await expect(history.getByTestId('version-item').first().textContent()).resolves.toContain('v2');
      await expect(history.textContent()).resolves.toContain(locale === 'ja' ? '全顧客を緑にする検証' : 'Everyone green, as a test');
      await screenshot(page, `${locale}-health-editor-saved`);
      const after = (await api.get<{ current: BandCounts }>('/health/distribution')).current;
      expect(after.green).toBe(before.red + before.yellow + before.green);
    });

    it('shows a viewer the editor read-only, without a save button', async () => {
      const viewer = await newPage(browser, server.url, locale);
      await signIn(viewer, VIEWER.email, VIEWER.password);
      await viewer.goto('/health/scorecards');
      await viewer.getByTestId('scorecards-table').getByRole('link', { name: w.defaultScorecard }).click();
      await viewer.getByTestId('read-only').waitFor();
      await expect(viewer.getByTestId('save-panel').count()).resolves.toBe(0);
      // The viewer's own language may differ from the journey's: find the threshold input by its place.
      await expect(viewer.getByTestId('bands-editor').locator('input').first().isDisabled()).resolves.toBe(true);
      await viewer.context().close();
    });

    it('explains how to send usage and lists events waiting for an account', async () => {
      await page.goto('/settings/usage');
      await page.getByTestId('ingest-guide').waitFor();
      await expect(page.getByTestId('ingest-url').textContent()).resolves.toBe(`${server.url}/v1/batch`);
      await expect(page.getByTestId('ingest-snippet').textContent()).resolves.toContain(`new Analytics({ writeKey: process.env.KIZUNA_WRITE_KEY, host: '${server.url}' })`);
      const table = page.getByTestId('unmatched-table');
      // Three days of one user's sign-in and report view for 'acme-trial' (seed above) = 6 events.
      const row = table.locator('tbody tr', { hasText: 'acme-trial' });
      await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('6');
      await page.getByRole('button', { name: w.attachNow }).click();
      await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
      await page.getByTestId('health-settings').waitFor();
      await screenshot(page, `${locale}-health-usage-settings`);
    });
  });
}
