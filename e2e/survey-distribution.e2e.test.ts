/**
 * Journey: distributing a survey, in Japanese and in English. A manager opens the 配信 tab of an
 * open CX survey, sees what to do first, chooses the Pro-plan customers' contacts with a live count
 * (the contact without an email is counted, not added), adds them, sends the invitations after a
 * confirmation, and — once one customer has answered — reads the response rate (回答回収数) by plan
 * with its interval. Before sending, the Japanese invitation subject is rewritten with an inserted
 * field; the queued mails carry it, filled in for each recipient's account.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ApiSession } from './support/api';
import { screenshot } from './support/browser';
import { closeSignedIn, openSignedIn, type SignedIn } from './support/signed-in';
import { dayFromToday } from './support/seed';

interface Created { id: string }

const WORDS = {
  ja: {
    preview: '該当 3名 → 新たに1社・2名を追加（追加済み 0名、メールアドレスなし 1名）', add: '2名を追加', send: '招待メールを送信（2名）',
    confirm: '2名に送信', waiting: '未回答', answered: '回答済み', plan: 'プラン', rate: '50.0%', remind: 'リマインド（0名）',
    byHand: '該当 1名 → 新たに1社・1名を追加（追加済み 0名、メールアドレスなし 0名）',
    japanese: '日本語', saved: '招待メールの文面を保存しました',
  },
  en: {
    preview: '3 matching · 2 to add (accounts: 1) · 0 already included · 1 without an email', add: 'Add 2 contacts', send: 'Send invitations (2)',
    confirm: 'Send to 2 people', waiting: 'Waiting', answered: 'Answered', plan: 'Plan', rate: '50.0%', remind: 'Remind (0)',
    byHand: '1 matching · 1 to add (accounts: 1) · 0 already included · 0 without an email',
    japanese: 'Japanese', saved: 'Invitation email saved',
  },
} as const;

/** Two active customers (Pro and Lite) with contacts; the Pro one has a contact without an email. */
async function seed(api: ApiSession): Promise<{ surveyId: string; hanako: string }> {
  const customer = async (name: string, plan: string, unitPrice: number) => {
    const account = await api.post<Created>('/accounts', { name, plan });
    await api.post('/subscriptions', {
      accountId: account.id, plan, quantity: 1, unitPrice, currency: 'JPY', billingInterval: 'month', status: 'active', startedOn: dayFromToday(-200),
    });
    return account.id;
  };
  const pro = await customer('青葉システム株式会社', 'Pro', 300_000);
  const lite = await customer('桜井商事株式会社', 'Lite', 50_000);
  const hanako = await api.post<Created>('/contacts', { accountId: pro, name: '山田 花子', email: 'hanako@aoba.example', level: 'executive', role: 'decision_maker' });
  await api.post('/contacts', { accountId: pro, name: '佐藤 一郎', email: 'ichiro@aoba.example', level: 'end_user', role: 'end_user' });
  await api.post('/contacts', { accountId: pro, name: '鈴木 三郎', level: 'end_user', role: 'end_user' });
  await api.post('/contacts', { accountId: lite, name: '田中 美咲', email: 'misaki@sakurai.example', level: 'manager', role: 'champion' });
  const survey = await api.post<Created>('/surveys', { name: '2026年度 お客様満足度調査', template: 'cx', closesAt: `${dayFromToday(30)}T14:59:00.000Z` });
  await api.post(`/surveys/${survey.id}/open`, {});
  return { surveyId: survey.id, hanako: hanako.id };
}

for (const locale of ['ja', 'en'] as const) {
  const w = WORDS[locale];

  describe(`survey distribution (${locale})`, () => {
    let session: SignedIn;
    let api: ApiSession;
    let page: Page;
    let seeded: { surveyId: string; hanako: string };

    beforeAll(async () => {
      session = await openSignedIn(locale);
      ({ api, page } = session);
      seeded = await seed(api);
    });
    afterAll(() => closeSignedIn(session));

    it('chooses the Pro customers with a live count and adds them', async () => {
      await page.goto(`/surveys/${seeded.surveyId}/distribution`);
      await page.getByTestId('recipients-empty').waitFor();
      await page.getByTestId('rates-empty').waitFor();
      await screenshot(page, `${locale}-survey-distribution-empty`);

      await page.getByTestId('pick-plans').click();
      await page.getByRole('option', { name: 'Pro', exact: true }).click();
      await page.keyboard.press('Escape');
      await page.getByTestId('recipient-preview').getByText(w.preview).waitFor();
      await screenshot(page, `${locale}-survey-distribution-picker`);
      await page.getByRole('button', { name: w.add }).click();
      await page.getByTestId('recipient-row').nth(1).waitFor();
      await expect(page.getByTestId('recipient-row').count()).resolves.toBe(2);
    });

    it('rewrites the Japanese invitation subject with a field, previews it with the built-in body and saves it', async () => {
      const card = page.getByTestId('invitation-email');
      await card.scrollIntoViewIfNeeded();
      await card.getByTestId('email-language').getByText(w.japanese).click();
      const subject = card.getByTestId('email-subject');
      const body = card.getByTestId('email-body');
      // Empty fields: the built-in text is the placeholder and what the preview shows.
      await expect(subject.getAttribute('placeholder')).resolves.toBe('「{{survey.name}}」ご協力のお願い');
      await expect(card.getByTestId('email-preview-subject').textContent()).resolves.toBe('「2026年度 お客様満足度調査」ご協力のお願い');
      await expect(card.getByTestId('email-preview-body').textContent()).resolves.toContain('株式会社サンプル\n山田 太郎様');

      // A body without the answer link is flagged; going back to the built-in text clears it.
      await body.fill('いつもお世話になっております。');
      await card.getByTestId('email-no-link').waitFor();
      await card.getByTestId('email-reset').click();
      await card.getByTestId('email-no-link').waitFor({ state: 'detached' });
      await expect(body.inputValue()).resolves.toBe('');

      await subject.fill('様　年に一度の満足度調査のお願い');
      await subject.press('Home');
      await card.getByTestId('email-field-account.name').click();
      await expect(subject.inputValue()).resolves.toBe('{{account.name}}様　年に一度の満足度調査のお願い');
      await expect(card.getByTestId('email-preview-subject').textContent()).resolves.toBe('株式会社サンプル様　年に一度の満足度調査のお願い');
      await screenshot(page, `${locale}-survey-distribution-email`);
      await card.getByTestId('email-save').click();
      await page.getByText(w.saved).waitFor();
      const saved = await api.get<{ emailSubject: unknown; emailBody: unknown }>(`/surveys/${seeded.surveyId}`);
      expect(saved).toMatchObject({ emailSubject: { ja: '{{account.name}}様　年に一度の満足度調査のお願い' }, emailBody: null });
      await expect(card.getByTestId('email-save').isDisabled()).resolves.toBe(true);
    });

    it('sends the invitations after a confirmation that says how many people get one', async () => {
      await page.getByRole('button', { name: w.send }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('send-confirm-message').waitFor();
      await screenshot(page, `${locale}-survey-distribution-confirm`);
      await dialog.getByRole('button', { name: w.confirm }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('recipients-table').getByText(w.waiting).nth(1).waitFor();
      await expect(page.getByTestId('stat-invited').textContent()).resolves.toContain('2');
      // Nobody was invited a day ago yet: nothing to remind.
      await expect(page.getByRole('button', { name: w.remind }).isDisabled()).resolves.toBe(true);
      const outbox = await api.get<{ items: Array<{ target: string; summary: string | null }> }>('/delivery/outbox');
      expect(outbox.items.map((m) => m.target).sort()).toEqual(['hanako@aoba.example', 'ichiro@aoba.example']);
      // The subject written above, with each recipient's account filled in.
      expect(outbox.items.map((m) => m.summary)).toEqual(['青葉システム株式会社様　年に一度の満足度調査のお願い', '青葉システム株式会社様　年に一度の満足度調査のお願い']);
    });

    it('shows who answered and the response rate by plan with its interval', async () => {
      // 花子 answers through the API (PUT /surveys/{id}/responses), as an integration would.
      const answered = await page.request.put(`/api/v1/surveys/${seeded.surveyId}/responses`, {
        data: { contactId: seeded.hanako, answers: { satisfaction: 4, continuation: 5, nps: 9, trouble: false } },
      });
      expect(answered.ok()).toBe(true);
      await page.reload();
      await page.getByTestId('recipients-table').getByText(w.answered).waitFor();
      await expect.poll(() => page.getByTestId('stat-rate').textContent()).toContain(w.rate);
      await page.getByTestId('rates-by').click();
      await page.getByRole('option', { name: w.plan, exact: true }).click();
      await page.getByTestId('rates-table').getByText('Pro').waitFor();
      await page.getByTestId('rates-chart').locator('svg').waitFor();
      await screenshot(page, `${locale}-survey-distribution-rates`);
    });

    it('chooses one account by hand through the search (Japanese name)', async () => {
      await page.getByTestId('pick-accounts').fill('桜井');
      await page.getByRole('option', { name: '桜井商事株式会社' }).click();
      await page.keyboard.press('Escape');
      await page.getByTestId('recipient-preview').getByText(w.byHand).waitFor();
      await screenshot(page, `${locale}-survey-distribution-by-hand`);
    });
  });
}
