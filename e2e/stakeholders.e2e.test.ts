/**
 * Journey: the stakeholder map of one account and coverage across the portfolio, in Japanese
 * and in English. Three customers (each with a monthly subscription) and a prospect:
 *   みなと製作所 ¥100,000/month — an executive decision maker met 10 days ago (every 90 days),
 *     a champion last called 45 days ago (every 30 days: 15 days overdue), an end user;
 *   北斗システム ¥50,000/month — one project member, agreed every 60 days, never contacted;
 *   青空物流 ¥20,000/month — nobody recorded;
 *   未来商事 (prospect) — left out of the report unless "all accounts" is chosen.
 * The journey reads the map, quick-edits 北斗's person into a champion met quarterly, and
 * checks the portfolio's tiles, per-owner table, filters and sorting.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { setupWorkspace, type ApiSession } from './support/api';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { dayFromToday } from './support/seed';
import { startServer, type RunningServer } from './support/server';

interface Created { id: string }
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

async function customer(api: ApiSession, name: string, monthly: number, ownerId: string | null): Promise<string> {
  const account = await api.post<Created>('/accounts', { name, ownerId });
  await api.post('/subscriptions', {
    accountId: account.id, plan: 'Pro', quantity: 1, unitPrice: monthly, currency: 'JPY', billingInterval: 'month',
    status: 'active', startedOn: dayFromToday(-200),
  });
  return account.id;
}

async function seed(api: ApiSession): Promise<{ minato: string; hokuto: string }> {
  const me = await api.get<{ user: { id: string } }>('/me');
  const minato = await customer(api, '株式会社みなと製作所', 100_000, me.user.id);
  const hokuto = await customer(api, '北斗システム株式会社', 50_000, me.user.id);
  await customer(api, '青空物流株式会社', 20_000, null);
  await api.post('/accounts', { name: '未来商事株式会社' });
  const sponsor = await api.post<Created>('/contacts', {
    accountId: minato, name: '港 一郎', nameReading: 'ミナト イチロウ', title: '代表取締役', level: 'executive', role: 'decision_maker',
    cadenceDays: 90, channel: 'meeting',
  });
  const champion = await api.post<Created>('/contacts', {
    accountId: minato, name: '浜田 美咲', nameReading: 'ハマダ ミサキ', title: '業務改革部 部長', level: 'manager', role: 'champion',
    cadenceDays: 30, channel: 'online_meeting',
  });
  await api.post('/contacts', { accountId: minato, name: '岸 健', nameReading: 'キシ ケン', title: '業務改革部', level: 'end_user', role: 'end_user' });
  await api.post(`/accounts/${minato}/activities`, { kind: 'meeting', contactId: sponsor.id, occurredAt: daysAgo(10), subject: '経営層レビュー', body: '年度計画と全社展開の進め方を確認' });
  await api.post(`/accounts/${minato}/activities`, { kind: 'call', contactId: champion.id, occurredAt: daysAgo(45), body: '活用状況の確認' });
  await api.post('/contacts', {
    accountId: hokuto, name: '北村 咲', nameReading: 'キタムラ サキ', title: '情報システム部 課長', level: 'manager', role: 'project_member',
    cadenceDays: 60, channel: 'email',
  });
  return { minato, hokuto };
}

const WORDS = {
  ja: { tab: 'ステークホルダー', nav: 'ステークホルダー', title: 'ステークホルダー網羅状況', overdue15: '15日超過', never: '接触記録なし',
    quarterly: '四半期', save: '保存', role: '役割', allAccounts: 'すべての取引先' },
  en: { tab: 'Stakeholders', nav: 'Stakeholders', title: 'Stakeholder coverage', overdue15: '15 days overdue', never: 'Never contacted',
    quarterly: 'Quarterly', save: 'Save', role: 'Role', allAccounts: 'All accounts' },
} as const;

for (const locale of ['ja', 'en'] as const) {
  const w = WORDS[locale];

  describe(`stakeholder map and coverage (${locale})`, () => {
    let server: RunningServer;
    let api: ApiSession;
    let browser: Browser;
    let page: Page;
    let ids: { minato: string; hokuto: string };

    beforeAll(async () => {
      server = await startServer();
      api = await setupWorkspace(server.url, locale);
      ids = await seed(api);
      browser = await launchBrowser();
      page = await newPage(browser, server.url, locale);
      await signIn(page);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('shows an account\'s people by level with cadence, last contact, overdue flags and coverage', async () => {
      await page.goto(`/accounts/${ids.minato}`);
      await page.getByRole('tab', { name: w.tab }).click();
      await page.getByTestId('stakeholder-map').waitFor();
      expect(new URL(page.url()).searchParams.get('tab')).toBe('stakeholders');
      await expect(page.getByTestId('level-executive').textContent()).resolves.toContain('港 一郎');
      await expect(page.getByTestId('level-manager').textContent()).resolves.toContain('浜田 美咲');
      await expect(page.getByTestId('level-end_user').textContent()).resolves.toContain('岸 健');
      // The champion's call was 45 days ago on a 30-day cadence (seed above).
      const champion = page.getByTestId('stakeholder-card').filter({ hasText: '浜田 美咲' });
      await expect(champion.getAttribute('data-state')).resolves.toBe('overdue');
      await expect(champion.getByTestId('cadence-badge').textContent()).resolves.toBe(w.overdue15);
      await expect(page.getByTestId('coverage-sponsor').getAttribute('data-present')).resolves.toBe('true');
      await expect(page.getByTestId('coverage-champion').getAttribute('data-present')).resolves.toBe('true');
      // One of the two people with an agreed cadence is within it: 50.0%.
      await expect(page.getByTestId('cadence-share').textContent()).resolves.toBe('50.0%');
      await page.getByTestId('warning-overdue_stakeholders').waitFor();
      await screenshot(page, `${locale}-stakeholders-account`);
    });

    it('quick-edits a stakeholder into a champion met quarterly, and the coverage follows', async () => {
      await page.goto(`/accounts/${ids.hokuto}?tab=stakeholders`);
      await page.getByTestId('stakeholder-map').waitFor();
      await page.getByTestId('warning-no_champion').waitFor();
      await page.getByTestId('warning-no_executive_sponsor').waitFor();
      await expect(page.getByTestId('cadence-badge').textContent()).resolves.toBe(w.never);
      await page.getByTestId('stakeholder-edit').click();
      const form = page.getByTestId('stakeholder-edit-form');
      await form.waitFor();
      await form.getByLabel(w.role, { exact: true }).click();
      await page.getByRole('option', { name: locale === 'ja' ? 'チャンピオン' : 'Champion' }).click();
      await form.getByText(w.quarterly).click();
      await screenshot(page, `${locale}-stakeholders-quick-edit`);
      await form.getByRole('button', { name: w.save }).click();
      await form.waitFor({ state: 'detached' });
      await page.getByTestId('warning-no_champion').waitFor({ state: 'detached' });
      await page.getByTestId('warning-no_executive_sponsor').waitFor();
      const contacts = await api.get<{ items: Array<{ role: string; cadenceDays: number }> }>(`/accounts/${ids.hokuto}/contacts`);
      expect(contacts.items[0]).toMatchObject({ role: 'champion', cadenceDays: 90 });
      await screenshot(page, `${locale}-stakeholders-after-edit`);
    });

    it('reports coverage across customers with ARR, per owner, filtered and sorted', async () => {
      await page.goto('/accounts');
      await page.getByRole('link', { name: w.nav }).click();
      await page.getByRole('heading', { name: w.title }).waitFor();
      const tile = (key: string) => page.getByTestId(`tile-${key}`).getByTestId('tile-value').textContent();
      // Customers: みなと, 北斗, 青空 (the prospect is left out). No sponsor: 北斗 and 青空; no champion: 青空 (北斗 has one since
      // the edit); overdue: みなと's champion and 北斗's never-contacted champion.
      await expect.poll(() => tile('all')).toBe('3');
      await expect.poll(() => tile('no_sponsor')).toBe('2');
      await expect.poll(() => tile('no_champion')).toBe('1');
      await expect.poll(() => tile('overdue')).toBe('2');
      const rows = page.getByTestId('coverage-row');
      // Sorted by ARR, largest first: ¥1,200,000, ¥600,000, ¥240,000.
      await expect(rows.first().textContent()).resolves.toContain('みなと製作所');
      await expect(rows.first().textContent()).resolves.toContain('1,200,000');
      await expect(page.getByTestId('owner-table').locator('tbody tr').count()).resolves.toBe(2);
      await screenshot(page, `${locale}-stakeholders-portfolio`);

      await page.getByTestId('tile-no_sponsor').click();
      await expect.poll(() => rows.count()).toBe(2);
      await page.getByTestId('sort-arr').click();
      await expect.poll(() => rows.first().textContent()).toContain('青空物流');
      expect(new URL(page.url()).searchParams.get('filter')).toBe('no_sponsor');
      await screenshot(page, `${locale}-stakeholders-portfolio-filtered`);

      await page.getByTestId('tile-all').click();
      await expect.poll(() => rows.count()).toBe(3);
      await page.getByTestId('scope-control').getByText(w.allAccounts).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('scope')).toBe('all');
      await screenshot(page, `${locale}-stakeholders-portfolio-all`);
      await expect.poll(() => rows.count()).toBe(4);
      await expect(page.getByTestId('coverage-table').textContent()).resolves.toContain('未来商事');

      // An account's row leads to its map; with nobody recorded, the map says where to add people.
      await page.getByRole('link', { name: '青空物流株式会社' }).click();
      await page.getByTestId('stakeholders-empty').waitFor();
      expect(new URL(page.url()).searchParams.get('tab')).toBe('stakeholders');
      await screenshot(page, `${locale}-stakeholders-empty`);
    });
  });
}
