/**
 * Journey: the CX analysis on the demo workspace, in Japanese and in English. The demo (two yearly runs of the CX
 * survey) is loaded with `kizuna demo` into a fresh data folder before the server starts on it; the admin opens this
 * year's survey's 分析 tab, sees the tree with its five leaves and the hypotheses, the churn risk with the mapping in
 * use, moves the consultation-rate slider and watches the ARR at risk fall, and sees last year's comparison.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { startServer, type RunningServer } from './support/server';

/** element screenshots go beside the full-page ones (support/browser.ts) */
const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
const SEED = 6262;
const ADMIN_EMAIL = `admin@demo${SEED}.kizuna.example`;
const PASSWORD = 'kizuna-demo';

const WORDS = {
  ja: { tree: 'CXツリー', above: '相談・期待以上の対応', risk: '継続意向から見た解約リスク', sim: 'もしも分析（シミュレーション）', yoy: '前回との比較（定点観測）' },
  en: { tree: 'CX tree', above: 'Consulted: above expectations', risk: 'Churn risk from continuation intent', sim: 'What-if simulation', yoy: 'Year over year' },
} as const;

async function signInAs(browser: Browser, url: string, locale: 'ja' | 'en'): Promise<Page> {
  const page = await newPage(browser, url, locale);
  await signIn(page, ADMIN_EMAIL, PASSWORD);
  expect((await page.request.patch('/api/v1/me', { data: { locale } })).ok()).toBe(true);
  return page;
}

const yen = (text: string) => Number(text.replace(/[^\d]/g, ''));

describe('CX analysis on the demo', () => {
  let server: RunningServer;
  let browser: Browser;
  let surveyId: string;

  beforeAll(async () => {
    server = await startServer({ demo: { seed: SEED, accounts: 120 } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const locale of ['ja', 'en'] as const) {
    it(`shows the tree, the risk and a live simulator (${locale})`, async () => {
      const w = WORDS[locale];
      const page = await signInAs(browser, server.url, locale);
      const list = await (await page.request.get('/api/v1/surveys')).json() as { items: Array<{ id: string; kind: string; runOn?: string; name: string }> };
      const cx = list.items.filter((s) => s.kind === 'cx');
      expect(cx.length).toBe(2);
      surveyId = cx[0]!.id; // newest first
      await page.goto(`/surveys/${surveyId}/analysis`);

      const tree = page.getByTestId('cx-tree');
      await tree.waitFor();
      await expect(page.getByText(w.tree, { exact: true }).count()).resolves.toBeGreaterThan(0);
      for (const leaf of ['no_trouble', 'not_consulted', 'above', 'as', 'below']) {
        await expect(page.getByTestId(`cx-leaf-${leaf}`).textContent()).resolves.toMatch(/n = \d+/);
      }
      await expect(page.getByTestId('cx-leaf-above').textContent()).resolves.toContain(w.above);
      await expect(page.getByTestId('cx-verdict-h1').textContent()).resolves.toBeTruthy();
      await expect(page.getByTestId('cx-churn-risk').textContent()).resolves.toContain(w.risk);
      await expect(page.getByTestId('cx-mapping-kind').textContent()).resolves.toBeTruthy();

      const simulator = page.getByTestId('cx-simulator');
      await expect(simulator.textContent()).resolves.toContain(w.sim);
      const before = (await page.getByTestId('cx-sim-arr').textContent()) ?? '';
      const [todayArr, simulatedArr] = before.split('→').map(yen);
      expect(simulatedArr).toBe(todayArr);
      // Everyone with trouble consults: End moves the consultation-rate slider to 100%.
      const thumb = page.getByTestId('cx-slider-consult').getByRole('slider');
      await thumb.focus();
      await thumb.press('End');
      await expect(simulator.textContent()).resolves.toContain('100%');
      const after = (await page.getByTestId('cx-sim-arr').textContent()) ?? '';
      const [, movedArr] = after.split('→').map(yen);
      expect(movedArr).toBeLessThan(todayArr!);

      // The CSV of the tree, headed in the viewer's language, behind the tree panel's download button.
      const csvHref = await page.getByTestId('cx-tree-csv').getAttribute('href');
      expect(csvHref).toBe(`/api/v1/surveys/${surveyId}/cx-tree?format=csv&lang=${locale}`);
      const csv = await page.request.get(csvHref!);
      expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
      const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]!.split(',')[0]).toBe(locale === 'ja' ? 'グループ' : 'Group');
      expect(lines).toHaveLength(7);
      // The demo's CX survey does not ask recommendation intent: the overview says so where its chart would be.
      await page.getByTestId('cx-recommendation-none').waitFor();
      await expect(page.getByTestId('cx-recommendation-mix').count()).resolves.toBe(0);

      await expect(page.getByTestId('cx-yoy').textContent()).resolves.toContain(w.yoy);
      await expect(page.getByTestId('cx-yoy-table').count()).resolves.toBe(1);
      await screenshot(page, `cx-analysis-${locale}`);
      await page.getByTestId('cx-segment').getByText(locale === 'ja' ? 'プラン' : 'Plan').click();
      await page.getByTestId('cx-overview-table').getByRole('row').nth(2).waitFor();
      await page.getByTestId('cx-tree').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, `cx-tree-${locale}.png`) });
      await page.context().close();
    }, 120_000);
  }
  it('charts recommendation intent beside continuation intent for a survey that asks it', async () => {
    const page = await signInAs(browser, server.url, 'ja');
    const post = async <T>(path: string, data: unknown): Promise<T> => {
      const res = await page.request.fetch(`/api/v1${path}`, { method: path.endsWith('/responses') ? 'PUT' : 'POST', data });
      expect(res.ok(), await res.text()).toBe(true);
      return await res.json() as T;
    };
    const text = (ja: string, en: string) => ({ ja, en });
    const survey = await post<{ id: string }>('/surveys', {
      name: '推奨意向パルス', kind: 'custom', definition: {
        questions: [
          { id: 'continuation', type: 'continuation', required: true, text: text('今後も継続してご利用いただけますか？', 'Will you keep using us?') },
          { id: 'recommend', type: 'recommendation', required: true, text: text('同僚に勧めたいと思いますか？', 'Would you recommend us to a colleague?') },
        ],
        roles: {},
      },
    });
    await post(`/surveys/${survey.id}/open`, {});
    const contacts = await (await page.request.get('/api/v1/contacts?limit=4')).json() as { items: Array<{ id: string }> };
    // Recommendation 5, 4, 4, 3 → mean 4.00; continuation 5, 5, 4, 2.
    const answers = [[5, 5], [5, 4], [4, 4], [2, 3]];
    for (const [i, contact] of contacts.items.entries()) {
      await post(`/surveys/${survey.id}/responses`, { contactId: contact.id, answers: { continuation: answers[i]![0], recommend: answers[i]![1] } });
    }
    await page.goto(`/surveys/${survey.id}/analysis`);
    await page.getByTestId('cx-recommendation-chart').locator('svg').waitFor();
    await page.getByTestId('cx-recommendation-mix').locator('svg').waitFor();
    await expect(page.getByTestId('cx-recommendation-none').count()).resolves.toBe(0);
    const total = page.getByTestId('cx-overview-table').getByRole('row').nth(1);
    await expect(total.getByRole('cell').last().textContent()).resolves.toMatch(/^4\.00 \[/);
    await page.getByTestId('cx-overview').screenshot({ path: join(SCREENSHOTS, 'cx-recommendation-ja.png') });
    await page.context().close();
  }, 120_000);
});
