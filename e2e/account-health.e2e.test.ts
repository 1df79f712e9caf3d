/**
 * Journeys: an account's health tab (score, band, breakdown, history, the CSM sentiment and its
 * form) and usage tab (figures, chart, top users, and the empty state that says how to send
 * usage), the health column of the accounts list, in Japanese and in English. Usage arrives the
 * way products send it: a Segment-style batch to /v1/batch with an ingest key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { formatScore } from '../src/web/features/health/account/health-format';
import { formatHours } from '../src/web/features/usage/usage-format';
import { setupWorkspace, type ApiSession } from './support/api';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { dayFromToday, seedPortfolio, type Portfolio } from './support/seed';
import { startServer, type RunningServer } from './support/server';

interface Health {
  score: number | null;
  band: 'red' | 'yellow' | 'green' | null;
  computedAt: string;
  explanation: { measures: { id: string; points: number | null }[] };
}

/**
 * Five people of きずな商事 (four with names and e-mails); user i signs in every (i+1)th day over
 * the last 24 days, then uses features 7 minutes apart, so each user-day lasts 7 min per feature.
 */
const KIZUNA_USERS = [
  { id: 'u-sato', name: '佐藤 一郎', email: 'sato@kizuna.example' },
  { id: 'u-suzuki', name: '鈴木 美咲', email: 'suzuki@kizuna.example' },
  { id: 'u-takahashi', name: '高橋 健', email: 'takahashi@kizuna.example' },
  { id: 'u-tanaka', name: '田中 陽子', email: 'tanaka@kizuna.example' },
  { id: 'u-ito', name: null, email: null },
];
const FEATURES = ['Report Viewed', 'Dashboard Opened', 'Export Downloaded', 'Forecast Edited'];
/** The first users use more features: user 0 all four, users 3 and 4 only one. */
const featuresOf = (i: number) => FEATURES.slice(0, FEATURES.length - Math.min(i, 3));
/** Days user i is active: 1, 1+(i+1), … up to 24. */
const activeDaysOf = (i: number) => Math.floor((24 - 1) / (i + 1)) + 1;

function usageBatch(): { batch: Record<string, unknown>[] } {
  const batch: Record<string, unknown>[] = [];
  KIZUNA_USERS.forEach((user, i) => {
    if (user.name) batch.push({ type: 'identify', messageId: `id-${user.id}`, userId: user.id, traits: { name: user.name, email: user.email } });
    batch.push({ type: 'group', messageId: `g-${user.id}`, userId: user.id, groupId: 'CRM-0001' });
    for (let day = 1; day <= 24; day += i + 1) {
      const start = Date.parse(`${dayFromToday(-day)}T0${i}:30:00.000Z`);
      const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
      batch.push({ type: 'track', messageId: `s-${user.id}-${day}`, userId: user.id, event: 'Signed In', timestamp: at(0), context: { groupId: 'CRM-0001' } });
      featuresOf(i).forEach((event, k) => {
        batch.push({ type: 'track', messageId: `f-${user.id}-${day}-${k}`, userId: user.id, event, timestamp: at(7 * (k + 1)), context: { groupId: 'CRM-0001' } });
      });
    }
  });
  // さくらクラウド: one person, twice.
  for (const day of [3, 10]) {
    batch.push({ type: 'track', messageId: `sk-${day}`, userId: 'u-sakura', event: 'Signed In', timestamp: `${dayFromToday(-day)}T01:00:00.000Z`, context: { groupId: 'CRM-0002' } });
  }
  return { batch };
}

/** Tracked events of きずな商事 (identify and group calls are not usage): a sign-in and the features, each active day. */
const KIZUNA_EVENTS = KIZUNA_USERS.reduce((sum, _user, i) => sum + activeDaysOf(i) * (1 + featuresOf(i).length), 0);
/** Seconds of use: first to last event of each user-day, 7 minutes per feature (24×4 + 12×3 + 8×2 + 6×1 + 5×1 = 159 × 420 s). */
const KIZUNA_SECONDS = KIZUNA_USERS.reduce((sum, _user, i) => sum + activeDaysOf(i) * featuresOf(i).length * 420, 0);

async function sendUsage(baseUrl: string, key: string): Promise<void> {
  const response = await fetch(`${baseUrl}/v1/batch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` },
    body: JSON.stringify(usageBatch()),
  });
  const report = await response.json() as { stored: number; rejected: unknown[] };
  if (response.status !== 200 || report.rejected.length > 0) throw new Error(`ingest failed: ${response.status} ${JSON.stringify(report)}`);
}

async function waitForHealth(api: ApiSession, accountId: string, after?: string): Promise<Health> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const health = await api.get<Health | null>(`/accounts/${accountId}/health`);
    if (health && (after === undefined || health.computedAt !== after)) return health;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`account ${accountId} was not scored within 15 s`);
}

describe('account health and usage', () => {
  let server: RunningServer;
  let api: ApiSession;
  let browser: Browser;
  let page: Page;
  let portfolio: Portfolio;
  let blueOceanId: string;

  beforeAll(async () => {
    server = await startServer();
    api = await setupWorkspace(server.url);
    portfolio = await seedPortfolio(api);
    const { key } = await api.post<{ key: string }>('/api-keys', { name: 'プロダクト連携', scope: 'ingest' });
    await sendUsage(server.url, key);
    await api.post(`/accounts/${portfolio.sakuraId}/sentiments`, { value: 2, reason: '担当者が異動し、後任との関係構築がまだできていない。' });
    const list = await api.get<{ items: { id: string; name: string }[] }>('/accounts?limit=10');
    blueOceanId = list.items.find((a) => a.name === 'Blue Ocean Labs')?.id ?? '';
    browser = await launchBrowser();
    page = await newPage(browser, server.url, 'ja');
    await signIn(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the score, band, breakdown and history on the health tab', async () => {
    const health = await waitForHealth(api, portfolio.kizunaId);
    expect(health.score).not.toBeNull();
    await page.goto(`/accounts/${portfolio.kizunaId}?tab=health`);
    await page.getByTestId('health-summary').waitFor();
    await expect(page.getByTestId('health-score').textContent()).resolves.toBe(formatScore(health.score, 'ja'));
    const bandNames = { red: 'リスク', yellow: '注意', green: '良好' } as const;
    await expect(page.getByTestId('health-band').textContent()).resolves.toBe(bandNames[health.band ?? 'red']);
    // The header shows the same score, in the same band.
    await expect(page.getByTestId('account-health').getByTestId('health-badge').getAttribute('data-band')).resolves.toBe(health.band);

    // One row per measure of the default scorecard; NPS has no survey yet and no sentiment is recorded.
    const rows = page.getByTestId('health-measure');
    await expect(rows.count()).resolves.toBe(health.explanation.measures.length);
    const nps = rows.and(page.locator('[data-measure="nps"]'));
    await expect(nps.getAttribute('data-missing')).resolves.toBe('true');
    await expect(nps.textContent()).resolves.toContain('データなし');
    // Logins read as a count of sign-ins over the last 30 days.
    await expect(rows.and(page.locator('[data-measure="logins"]')).textContent()).resolves.toMatch(/\d+回/);
    await expect(rows.and(page.locator('[data-measure="logins"]')).textContent()).resolves.toContain('直近30日');
    await expect(page.getByTestId('pulling-down').locator('> div').count()).resolves.toBeGreaterThan(0);
    await page.getByTestId('health-history-chart').locator('svg').waitFor();
    await expect(page.getByTestId('sentiment-empty').isVisible()).resolves.toBe(true);
    await screenshot(page, 'ja-account-health');
  });

  it('asks for a reason, then records a sentiment that appears and rescores the account', async () => {
    const before = await waitForHealth(api, portfolio.kizunaId);
    const form = page.getByTestId('sentiment-form');
    await form.getByRole('radio', { name: /^4/ }).click();
    await form.getByRole('button', { name: '記録する' }).click();
    await form.getByText('理由を入力してください').waitFor();

    await form.getByLabel('理由').fill('定例会で決裁者から、他部署への展開に前向きな発言があった。');
    await page.keyboard.press('Control+Enter');
    const latest = page.getByTestId('sentiment-latest');
    await latest.waitFor();
    await expect(latest.textContent()).resolves.toContain('他部署への展開に前向き');
    await expect(latest.textContent()).resolves.toContain('4 / 5（良い）');
    await expect.poll(() => latest.textContent()).toContain('山田 花子');
    // The rescore lands within about a second and the sentiment measure now has data: 4 on 1…5 is 75 points.
    const sentimentRow = page.getByTestId('health-measure').and(page.locator('[data-measure="sentiment"]'));
    await expect.poll(() => sentimentRow.getAttribute('data-missing'), { timeout: 10_000 }).toBeNull();
    await expect(sentimentRow.textContent()).resolves.toContain('75');
    const after = await waitForHealth(api, portfolio.kizunaId, before.computedAt);
    await expect.poll(() => page.getByTestId('health-score').textContent()).toBe(formatScore(after.score, 'ja'));
    await screenshot(page, 'ja-account-health-sentiment');
  });

  it('shows usage: active users against seats, the daily chart, features and top users', async () => {
    await page.getByRole('tab', { name: '利用状況' }).click();
    await page.getByTestId('usage-tab').waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe('usage');
    // Five people used it in the last 90 days, against 60 seats.
    await expect(page.getByTestId('usage-kpi-users').getByTestId('kpi-value').textContent()).resolves.toBe('5 / 60席');
    await expect(page.getByTestId('usage-kpi-events').getByTestId('kpi-value').textContent()).resolves.toBe(KIZUNA_EVENTS.toLocaleString('ja-JP'));
    // Four features; sign-ins are not a feature (as the health measure counts breadth).
    await expect(page.getByTestId('usage-kpi-breadth').getByTestId('kpi-value').textContent()).resolves.toBe('4機能');
    expect(KIZUNA_SECONDS).toBe(66_780);
    await expect(page.getByTestId('usage-kpi-hours').getByTestId('kpi-value').textContent()).resolves.toBe(formatHours(KIZUNA_SECONDS, 'ja'));
    // 佐藤 is active on every one of the last 24 days.
    await expect(page.getByTestId('usage-kpi-days').getByTestId('kpi-value').textContent()).resolves.toBe('24 / 90日');
    await page.getByTestId('usage-chart-canvas').locator('svg').waitFor();
    const users = page.getByTestId('top-user');
    await expect(users.count()).resolves.toBe(5);
    // 佐藤 is active all 24 days with five events a day: the most active.
    await expect(users.first().textContent()).resolves.toContain('佐藤 一郎');
    await expect(users.first().textContent()).resolves.toContain('24日');
    // Without a name or e-mail, the product's user id stands in.
    await expect(page.getByTestId('usage-top-users').textContent()).resolves.toContain('u-ito');
    await expect(page.getByTestId('usage-features').locator('tbody tr').count()).resolves.toBe(5);
    await screenshot(page, 'ja-account-usage');

    await page.getByText('30日', { exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('days')).toBe('30');
  });

  it('explains how to send usage when an account has none', async () => {
    await page.goto(`/accounts/${blueOceanId}?tab=usage`);
    const empty = page.getByTestId('usage-empty');
    await empty.waitFor();
    await expect(empty.textContent()).resolves.toContain('POST /v1/batch');
    await expect(page.getByTestId('usage-example').textContent()).resolves.toContain('"groupId":"CRM-0003"');
    await expect(page.getByTestId('usage-example').textContent()).resolves.toContain("-u '<APIキー>:'");
    await expect(empty.getByRole('link', { name: /APIキーを発行/ }).getAttribute('href')).resolves.toBe('/settings/api-keys');
    await screenshot(page, 'ja-account-usage-empty');
    // A prospect gets no score whatever arrives: its health tab says so instead of "waiting for data".
    await page.goto(`/accounts/${blueOceanId}?tab=health`);
    await expect(page.getByTestId('health-not-customer').textContent()).resolves.toContain('見込み');
    await screenshot(page, 'ja-account-health-prospect');
  });

  it('sorts and filters the accounts list by health', async () => {
    const scores = new Map<string, number>();
    for (const [name, id] of [['株式会社きずな商事', portfolio.kizunaId], ['さくらクラウド合同会社', portfolio.sakuraId]] as const) {
      scores.set(name, (await waitForHealth(api, id)).score ?? -1);
    }
    // Blue Ocean Labs has no subscription: a prospect, not scored, so it comes last either way.
    const ranked = [...scores.entries()].sort((a, b) => a[1] - b[1]).map(([name]) => name);
    await page.goto('/accounts');
    const table = page.getByTestId('accounts-table');
    await table.waitFor();
    const header = table.locator('th', { hasText: 'ヘルス' });
    await table.getByRole('button', { name: 'ヘルス' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('health');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(() => table.locator('tbody tr').first().textContent()).toContain(ranked[0]);
    await expect.poll(() => table.locator('tbody tr').last().textContent()).toContain('Blue Ocean Labs');
    await table.getByRole('button', { name: 'ヘルス' }).click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => table.locator('tbody tr').first().textContent()).toContain(ranked.at(-1));
    await expect.poll(() => table.locator('tbody tr').last().textContent()).toContain('Blue Ocean Labs');
    await screenshot(page, 'ja-accounts-health-column');

    const kizuna = await waitForHealth(api, portfolio.kizunaId);
    const bandNames = { red: 'リスク', yellow: '注意', green: '良好' } as const;
    await page.getByRole('combobox', { name: 'ヘルス' }).click();
    await page.getByRole('option', { name: bandNames[kizuna.band ?? 'red'] }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('health')).toBe(kizuna.band);
    const rows = table.locator('tbody tr');
    await expect.poll(async () => (await rows.locator('[data-testid="health-badge"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-band'))))
      .every((band) => band === kizuna.band)).toBe(true);
    await expect.poll(() => table.textContent()).toContain('株式会社きずな商事');
  });

  it('shows the health and usage tabs in English', async () => {
    const english = await newPage(browser, server.url, 'en');
    await english.context().addInitScript(() => window.localStorage.setItem('kizuna.locale', 'en'));
    await signIn(english);
    const health = await waitForHealth(api, portfolio.sakuraId);
    await english.goto(`/accounts/${portfolio.sakuraId}?tab=health`);
    await english.getByRole('heading', { name: 'Health score' }).waitFor();
    await expect(english.getByTestId('health-score').textContent()).resolves.toBe(formatScore(health.score, 'en'));
    const bandNames = { red: 'At risk', yellow: 'Watch', green: 'Healthy' } as const;
    await expect(english.getByTestId('health-band').textContent()).resolves.toBe(bandNames[health.band ?? 'red']);
    await expect(english.getByTestId('sentiment-latest').textContent()).resolves.toContain('2 / 5 (Poor)');
    await expect(english.getByTestId('health-breakdown').textContent()).resolves.toContain('No data');
    await english.getByTestId('health-history-chart').locator('svg').waitFor();
    await screenshot(english, 'en-account-health');

    await english.getByRole('tab', { name: 'Usage' }).click();
    await english.getByTestId('usage-tab').waitFor();
    await expect(english.getByTestId('usage-kpi-users').getByTestId('kpi-value').textContent()).resolves.toBe('1 / 12 seats');
    await english.getByTestId('usage-chart-canvas').locator('svg').waitFor();
    await expect(english.getByTestId('top-user').count()).resolves.toBe(1);
    await screenshot(english, 'en-account-usage');

    await english.goto(`/accounts/${portfolio.kizunaId}?tab=usage`);
    await english.getByTestId('top-user').first().waitFor();
    await screenshot(english, 'en-account-usage-kizuna');
    await english.goto('/accounts?sort=-health');
    await english.getByTestId('accounts-table').waitFor();
    await screenshot(english, 'en-accounts-health-column');
    await english.context().close();
  });
});
