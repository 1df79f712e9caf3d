/**
 * Journey: the executive summary in Japanese and in English. Six customers in yen with last
 * month's movements (an expansion, a cancellation, a new customer), renewals ahead, KPI targets
 * for last month and today's health scores. The page must show the same numbers as the API,
 * say there is no maturity assessment yet and then show the one saved, switch months, and
 * print: the print layout hides the app chrome, names the file, and page.pdf() makes a PDF.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ExecutiveSummary } from '../src/web/api/executive';
import { formatMoney } from '../src/web/lib/format';
import { formatPeriodKey, formatRate } from '../src/web/features/revenue/metric-format';
import { setupWorkspace, type ApiSession } from './support/api';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { dayFromToday } from './support/seed';
import { startServer, type RunningServer } from './support/server';

interface Created { id: string }

/** 'YYYY-MM-DD': day `day` of the month `offset` months from this one (UTC, as the server counts). */
function dayOfMonth(offset: number, day: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, day)).toISOString().slice(0, 10);
}

async function seedPortfolio(api: ApiSession): Promise<void> {
  const line = async (name: string, unitPrice: number, startedOn: string, endsOn?: string) => {
    const account = await api.post<Created>('/accounts', { name });
    return api.post<Created>('/subscriptions', {
      accountId: account.id, plan: 'Pro', quantity: 1, unitPrice, currency: 'JPY', billingInterval: 'month', startedOn, ...(endsOn ? { endsOn } : {}),
    });
  };
  await line('北斗システム株式会社', 300_000, dayFromToday(-400), dayFromToday(30));
  const aoba = await line('青葉商事株式会社', 120_000, dayFromToday(-400));
  await api.patch(`/subscriptions/${aoba.id}`, { quantity: 2, effectiveOn: dayOfMonth(-1, 10) });
  const shirakawa = await line('白川製作所', 80_000, dayFromToday(-400));
  await api.patch(`/subscriptions/${shirakawa.id}`, { status: 'cancelled', cancelledOn: dayOfMonth(-1, 12), effectiveOn: dayOfMonth(-1, 12) });
  await line('若葉クリニック', 50_000, dayOfMonth(-1, 15));
  await line('朝日ロジスティクス', 200_000, dayFromToday(-300), dayFromToday(60));
  await line('Harbor Labs', 60_000, dayFromToday(-200));
  await api.post('/health/recompute', {});
}

const WORDS = {
  ja: { nav: '経営サマリー', file: '経営サマリー_', noAssessment: 'まだ成熟度診断をしていません' },
  en: { nav: 'Executive summary', file: 'executive-summary_', noAssessment: 'No maturity self-assessment yet' },
} as const;

for (const locale of ['ja', 'en'] as const) {
  const w = WORDS[locale];

  describe(`executive summary (${locale})`, () => {
    let server: RunningServer;
    let api: ApiSession;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      server = await startServer();
      api = await setupWorkspace(server.url, locale);
      await seedPortfolio(api);
      browser = await launchBrowser();
      page = await newPage(browser, server.url, locale);
      await signIn(page);
      // KPI targets for last month, set as a CS leader would (PUT with the signed-in session).
      for (const target of [{ kpi: 'nrr_12m', target: 1.05 }, { kpi: 'revenue_churn_rate', target: 0.01 }]) {
        const res = await page.request.put('/api/v1/metrics/targets', { data: { ...target, interval: 'month', periodStart: dayOfMonth(-1, 1) } });
        expect(res.status()).toBe(200);
      }
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('shows last month\'s KPIs, health, renewals and movements with the numbers of the API', async () => {
      const summary = await api.get<ExecutiveSummary>('/executive/summary');
      await page.getByRole('link', { name: w.nav }).click();
      await page.getByRole('heading', { name: w.nav }).waitFor();
      await page.getByTestId('exec-report').waitFor();
      for (const kpi of summary.kpis) {
        await expect(page.getByTestId(`exec-kpi-${kpi.key}`).getByTestId('exec-kpi-value').textContent()).resolves.toBe(formatRate(kpi.value, locale));
      }
      // the targets set above stand beside their KPIs, with met or missed
      await expect(page.getByTestId('exec-kpi-nrr_12m').getByTestId('exec-kpi-target').textContent()).resolves.toContain(formatRate(1.05, locale));
      await expect(page.getByTestId('exec-kpi-revenue_churn_rate').getByTestId('exec-kpi-target').textContent()).resolves.toContain(formatRate(0.01, locale));
      await expect(page.getByTestId('exec-headline-mrr').textContent()).resolves.toContain(formatMoney(summary.headline.mrr, 'JPY', locale));
      await expect(page.getByTestId('exec-net-new').textContent()).resolves.toContain(formatMoney(Math.abs(summary.movements.netNew), 'JPY', locale));
      // 青葉商事 doubled last month: ¥120,000 of expansion among the largest movements
      await expect(page.getByTestId('exec-largest-movements').textContent()).resolves.toContain('青葉商事株式会社');
      // renewals within 90 days: 北斗システム (30 days) and 朝日ロジスティクス (60 days)
      expect(summary.renewals.accounts).toBe(2);
      const renewals = page.getByTestId('exec-renewals');
      await expect(renewals.locator('tbody tr').count()).resolves.toBe(2);
      await expect(renewals.textContent()).resolves.toContain('北斗システム株式会社');
      const { current } = summary.health.distribution;
      for (const band of ['red', 'yellow', 'green', 'none'] as const) {
        await expect(page.getByTestId(`band-tile-${band}`).getByTestId('band-count').textContent()).resolves.toBe(String(current[band]));
      }
      await page.getByTestId('distribution-echart').locator('svg').first().waitFor();
      await expect(page.getByTestId('exec-maturity-none').textContent()).resolves.toContain(w.noAssessment);
      await page.mouse.move(5, 5);
      await screenshot(page, `${locale}-executive`);
    });

    it('shows the latest maturity score once an assessment is saved', async () => {
      const questionnaire = await api.get<{ questions: { id: string; options: unknown[] }[] }>('/maturity/questionnaire');
      // the middle option of every question: a team part-way there
      const answers = Object.fromEntries(questionnaire.questions.map((q) => [q.id, Math.floor((q.options.length - 1) / 2)]));
      const saved = await api.post<{ total: number }>('/maturity/assessments', { answers });
      await page.reload();
      await expect(page.getByTestId('exec-maturity-total').textContent()).resolves.toContain(String(saved.total));
      await page.getByTestId('exec-maturity').screenshot({ path: join(import.meta.dirname, 'screenshots', `${locale}-executive-maturity.png`) });
    });

    it('switches to another month, kept in the address', async () => {
      const twoMonthsAgo = dayOfMonth(-2, 1).slice(0, 7);
      await page.getByTestId('exec-month').click();
      await page.getByRole('option', { name: formatPeriodKey(twoMonthsAgo, locale), exact: true }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('month')).toBe(twoMonthsAgo);
      const summary = await api.get<ExecutiveSummary>(`/executive/summary?month=${twoMonthsAgo}`);
      await expect.poll(() => page.getByTestId('exec-kpi-nrr_12m').getByTestId('exec-kpi-value').textContent())
        .toBe(formatRate(summary.kpis.find((k) => k.key === 'nrr_12m')?.value ?? null, locale));
      await page.goto('/executive');
      await page.getByTestId('exec-report').waitFor();
    });

    it('prints to a PDF: the print button, a print layout without the app chrome, the file named by month', async () => {
      const month = dayOfMonth(-1, 1).slice(0, 7);
      await expect(page.title()).resolves.toBe(`${w.file}${month}`);
      await page.evaluate(() => { (window as unknown as { printed: boolean }).printed = false; window.print = () => { (window as unknown as { printed: boolean }).printed = true; }; });
      await page.getByTestId('exec-print').click();
      await expect(page.evaluate(() => (window as unknown as { printed: boolean }).printed)).resolves.toBe(true);
      // Lay the page out at A4 width (210 mm at 96 dpi), as the PDF will be, so the charts are drawn to fit it.
      const screen = page.viewportSize();
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.mantine-AppShell-navbar').isVisible()).resolves.toBe(false);
      await expect(page.getByTestId('exec-print').isVisible()).resolves.toBe(false);
      await expect(page.getByTestId('exec-kpi-nrr_12m').isVisible()).resolves.toBe(true);
      await screenshot(page, `${locale}-executive-print`);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect(pdf.length).toBeGreaterThan(10_000);
      writeFileSync(join(import.meta.dirname, 'screenshots', `${locale}-executive.pdf`), pdf);
      await page.emulateMedia({ media: 'screen' });
      if (screen) await page.setViewportSize(screen);
    });
  });
}
