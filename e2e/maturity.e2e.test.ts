/**
 * Journey: the CS maturity self-assessment in Japanese and in English. Two customers, one with
 * an executive contact; an assessment from a year ago answered with the second option
 * everywhere (33 points per axis, 264 in total: src/domain/maturity/score-assessment.test.ts).
 * The admin starts from the empty state, takes a new assessment with the evidence beside the
 * questions, copies the earlier answers, raises the outcome axis to full marks (+67 → 331),
 * and reads the radar, the reference points, the suggestions and the history. A viewer reads
 * the results but cannot assess.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { QUESTIONNAIRE } from '../src/domain/maturity/questionnaire';
import { setupWorkspace, type ApiSession } from './support/api';
import { join } from 'node:path';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { dayFromToday } from './support/seed';
import { startServer, type RunningServer } from './support/server';

interface Created { id: string }
const VIEWER = { name: '閲覧 三郎', email: 'viewer@example.com', password: 'password9012' };

const WORDS = {
  ja: { nav: '成熟度診断', title: 'CS成熟度診断', copy: /前回.*の回答をコピー/, playbooks: /稼働中のプレイブック: 0件/, share: '50%（1/2）', japan: '日本の参加企業平均' },
  en: { nav: 'Maturity', title: 'CS maturity assessment', copy: /Copy answers of/, playbooks: /Active playbooks: 0/, share: '50% (1 of 2)', japan: 'Japanese participants, average' },
} as const;

async function seed(api: ApiSession): Promise<void> {
  for (const name of ['成熟株式会社', '発展株式会社']) {
    const account = await api.post<Created>('/accounts', { name });
    await api.post('/subscriptions', { accountId: account.id, plan: 'Pro', quantity: 3, unitPrice: 30000, currency: 'JPY', billingInterval: 'month', startedOn: dayFromToday(-500) });
    if (name === '成熟株式会社') await api.post('/contacts', { accountId: account.id, name: '経営 一郎', level: 'executive' });
  }
  await api.post('/members', { ...VIEWER, role: 'viewer' });
}

for (const locale of ['ja', 'en'] as const) {
  const w = WORDS[locale];

  describe(`maturity self-assessment (${locale})`, () => {
    let server: RunningServer;
    let api: ApiSession;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      server = await startServer();
      api = await setupWorkspace(server.url, locale);
      await seed(api);
      browser = await launchBrowser();
      page = await newPage(browser, server.url, locale);
      await signIn(page);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('starts from an empty state that says what to do', async () => {
      await page.getByRole('link', { name: w.nav }).click();
      await page.getByRole('heading', { name: w.title }).waitFor();
      await page.getByTestId('maturity-empty').waitFor();
      await expect(page.getByTestId('start-assessment').count()).resolves.toBe(2);
      await screenshot(page, `${locale}-maturity-empty`);
    });

    it('takes an assessment with the evidence beside the questions and shows it against the previous one', async () => {
      const answers = Object.fromEntries(QUESTIONNAIRE.questions.map((q) => [q.id, 1]));
      await api.post('/maturity/assessments', { assessedOn: dayFromToday(-370), answers, note: locale === 'ja' ? '初回の診断' : 'First assessment' });
      await page.goto('/maturity/new');
      const map = page.getByTestId('question-relationship.map');
      // One of the two customers has an executive-level contact.
      await expect.poll(() => map.getByTestId('evidence-executive_coverage').textContent()).toContain(w.share);
      await expect(page.getByTestId('question-playbook.defined').getByTestId('evidence-playbooks_active').textContent()).resolves.toMatch(w.playbooks);

      await page.getByTestId('save-assessment').click();
      await page.getByTestId('missing-answers').waitFor();
      await page.getByRole('button', { name: w.copy }).click();
      await expect.poll(() => page.getByTestId('preview-total').textContent()).toBe('264');
      for (const q of QUESTIONNAIRE.questions.filter((x) => x.axis === 'outcome')) {
        await page.getByTestId(`question-${q.id}`).getByRole('radio').nth(3).check();
      }
      // Outcome at 100 instead of 33: 264 + 67 = 331.
      await expect.poll(() => page.getByTestId('preview-total').textContent()).toBe('331');
      await screenshot(page, `${locale}-maturity-form`);
      // The full form is long: one picture at screen size of a question with its evidence.
      await map.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(import.meta.dirname, 'screenshots', `${locale}-maturity-form-evidence.png`) });

      await page.getByTestId('save-assessment').click();
      await page.waitForURL(/\/maturity$/);
      await expect.poll(() => page.getByTestId('maturity-total-value').textContent()).toBe('331');
      await expect(page.getByTestId('maturity-total').textContent()).resolves.toContain('+67');
      await expect(page.getByTestId('maturity-total').textContent()).resolves.toContain(w.japan);
      await expect(page.getByTestId('maturity-total').textContent()).resolves.toContain('289');
      await expect(page.getByTestId('maturity-total').textContent()).resolves.toContain('330');
      await page.getByTestId('maturity-radar').locator('svg').first().waitFor();
      await expect(page.getByTestId('history-row').count()).resolves.toBe(2);
      // Seven axes tie at 33; the first three in questionnaire order are the weakest, outcome is not among them.
      await page.getByTestId('suggestions-alignment').waitFor();
      await expect(page.getByTestId('suggestions-outcome').count()).resolves.toBe(0);
      await expect(page.getByTestId('suggestions-alignment').getByRole('link').first().getAttribute('href')).resolves.toBe('/revenue/targets');
      await expect(page.getByTestId('axis-row-outcome').textContent()).resolves.toContain('+67');
      await page.mouse.move(5, 5);
      await screenshot(page, `${locale}-maturity-results`);

      // The older assessment on the radar, chosen from the history.
      await page.getByTestId('history-row').nth(1).click();
      await expect.poll(() => page.getByTestId('maturity-total-value').textContent()).toBe('264');
      await page.getByTestId('suggestions-alignment').getByRole('link').first().click();
      await page.waitForURL(/\/revenue\/targets/);
    }, 180_000);

    it('shows a viewer the results without a way to assess', async () => {
      const viewerPage = await newPage(browser, server.url, locale);
      await signIn(viewerPage, VIEWER.email, VIEWER.password);
      await viewerPage.goto('/maturity');
      await expect.poll(() => viewerPage.getByTestId('maturity-total-value').textContent()).toBe('331');
      await expect(viewerPage.getByTestId('start-assessment').count()).resolves.toBe(0);
      await viewerPage.goto('/maturity/new');
      await viewerPage.waitForURL(/\/maturity$/);
      await viewerPage.context().close();
    });
  });
}
