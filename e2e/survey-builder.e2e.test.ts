/**
 * Journey: building a survey in Japanese and in English. An admin with no surveys starts a blank
 * one, adds a yes/no question and a free-text question shown only when the answer is yes, saves,
 * watches the preview show and hide the follow-up as they answer, then opens the survey — its
 * questions freeze — and finds it in the list. The CX template is checked through its preview.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ApiSession } from './support/api';
import { screenshot } from './support/browser';
import { closeSignedIn, openSignedIn, type SignedIn } from './support/signed-in';

const WORDS = {
  ja: {
    emptyTitle: 'まだアンケートがありません', name: '導入後アンケート 2026', yesNo: 'はい / いいえ', text: '自由記述',
    q2: { ja: 'サポートに問い合わせたことはありますか？', en: 'Have you contacted support?' },
    q3: { ja: 'そのときの対応について教えてください。', en: 'Tell us about how we handled it.' },
    shown2: '全 3 問中 2 問を表示中', shown3: '全 3 問中 3 問を表示中', yes: 'はい', open: '公開する', openStatus: '回答受付中',
    cxName: '年次 顧客満足度調査', trouble: 'この1年間で、製品の利用中に問題やトラブルはありましたか？', consulted: 'その問題やトラブルについて',
  },
  en: {
    emptyTitle: 'No surveys yet', name: 'Onboarding check 2026', yesNo: 'Yes / no', text: 'Free text',
    q2: { ja: 'サポートに問い合わせたことはありますか？', en: 'Have you contacted support?' },
    q3: { ja: 'そのときの対応について教えてください。', en: 'Tell us about how we handled it.' },
    shown2: 'Showing 2 of 3 questions', shown3: 'Showing 3 of 3 questions', yes: 'Yes', open: 'Open survey', openStatus: 'Open',
    cxName: 'Annual customer satisfaction survey', trouble: 'In the past year, did you run into any problems', consulted: 'Did you contact us',
  },
} as const;

for (const locale of ['ja', 'en'] as const) {
  const w = WORDS[locale];

  describe(`survey builder (${locale})`, () => {
    let session: SignedIn;
    let api: ApiSession;
    let page: Page;
    let surveyId = '';

    beforeAll(async () => {
      session = await openSignedIn(locale);
      ({ api, page } = session);
    });
    afterAll(() => closeSignedIn(session));

    it('starts empty, saying what to do next', async () => {
      await page.goto('/surveys');
      await page.getByTestId('surveys-empty').getByText(w.emptyTitle).waitFor();
      await screenshot(page, `${locale}-surveys-empty`);
    });

    it('builds a branching survey from blank and saves it', async () => {
      await page.getByTestId('surveys-empty').getByRole('link').click();
      await page.waitForURL(/\/surveys\/new/);
      await page.getByTestId('start-cx').waitFor();
      await screenshot(page, `${locale}-survey-new`);
      await page.getByTestId('start-blank').click();
      await page.getByTestId('survey-name').fill(w.name);
      await page.getByTestId('create-survey').click();
      await page.waitForURL(/\/surveys\/[0-9a-f-]{36}\/questions$/);
      surveyId = page.url().split('/').at(-2)!;

      await page.getByTestId('add-question').click();
      await page.getByRole('menuitem', { name: w.yesNo, exact: true }).click();
      await page.getByTestId('question-text-1-ja').fill(w.q2.ja);
      await page.getByTestId('question-text-1-en').fill(w.q2.en);
      await page.getByTestId('question-required-1').check({ force: true });
      await page.getByTestId('add-question').click();
      await page.getByRole('menuitem', { name: w.text, exact: true }).click();
      await page.getByTestId('question-text-2-ja').fill(w.q3.ja);
      await page.getByTestId('question-text-2-en').fill(w.q3.en);
      await page.getByTestId('branch-toggle-2').check({ force: true });
      // The condition starts on the nearest earlier question that can branch: Q2 equals yes.
      await expect(page.getByTestId('branch-question-2').inputValue()).resolves.toContain(locale === 'ja' ? w.q2.ja : w.q2.en);
      await expect(page.getByTestId('branch-value-2').inputValue()).resolves.toBe(w.yes);
      await page.getByTestId('save-survey').click();
      await expect.poll(async () => (await api.get<{ definition: { questions: Array<{ id: string; showIf?: unknown }> } }>(`/surveys/${surveyId}`))
        .definition.questions.map((q) => [q.id, q.showIf ?? null])).toEqual([
        ['q1', null], ['q2', null], ['q3', { question: 'q2', op: 'equals', value: true }],
      ]);
    });

    it('previews the branching live, in either language', async () => {
      const preview = page.getByTestId('survey-preview');
      await preview.getByText(w.shown2).waitFor();
      await expect(preview.getByText(w.q3[locale]).count()).resolves.toBe(0);
      await preview.getByTestId('q-q2-true').click();
      await preview.getByText(w.shown3).waitFor();
      await preview.getByText(w.q3[locale]).waitFor();
      await screenshot(page, `${locale}-survey-builder`);
      const other = locale === 'ja' ? 'en' : 'ja';
      // The switch is labelled in the UI language: 英語 on a Japanese page, Japanese on an English one.
      await preview.getByTestId('preview-language').getByText(locale === 'ja' ? '英語' : 'Japanese').click();
      await preview.getByText(w.q3[other]).waitFor();
    });

    it('opens the survey, freezing its questions, and lists it', async () => {
      await page.getByTestId('open-survey').click();
      await page.getByRole('dialog').getByRole('button', { name: w.open }).click();
      await page.getByTestId('questions-frozen').waitFor();
      await expect(page.getByTestId('survey-status').first().textContent()).resolves.toBe(w.openStatus);
      await expect(page.getByTestId('question-type-0').isDisabled()).resolves.toBe(true);
      await expect(page.getByTestId('add-question').count()).resolves.toBe(0);
      await screenshot(page, `${locale}-survey-open`);
      await page.goto('/surveys');
      const row = page.getByTestId('survey-row').first();
      await row.getByText(w.name).waitFor();
      await expect(row.getByTestId('survey-status').textContent()).resolves.toBe(w.openStatus);
    });

    it('starts the CX survey from its template, with the tree\'s branching in the preview', async () => {
      await page.goto('/surveys/new');
      await page.getByTestId('start-cx').click();
      await expect(page.getByTestId('survey-name').inputValue()).resolves.toContain(w.cxName);
      await page.getByTestId('create-survey').click();
      await page.waitForURL(/\/questions$/);
      const preview = page.getByTestId('survey-preview');
      await preview.getByText(w.trouble).waitFor();
      await expect(preview.getByText(w.consulted).count()).resolves.toBe(0);
      await preview.getByTestId('q-trouble-true').click();
      await preview.getByText(w.consulted).first().waitFor();
      await screenshot(page, `${locale}-survey-cx-template`);
      await page.goto('/surveys');
      await page.getByTestId('survey-row').nth(1).waitFor();
      await expect(page.getByTestId('survey-row').count()).resolves.toBe(2);
      await screenshot(page, `${locale}-surveys-list`);
    });
  });
}
