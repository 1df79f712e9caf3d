/**
 * Journey: a customer answers a survey from the link in their invitation, on a phone, in Japanese
 * and in English. The manager opens the CX survey and emails the invitation (to a local SMTP sink);
 * the contact opens the link from the email at 390×844, tries to send too early and sees what is
 * missing next to each question, answers — the trouble branch opens as they go — and is thanked;
 * then edits the answer. The CSM sees one entry on the account's timeline with the edited score,
 * and the response on the survey's 回答 tab. Once the survey closes, the link says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { setupWorkspace, type ApiSession } from './support/api';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { dayFromToday } from './support/seed';
import { startServer, type RunningServer } from './support/server';
import { startSmtpSink, type SmtpSink } from '../src/server/testing/smtp-sink';

interface Created { id: string }

const WORDS = {
  ja: {
    greeting: '青葉システム株式会社　佐藤 様', submit: '回答を送信する', saveEdit: '修正内容を送信する', required: 'この質問へのご回答をお願いします',
    thanks: 'ご回答ありがとうございました', saved: '修正した回答を受け付けました', edit: '回答を修正する', yes: 'はい',
    above: '期待を上回った', detail: '月次レポートの出力でエラーが出ましたが、サポートの方がすぐに原因を特定してくださいました。',
    timeline: 'アンケート「2026年度 お客様満足度調査」に回答', timelineScores: 'NPS 6', total: '回答 1 件', closed: 'このアンケートは締め切られました', trouble: 'この1年間で、製品の利用中に問題やトラブルはありましたか？',
  },
  en: {
    greeting: 'Dear 佐藤 (青葉システム株式会社)', submit: 'Submit answers', saveEdit: 'Submit changes', required: 'Please answer this question',
    thanks: 'Thank you for your answers', saved: 'Your changes have been received', edit: 'Edit your answers', yes: 'Yes',
    above: 'Better than expected', detail: 'The monthly report export failed, but support found the cause right away.',
    timeline: 'Answered the survey “2026年度 お客様満足度調査”', timelineScores: 'NPS 6', total: 'Responses: 1', closed: 'This survey has closed', trouble: null,
  },
} as const;

for (const locale of ['ja', 'en'] as const) {
  const w = WORDS[locale];

  describe(`survey answer (${locale})`, () => {
    let server: RunningServer;
    let sink: SmtpSink;
    let api: ApiSession;
    let browser: Browser;
    let admin: Page;
    let phone: Page;
    let accountId: string;
    let surveyId: string;
    let link: string;

    beforeAll(async () => {
      [server, sink] = await Promise.all([startServer(), startSmtpSink()]);
      api = await setupWorkspace(server.url, locale);
      browser = await launchBrowser();
      admin = await newPage(browser, server.url, locale);
      await signIn(admin);
      const mail = await admin.request.put('/api/v1/delivery/mail-settings', { data: { host: '127.0.0.1', port: sink.port, fromAddress: 'cs@kizuna.example', fromName: 'きずなソフト' } });
      expect(mail.ok()).toBe(true);
      const account = await api.post<Created>('/accounts', { name: '青葉システム株式会社', plan: 'Pro' });
      accountId = account.id;
      await api.post('/subscriptions', {
        accountId, plan: 'Pro', quantity: 1, unitPrice: 300_000, currency: 'JPY', billingInterval: 'month', status: 'active', startedOn: dayFromToday(-200),
      });
      const contact = await api.post<Created>('/contacts', { accountId, name: '佐藤 花子', email: 'hanako@aoba.example' });
      const survey = await api.post<Created>('/surveys', { name: '2026年度 お客様満足度調査', template: 'cx', closesAt: `${dayFromToday(30)}T14:59:00.000Z` });
      surveyId = survey.id;
      await api.post(`/surveys/${surveyId}/open`, {});
      await api.post(`/surveys/${surveyId}/recipients`, { contacts: { contactIds: [contact.id] }, language: locale });
      await api.post(`/surveys/${surveyId}/send`, {});
      const [message] = await sink.waitFor(1, 30_000);
      const token = /\/s\/(kzs_[A-Za-z0-9_-]+)/.exec(message!.text)?.[1];
      expect(token).toBeTruthy();
      link = `/s/${token}`;
      const context = await browser.newContext({
        baseURL: server.url, locale: locale === 'ja' ? 'ja-JP' : 'en-US', timezoneId: 'Asia/Tokyo',
        viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
      });
      phone = await context.newPage();
      phone.setDefaultTimeout(20_000);
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await sink?.stop();
      await server?.stop();
    });

    it('opens the link on a phone in the recipient\'s language and names each missing answer', async () => {
      await phone.goto(link);
      await phone.getByTestId('survey-greeting').getByText(w.greeting).waitFor();
      expect(await phone.evaluate(() => document.documentElement.lang)).toBe(locale);
      // The language switch shows the other language's texts, and back.
      await phone.getByTestId('survey-language').getByText(locale === 'ja' ? 'English' : '日本語').click();
      await phone.getByTestId('question-satisfaction').getByText(locale === 'ja' ? 'Overall, how satisfied' : '総合的な満足度').waitFor();
      await phone.getByTestId('survey-language').getByText(locale === 'ja' ? '日本語' : 'English').click();
      await phone.getByTestId('survey-greeting').getByText(w.greeting).waitFor();
      // No horizontal scrolling at phone width: the 0–10 buttons fit.
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(phone, `${locale}-survey-answer-start`);
      await phone.getByTestId('survey-submit').click();
      await phone.getByTestId('question-satisfaction-error').getByText(w.required).waitFor();
      await phone.getByTestId('question-nps-error').waitFor();
      expect(await phone.getByTestId('question-consulted').count()).toBe(0);
      await screenshot(phone, `${locale}-survey-answer-errors`);
    });

    it('answers with the trouble branch opening as they go, and thanks them', async () => {
      await phone.getByTestId('q-satisfaction-4').click();
      await phone.getByTestId('q-continuation-5').click();
      await phone.getByTestId('q-nps-9').click();
      if (w.trouble) await phone.getByTestId('question-trouble').getByText(w.trouble).waitFor();
      await phone.getByTestId('q-trouble-true').click();
      await phone.getByTestId('q-trouble_detail').fill(w.detail);
      await phone.getByTestId('q-consulted-true').getByText(w.yes, { exact: true }).click();
      await phone.getByTestId('q-handling-above').getByText(w.above).click();
      await phone.getByTestId('survey-progress').getByText(locale === 'ja' ? '7 / 8 問に回答済み' : '7 of 8 answered').waitFor();
      await screenshot(phone, `${locale}-survey-answer-filled`);
      await phone.getByTestId('survey-submit').click();
      await phone.getByTestId('survey-thanks').getByRole('heading', { name: w.thanks }).waitFor();
      await screenshot(phone, `${locale}-survey-answer-thanks`);
    });

    it('lets them edit the answer, and the timeline keeps one entry with the new score', async () => {
      await phone.reload();
      await phone.getByTestId('survey-edit').click();
      await phone.getByTestId('q-nps-6').click();
      await phone.getByRole('button', { name: w.saveEdit }).click();
      await phone.getByTestId('survey-thanks').getByRole('heading', { name: w.saved }).waitFor();

      await admin.goto(`/accounts/${accountId}`);
      const entry = admin.getByText(w.timeline);
      await entry.first().waitFor();
      expect(await entry.count()).toBe(1);
      await admin.getByText(w.timelineScores, { exact: false }).first().waitFor();
      await screenshot(admin, `${locale}-survey-answer-timeline`);

      await admin.goto(`/surveys/${surveyId}/responses`);
      await admin.getByTestId('responses-total').getByText(w.total).waitFor();
      await screenshot(admin, `${locale}-survey-responses`);
      await admin.getByTestId('responses-table').getByText('佐藤 花子').click();
      await admin.getByTestId('response-detail').getByText(w.detail).waitFor();
      await screenshot(admin, `${locale}-survey-response-detail`);
    });

    it('shows a closed notice once the survey has closed, and an invalid-link notice for a wrong link', async () => {
      await api.post(`/surveys/${surveyId}/close`, {});
      await phone.reload();
      await phone.getByTestId('survey-closed').getByText(w.closed).waitFor();
      await screenshot(phone, `${locale}-survey-answer-closed`);
      await phone.goto('/s/kzs_not-a-real-link');
      await phone.getByTestId('survey-notFound').waitFor();
    });
  });
}
