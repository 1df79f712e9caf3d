/**
 * Journey: the touch model in Japanese and in English. Three customers are placed by the default
 * tiers from their ARR; the manager opens Settings → Touch model, lowers the high-touch threshold
 * and previews the move before saving it; a CSM overrides one account's tier with a reason on the
 * account page; the report shows accounts, ARR and overdue touches per tier and per CSM.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { setupWorkspace, type ApiSession } from './support/api';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { dayFromToday } from './support/seed';
import { startServer, type RunningServer } from './support/server';

interface Created { id: string }
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

const WORDS = {
  ja: {
    settingsTab: 'タッチモデル', high: 'ハイタッチ', mid: 'ロータッチ', tech: 'テックタッチ', edit: '「ハイタッチ」を編集', value: '値',
    preview: 'プレビュー', previewSummary: '3社中 1社のティアが変わります', save: '保存', saved: '「ハイタッチ」を保存しました（1社のティアが変わりました）',
    override: '上書き', tier: 'ティア', reason: '理由', reasonText: '来期に全社展開の予定があるため', overrideSave: '上書きする',
    overridden: '手動で上書き', byDefault: '既定', nav: 'タッチモデル', overdueTitle: '接点が遅れている顧客（2社）', meetingLate: '15日', overdueKind: '定例',
  },
  en: {
    settingsTab: 'Touch model', high: 'ハイタッチ', mid: 'ロータッチ', tech: 'テックタッチ', edit: 'Edit “ハイタッチ”', value: 'Value',
    preview: 'Preview', previewSummary: '1 of 3 accounts would change tier', save: 'Save', saved: 'Saved “ハイタッチ”. Accounts that changed tier: 1',
    override: 'Override', tier: 'Tier', reason: 'Reason', reasonText: 'Company-wide rollout planned next quarter', overrideSave: 'Override',
    overridden: 'Overridden', byDefault: 'Default', nav: 'Touch model', overdueTitle: 'Accounts with overdue touches: 2', meetingLate: '15 d', overdueKind: 'Meeting',
  },
} as const;

interface Seeded { big: string; middle: string; small: string }

async function customer(api: ApiSession, name: string, monthly: number, ownerId: string | null): Promise<string> {
  const account = await api.post<Created>('/accounts', { name, ...(ownerId ? { ownerId } : {}) });
  await api.post('/subscriptions', {
    accountId: account.id, plan: 'Pro', quantity: 1, unitPrice: monthly, currency: 'JPY', billingInterval: 'month',
    status: 'active', startedOn: dayFromToday(-200),
  });
  return account.id;
}

async function seed(api: ApiSession): Promise<Seeded> {
  const me = await api.get<{ user: { id: string } }>('/me');
  // ARR = MRR × 12: ¥4,800,000 (high), ¥720,000 (mid/low), ¥120,000 (tech) under the default tiers.
  const big = await customer(api, '株式会社きずな商事', 400_000, me.user.id);
  const middle = await customer(api, 'さくらクラウド合同会社', 60_000, me.user.id);
  const small = await customer(api, 'ブルーオーシャン株式会社', 10_000, null);
  // High touch wants a meeting every 30 days: the last one 45 days ago is 15 days late.
  await api.post(`/accounts/${big}/activities`, { kind: 'meeting', occurredAt: daysAgo(45), subject: '定例', body: '月次定例。' });
  // Mid/low touch wants a call or meeting every 90 days: the last call 100 days ago is 10 days late.
  await api.post(`/accounts/${middle}/activities`, { kind: 'call', occurredAt: daysAgo(100), body: '利用状況の確認。' });
  return { big, middle, small };
}

async function toast(page: Page, text: string) {
  await page.getByText(text).first().waitFor();
}

for (const locale of ['ja', 'en'] as const) {
  const w = WORDS[locale];

  describe(`touch model (${locale})`, () => {
    let server: RunningServer;
    let api: ApiSession;
    let browser: Browser;
    let page: Page;
    let seeded: Seeded;

    beforeAll(async () => {
      server = await startServer();
      api = await setupWorkspace(server.url, locale);
      seeded = await seed(api);
      // The server's workers place new accounts in their tiers after scoring them: wait for that, so
      // the preview compares with settled placements rather than racing the first automation pass.
      for (let waited = 0; ; waited += 250) {
        const tiers = await Promise.all(Object.values(seeded).map((id) => api.get<{ touchTier: string | null }>(`/accounts/${id}`)));
        if (tiers.map((a) => a.touchTier).join(',') === 'high,mid,tech') break;
        if (waited > 30_000) throw new Error(`the accounts were not placed in their tiers: ${tiers.map((a) => a.touchTier).join(',')}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      browser = await launchBrowser();
      page = await newPage(browser, server.url, locale);
      await signIn(page);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('shows the default tiers, previews a lower high-touch threshold and saves it', async () => {
      await page.goto('/settings/touch-model');
      await page.getByRole('tab', { name: w.settingsTab }).waitFor();
      const table = page.getByTestId('tier-table');
      await expect(table.getByTestId('tier-row-high').textContent()).resolves.toContain(w.high);
      await expect(table.getByTestId('tier-row-mid').textContent()).resolves.toContain(w.mid);
      await expect(table.getByTestId('tier-row-tech').textContent()).resolves.toContain(w.tech);
      await screenshot(page, `${locale}-touch-model-settings`);

      await page.getByRole('button', { name: w.edit }).click();
      const dialog = page.getByRole('dialog');
      const value = dialog.getByLabel(w.value).first();
      await value.fill('700000');
      await dialog.getByRole('button', { name: w.preview }).click();
      // さくら (¥720,000) would move from mid/low to high touch.
      await dialog.getByTestId('tier-preview').getByText(w.previewSummary).waitFor();
      await dialog.getByTestId('tier-preview').getByText('さくらクラウド合同会社').waitFor();
      await screenshot(page, `${locale}-touch-model-preview`);
      await dialog.getByRole('button', { name: w.save, exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await toast(page, w.saved);
      await table.getByTestId('tier-row-high').getByText(/700,000/).waitFor();
    });

    it('overrides the tier of one account with a reason on its page', async () => {
      await page.goto(`/accounts/${seeded.small}`);
      const card = page.getByTestId('account-tier-card');
      await card.getByText(w.tech).waitFor();
      await card.getByText(w.byDefault).waitFor();
      await card.getByRole('button', { name: w.override }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('tier-override-select').click();
      await page.getByRole('option', { name: w.high }).click();
      await dialog.getByTestId('tier-override-reason-input').fill(w.reasonText);
      await screenshot(page, `${locale}-touch-model-override-form`);
      await dialog.getByRole('button', { name: w.overrideSave }).click();
      await dialog.waitFor({ state: 'detached' });
      await card.getByText(w.overridden).waitFor();
      await card.getByTestId('tier-override-reason').getByText(w.reasonText, { exact: false }).waitFor();
      await expect(card.getByTestId('account-tier-name').textContent()).resolves.toBe(w.high);
      await screenshot(page, `${locale}-touch-model-account`);
    });

    it('reports accounts, ARR and overdue touches per tier and per CSM', async () => {
      // The report is in the navigation for everyone who reads data.
      await page.goto('/accounts');
      const nav = page.locator('a[href="/touch-model"]').first();
      await expect(nav.textContent()).resolves.toBe(w.nav);
      await page.goto('/touch-model');
      const report = page.getByTestId('touch-model-report');
      await report.waitFor();
      await page.getByTestId('touch-model-echart').locator('svg').waitFor();
      const overdue = page.getByTestId('touch-table-overdue');
      await overdue.getByText(w.overdueTitle).waitFor();
      // さくら is high touch now (a meeting every 30 days): its call 100 days ago is 70 days late; きずな's meeting 15 days.
      const rows = overdue.locator('tbody tr');
      await expect(rows.count()).resolves.toBe(2);
      await expect(rows.nth(0).textContent()).resolves.toContain('さくらクラウド合同会社');
      await expect(rows.nth(1).textContent()).resolves.toContain(w.meetingLate);
      await expect(rows.nth(1).textContent()).resolves.toContain(w.overdueKind);
      const csv = await page.getByTestId('touch-table-owners').getByTestId('csv-export').getAttribute('href');
      expect(csv).toBe('/api/v1/touch-model/report?format=csv&table=owners');
      await screenshot(page, `${locale}-touch-model-report`);
    });
  });
}
