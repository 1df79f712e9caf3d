/**
 * Journey: the voice of the customer in Japanese and in English. A CSM turns a note on an
 * account's timeline into a VOC item, adds another customer's note to it from the untriaged
 * inbox, sees the ranking by accounts and ARR (an account heard twice counts once), opens the
 * item, and sends it to product — the product team's webhook (a local server here) receives the
 * item with its areas, accounts and ARR. Then the VOC settings tab.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { setupWorkspace, type ApiSession } from './support/api';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { startServer, type RunningServer } from './support/server';

interface Created { id: string }

const WORDS = {
  ja: {
    addToVoc: 'VOCに追加', title: 'タイトル', add: '追加', asExisting: '既存のVOCに追加', item: '追加先のVOC', inbox: '未整理の声',
    send: 'プロダクトに送る', sent: 'プロダクトに送付済み', settingsTab: 'VOC', webhook: 'プロダクトチームのWebhook URL', save: '保存',
    itemTitle: 'レポートをCSVで出力したい', setAside: '対象外', inboxView: '受信箱', noneSetAside: '対象外にしたものはありません',
  },
  en: {
    addToVoc: 'Add to VOC', title: 'Title', add: 'Add', asExisting: 'To an existing item', item: 'Item', inbox: 'Untriaged',
    send: 'Send to product', sent: 'Sent to product', settingsTab: 'VOC', webhook: 'Product team webhook URL', save: 'Save',
    itemTitle: 'Export reports as CSV', setAside: 'Set aside', inboxView: 'Inbox', noneSetAside: 'Nothing set aside',
  },
} as const;

/** A stand-in for the product team's endpoint: it keeps every JSON body posted to it. */
async function productTeam(): Promise<{ server: Server; url: string; bodies: Array<Record<string, any>> }> {
  const bodies: Array<Record<string, any>> = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => { text += chunk.toString('utf8'); });
    req.on('end', () => { bodies.push(JSON.parse(text) as Record<string, any>); res.writeHead(204).end(); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/voc-hook`, bodies };
}

async function payingAccount(api: ApiSession, name: string, monthly: number): Promise<string> {
  const account = await api.post<Created>('/accounts', { name, status: 'active' });
  await api.post('/subscriptions', { accountId: account.id, plan: 'Pro', quantity: 1, unitPrice: monthly, currency: 'JPY', billingInterval: 'month', status: 'active', startedOn: '2025-04-01' });
  return account.id;
}

for (const locale of ['ja', 'en'] as const) {
  const w = WORDS[locale];
  describe(`voice of the customer (${locale})`, () => {
    let server: RunningServer;
    let browser: Browser;
    let page: Page;
    let product: Awaited<ReturnType<typeof productTeam>>;
    let big: string;

    beforeAll(async () => {
      server = await startServer();
      product = await productTeam();
      const api = await setupWorkspace(server.url, locale);
      big = await payingAccount(api, locale === 'ja' ? '大口商事株式会社' : 'Bigwig Trading Inc.', 500_000); // ARR ¥6,000,000
      const small = await payingAccount(api, locale === 'ja' ? '小田工業株式会社' : 'Oda Works Ltd.', 50_000); // ARR ¥600,000
      const other = await payingAccount(api, locale === 'ja' ? '中村物産株式会社' : 'Nakamura Goods', 100_000); // ARR ¥1,200,000
      await api.post(`/accounts/${big}/activities`, { kind: 'note', body: locale === 'ja' ? '月次レポートをCSVで出力して経理に渡したいとの要望。' : 'They want to export the monthly report as CSV for accounting.' });
      await api.post(`/accounts/${small}/activities`, { kind: 'note', body: locale === 'ja' ? 'レポートのCSV出力ができないので毎月手作業で転記している。' : 'No CSV export of reports, so they copy figures by hand every month.' });
      await api.post(`/accounts/${other}/activities`, { kind: 'meeting', subject: locale === 'ja' ? '定例' : 'Weekly', body: locale === 'ja' ? 'スマホから健全性を確認したい。' : 'Would like to check health from a phone.' });
      const mobile = await api.post<Created>('/voc/items', { title: locale === 'ja' ? 'スマホ対応' : 'Mobile app', areas: [locale === 'ja' ? 'モバイル' : 'Mobile'],
        mention: { sourceKind: 'manual', accountId: other, quote: locale === 'ja' ? '外出先で見たい' : 'Want to see it on the road' } });
      expect(mobile.id).toEqual(expect.any(String));
      browser = await launchBrowser();
      page = await newPage(browser, server.url, locale);
      await signIn(page);
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      await new Promise((resolve) => product?.server.close(resolve));
    });

    it('turns a note on the timeline into a VOC item with a product area', async () => {
      await page.goto(`/accounts/${big}`);
      const entry = page.getByTestId('timeline-entry').first();
      await entry.getByRole('button', { name: locale === 'ja' ? 'その他の操作' : 'More actions' }).click();
      await page.getByTestId('add-to-voc').click();
      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.getByTestId('voc-quote').inputValue()).toContain('CSV');
      await dialog.getByTestId('voc-title').fill(w.itemTitle);
      await dialog.getByTestId('voc-areas').fill(locale === 'ja' ? 'レポート' : 'Reporting');
      await dialog.getByTestId('voc-areas').press('Enter');
      await dialog.getByTestId('voc-title').click(); // closes the tag suggestions
      await screenshot(page, `${locale}-voc-add-from-note`);
      await dialog.getByTestId('voc-add-submit').click();
      await dialog.waitFor({ state: 'hidden' });
    });

    it('adds another customer\'s note from the untriaged inbox to that item', async () => {
      await page.goto('/voc?tab=inbox');
      const card = page.getByTestId('voc-candidate').filter({ hasText: locale === 'ja' ? '手作業で転記' : 'copy figures by hand' });
      await expect.poll(() => card.count()).toBe(1);
      // The note already cited is no longer a candidate.
      await expect.poll(() => page.getByTestId('voc-candidate').filter({ hasText: locale === 'ja' ? '経理に渡したい' : 'for accounting' }).count()).toBe(0);
      await screenshot(page, `${locale}-voc-inbox`);
      await card.getByTestId('voc-candidate-add').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(w.asExisting).click();
      await dialog.getByTestId('voc-existing').click();
      await page.getByRole('option', { name: new RegExp(w.itemTitle) }).click();
      await dialog.getByTestId('voc-add-submit').click();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => page.getByTestId('voc-candidate').filter({ hasText: locale === 'ja' ? '手作業で転記' : 'copy figures by hand' }).count()).toBe(0);
    });

    it('sets a candidate aside as not VOC and puts it back from the set-aside view', async () => {
      const phone = () => page.getByTestId('voc-candidate').filter({ hasText: locale === 'ja' ? 'スマホから' : 'from a phone' });
      await expect.poll(() => phone().count()).toBe(1);
      await phone().getByTestId('voc-candidate-dismiss').click();
      await expect.poll(() => phone().count()).toBe(0);
      await page.getByTestId('voc-candidate-view').getByText(w.setAside).click();
      await expect.poll(() => phone().count()).toBe(1);
      await expect(page.getByTestId('voc-candidate').count()).resolves.toBe(1);
      await screenshot(page, `${locale}-voc-set-aside`);
      await phone().getByTestId('voc-candidate-restore').click();
      await page.getByText(w.noneSetAside).waitFor();
      await page.getByTestId('voc-candidate-view').getByText(w.inboxView).click();
      await expect.poll(() => phone().count()).toBe(1);
    });

    it('ranks by accounts and by ARR, each account counted once', async () => {
      await page.goto('/voc');
      const rows = page.getByTestId('voc-row');
      await expect.poll(() => rows.count()).toBe(2);
      // By accounts: the CSV item has 2 accounts (¥6,000,000 + ¥600,000), the mobile item 1 (¥1,200,000).
      await expect.poll(() => rows.first().innerText()).toContain(w.itemTitle);
      expect(await rows.first().innerText()).toMatch(/6,600,000/);
      await screenshot(page, `${locale}-voc-ranking`);
    });

    it('opens the item, sends it to product, and the product team\'s webhook receives it', async () => {
      await page.goto('/settings/voc');
      await page.getByTestId('voc-webhook-url').fill(product.url);
      await screenshot(page, `${locale}-voc-settings`);
      await page.getByTestId('voc-settings-save').click();
      await expect.poll(async () => (await page.request.get('/api/v1/voc/settings')).json()).toMatchObject({ webhookConfigured: true });

      await page.goto('/voc');
      await page.getByTestId('voc-row').first().click();
      const drawer = page.getByRole('dialog');
      await expect.poll(() => drawer.getByTestId('voc-mention').count()).toBe(2);
      await screenshot(page, `${locale}-voc-drawer`);
      await drawer.getByTestId('voc-send').click();
      await expect.poll(() => drawer.getByTestId('voc-status').first().innerText()).toBe(w.sent);
      await expect.poll(() => product.bodies.length, { timeout: 20_000 }).toBe(1);
      expect(product.bodies[0]).toMatchObject({
        event: 'voc.item.sent',
        item: { title: w.itemTitle, areas: [locale === 'ja' ? 'レポート' : 'Reporting'], accounts: 2, arr: 6_600_000, currency: 'JPY', status: 'sent' },
      });
      expect(product.bodies[0]?.quotes).toHaveLength(2);
      await screenshot(page, `${locale}-voc-sent`);
    });
  });
}
