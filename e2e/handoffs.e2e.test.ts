/**
 * Journey: the sales → CS handoff in Japanese and in English. A sales rep starts the handoff of a
 * new customer (contract and decision maker already filled in from Kizuna), fills the goals and
 * stakeholders while the meter says what is missing, and submits it; the CSM returns it with a
 * question; sales sees the question first, answers and resubmits; the CSM accepts it and the
 * history shows every step. Then the list of handoffs and the completeness report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { setupWorkspace, type ApiSession } from './support/api';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { dayFromToday } from './support/seed';
import { startServer, type RunningServer } from './support/server';

interface Created { id: string }
const PASSWORD = 'handoff-pass-1234';

const WORDS = {
  ja: {
    tab: '引き継ぎ', start: '引き継ぎを作成', addGoal: '目標を追加', goal: '目標', kpi: 'KPI（測り方）', target: '目標値', cares: '重視していること・判断基準',
    addStakeholder: '関係者を追加', name: '氏名', role: '役割', notes: 'メモ（人柄・期待・影響力）', submit: 'CSに提出', resubmit: '回答してCSに再提出',
    returnAction: '差し戻す', acceptAction: '受領する', questions: 'CSからの質問', noPromises: '契約外の約束はない', noRisks: '把握しているリスクはない',
    submitted: 'CS確認待ち', returned: '差し戻し', accepted: '受領済み', missingGoal: '導入の目的（顧客の目標）が書かれていません',
    nav: '引き継ぎ', reportTab: '充足度と解約・NRR', history: ['作成', '編集', 'CSに提出', '差し戻し', '回答して再提出', '受領'],
    question: '意思決定者が半年後に何をもって成功と判断するか、具体的な数字はありますか？',
  },
  en: {
    tab: 'Handoff', start: 'Start handoff', addGoal: 'Add goal', goal: 'Goal', kpi: 'KPI (how it is measured)', target: 'Target', cares: 'What they care about',
    addStakeholder: 'Add stakeholder', name: 'Name', role: 'Role', notes: 'Notes (stance, expectations, influence)', submit: 'Submit to CS', resubmit: 'Answer and resubmit',
    returnAction: 'Return', acceptAction: 'Accept', questions: 'Questions from CS', noPromises: 'Nothing promised beyond the contract', noRisks: 'No known risks',
    submitted: 'Waiting for CS', returned: 'Returned', accepted: 'Accepted', missingGoal: 'No customer goal yet',
    nav: 'Handoffs', reportTab: 'Completeness vs churn and NRR', history: ['Created', 'Edited', 'Submitted to CS', 'Returned', 'Answered and resubmitted', 'Accepted'],
    question: 'What number will the decision maker use to call this a success in six months?',
  },
} as const;

async function member(api: ApiSession, role: 'sales' | 'csm', name: string, locale: string): Promise<{ id: string; email: string }> {
  const email = `${role}-${locale}@example.com`;
  const added = await api.post<{ userId: string }>('/members', { email, name, role, password: PASSWORD });
  return { id: added.userId, email };
}

async function signInAs(browser: Browser, url: string, locale: 'ja' | 'en', email: string): Promise<Page> {
  const page = await newPage(browser, url, locale);
  await page.goto('/sign-in');
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
  // Members added by the admin start in Japanese; each keeps the language of this journey on their profile.
  const saved = await page.request.patch('/api/v1/me', { data: { locale } });
  expect(saved.ok()).toBe(true);
  await page.reload();
  return page;
}

/**
 * Shows the handoff tab afresh by switching tabs inside the app (the tab remounts and refetches).
 * Not page.reload(): other journeys may be rebuilding dist/web at that moment.
 */
async function reopenHandoffTab(page: Page, locale: 'ja' | 'en'): Promise<void> {
  await page.getByRole('tab', { name: locale === 'ja' ? '概要' : 'Overview' }).click();
  await page.getByRole('tab', { name: WORDS[locale].tab }).click();
}

/** Three earlier customers whose handoffs were submitted today; one gives notice for the report's window ahead. */
async function seedReport(api: ApiSession, ownerId: string): Promise<void> {
  const fullContent = {
    goals: [{ goal: '工数削減', kpi: '作成時間', target: '40h → 10h' }], decisionMaker: { name: '田中', title: '部長', cares: '効果' },
    stakeholders: [{ name: '鈴木', role: '現場', notes: '前向き' }], noKnownRisks: true, noPromises: true,
    contract: { plan: 'Pro', seats: 20, annualAmount: 2_400_000, currency: 'JPY', startOn: dayFromToday(-30), renewalOn: dayFromToday(335) },
    timeline: { goLiveOn: dayFromToday(10), milestones: [{ title: '研修' }] },
  };
  const customers = [
    { name: '青葉システム株式会社', mrr: 200_000, content: fullContent, endsOn: null },
    { name: '株式会社みどり食品', mrr: 120_000, content: { goals: [{ goal: '定着' }], decisionMaker: { name: '佐々木' } }, endsOn: dayFromToday(60) },
    { name: '東西ロジスティクス株式会社', mrr: 80_000, content: { ...fullContent, stakeholders: [], timeline: {} }, endsOn: null },
  ];
  for (const c of customers) {
    const account = await api.post<Created>('/accounts', { name: c.name, ownerId });
    const line = await api.post<Created>('/subscriptions', {
      accountId: account.id, plan: 'Pro', quantity: 1, unitPrice: c.mrr, currency: 'JPY', billingInterval: 'month', status: 'active',
      startedOn: dayFromToday(-30), ...(c.endsOn ? { endsOn: c.endsOn } : {}),
    });
    if (c.endsOn) await api.patch(`/subscriptions/${line.id}`, { status: 'cancelled', effectiveOn: dayFromToday(0) });
    const handoff = await api.post<Created>(`/accounts/${account.id}/handoff`, { content: c.content });
    await api.post(`/handoffs/${handoff.id}/submit`, {});
  }
}

for (const locale of ['ja', 'en'] as const) {
  const w = WORDS[locale];

  describe(`sales → CS handoff (${locale})`, () => {
    let server: RunningServer;
    let api: ApiSession;
    let browser: Browser;
    let sales: Page;
    let csm: Page;
    let accountId: string;

    beforeAll(async () => {
      server = await startServer();
      api = await setupWorkspace(server.url, locale);
      const salesMember = await member(api, 'sales', locale === 'ja' ? '営業 一郎' : 'Sam Sales', locale);
      const csmMember = await member(api, 'csm', locale === 'ja' ? '成功 花子' : 'Casey CSM', locale);
      const account = await api.post<Created>('/accounts', { name: '株式会社ひかり製作所', plan: 'Business', ownerId: csmMember.id });
      accountId = account.id;
      await api.post('/subscriptions', {
        accountId, plan: 'Business', quantity: 40, unitPrice: 5000, currency: 'JPY', billingInterval: 'month', status: 'active',
        startedOn: dayFromToday(-3), endsOn: dayFromToday(362),
      });
      await api.post('/contacts', { accountId, name: '高田 誠', title: '製造本部長', level: 'executive', role: 'decision_maker' });
      await seedReport(api, csmMember.id);
      browser = await launchBrowser();
      sales = await signInAs(browser, server.url, locale, salesMember.email);
      csm = await signInAs(browser, server.url, locale, csmMember.email);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('sales starts the handoff from what Kizuna knows, fills the gaps the meter names, and submits it', async () => {
      await sales.goto(`/accounts/${accountId}?tab=handoff`);
      await sales.getByTestId('handoff-empty').waitFor();
      await screenshot(sales, `${locale}-handoff-empty`);
      await sales.getByRole('button', { name: w.start }).click();
      const meter = sales.getByTestId('completeness-meter');
      await meter.getByText(w.missingGoal).waitFor();
      // Prefilled: plan, seats, ¥2,400,000 a year, start, renewal (15 of 15) and the decision maker with title (12 of 20) = 27.
      await expect(sales.getByTestId('completeness-score').textContent()).resolves.toBe('27');
      await sales.getByRole('button', { name: w.addGoal }).click();
      await sales.getByLabel(w.goal, { exact: true }).fill(locale === 'ja' ? '検査記録の電子化' : 'Digitise inspection records');
      await sales.getByLabel(w.kpi).fill(locale === 'ja' ? '紙の記録の割合' : 'Share of paper records');
      await sales.getByLabel(w.target, { exact: true }).fill('80% → 10%');
      await sales.getByLabel(w.cares).fill(locale === 'ja' ? '現場の負担を増やさないこと' : 'No extra work for the shop floor');
      await sales.getByRole('button', { name: w.addStakeholder }).click();
      await sales.getByTestId('stakeholders').getByLabel(w.name, { exact: true }).fill('品質 太郎');
      await sales.getByTestId('stakeholders').getByLabel(w.role).fill(locale === 'ja' ? '品質保証課長' : 'QA manager');
      await sales.getByLabel(w.noRisks).check();
      // 27 + goals 25 + cares 8 + stakeholder 14 (named, a role, no notes) + risks 5 = 79.
      await expect(sales.getByTestId('completeness-score').textContent()).resolves.toBe('79');
      await screenshot(sales, `${locale}-handoff-form`);
      await sales.getByRole('button', { name: w.submit }).click();
      await sales.getByTestId('handoff-status').getByText(w.submitted).waitFor();
    });

    it('the CSM returns it with a question; sales sees the question first, answers and resubmits', async () => {
      await csm.goto(`/accounts/${accountId}?tab=handoff`);
      await csm.getByTestId('handoff-status').getByText(w.submitted).waitFor();
      await screenshot(csm, `${locale}-handoff-review`);
      await csm.getByTestId('handoff-return').click();
      const dialog = csm.getByRole('dialog');
      await dialog.getByLabel(w.questions).fill(w.question);
      await screenshot(csm, `${locale}-handoff-return-dialog`);
      await dialog.getByRole('button', { name: w.returnAction }).click();
      await dialog.waitFor({ state: 'detached' });
      await csm.getByTestId('handoff-status').getByText(w.returned).waitFor();

      await reopenHandoffTab(sales, locale);
      await sales.getByTestId('returned-questions').getByText(w.question).waitFor();
      await screenshot(sales, `${locale}-handoff-returned`);
      await sales.getByTestId('handoff-edit').click();
      await sales.getByTestId('returned-questions').waitFor();
      await sales.getByTestId('stakeholders').getByLabel(w.notes).fill(locale === 'ja' ? '導入の成否は歩留まり改善で判断（3%→1%）' : 'Judges success by the defect rate (3% → 1%)');
      await sales.getByLabel(w.noPromises).check();
      await expect(sales.getByTestId('completeness-score').textContent()).resolves.toBe('90');
      await sales.getByRole('button', { name: w.resubmit }).click();
      await sales.getByTestId('handoff-status').getByText(w.submitted).waitFor();
    });

    it('the CSM accepts it and the history shows every step', async () => {
      await reopenHandoffTab(csm, locale);
      await csm.getByTestId('handoff-status').getByText(w.submitted).waitFor();
      await screenshot(csm, `${locale}-handoff-resubmitted`);
      await csm.getByTestId('handoff-accept').click();
      const dialog = csm.getByRole('dialog');
      await dialog.getByRole('button', { name: w.acceptAction }).click();
      await dialog.waitFor({ state: 'detached' });
      await csm.getByTestId('handoff-status').getByText(w.accepted).waitFor();
      const history = csm.getByTestId('handoff-history');
      for (const step of w.history) await history.getByText(step, { exact: true }).first().waitFor();
      await screenshot(csm, `${locale}-handoff-accepted`);
      await expect(csm.getByTestId('handoff-return').count()).resolves.toBe(0);
    });

    it('lists every handoff by status and rep, and reports completeness against churn and NRR', async () => {
      await csm.getByRole('link', { name: w.nav, exact: true }).click();
      const table = csm.getByTestId('handoff-table');
      await table.locator('tbody tr').nth(3).waitFor();
      await expect(table.locator('tbody tr').count()).resolves.toBe(4);
      await screenshot(csm, `${locale}-handoffs-list`);
      await csm.getByRole('tab', { name: w.reportTab }).click();
      await csm.getByTestId('handoff-report-table').waitFor();
      await screenshot(csm, `${locale}-handoffs-report-default`);
      // The window ahead: the handoffs above were submitted before it; one customer has given notice for 60 days from now.
      await csm.goto(`/handoffs?view=report&from=${dayFromToday(1)}&to=${dayFromToday(180)}`);
      await csm.getByTestId('handoff-report-chart').locator('svg').waitFor();
      const report = await api.get<{ bands: Array<{ band: string; accounts: number }> }>(`/handoffs/report?from=${dayFromToday(1)}&to=${dayFromToday(180)}`);
      expect(report.bands.map((b) => b.accounts).slice(0, 3).reduce((a, b) => a + b, 0)).toBe(4);
      await screenshot(csm, `${locale}-handoffs-report`);
    });
  });
}
