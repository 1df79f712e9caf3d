import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase, type Harness, type TestWorkspace } from '../../testing/harness.js';
import { backfillHealthHistory } from './backfill-history.js';

const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

async function writeKey(ws: TestWorkspace) {
  return (await ws.admin.post('/api/v1/api-keys', { name: 'segment', scope: 'ingest' })).body.key as string;
}

async function ingest(h: Harness, key: string, batch: unknown[]) {
  const response = await h.app.request('/v1/batch', {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ batch }),
  });
  expect(response.status).toBe(200);
  return response.json();
}

/** `count` sign-ins and feature events per user per day, for `days` days ending `endOffset` days from today. */
function activity(prefix: string, groupId: string, users: number, days: number, endOffset: number, features: string[]) {
  const batch: unknown[] = [];
  for (let d = 0; d < days; d += 1) {
    const day = new Date(Date.now() + (endOffset - d) * DAY);
    for (let u = 0; u < users; u += 1) {
      for (const [i, event] of ['Signed In', ...features].entries()) {
        batch.push({
          type: 'track', messageId: `${prefix}-${d}-${u}-${i}`, userId: `${prefix}-u${u}`, event,
          timestamp: new Date(day.getTime() + (u * 10 + i) * 60_000).toISOString(), context: { groupId },
        });
      }
    }
  }
  return batch;
}

/** An account with a live subscription line, so it is a customer (status active) and gets a score. */
async function customer(ws: TestWorkspace, fields: Record<string, unknown>) {
  const account = await ws.admin.post('/api/v1/accounts', fields);
  await ws.admin.post('/api/v1/subscriptions', { accountId: account.body.id, plan: 'Pro', quantity: 1, unitPrice: 10000 });
  return account;
}

async function drain(h: Harness) {
  return h.deps.health!.drain();
}

describeEachDatabase('health scores', (h) => {
  it('scores an account within one drain of new usage, and explains what pulls it down', async () => {
    const ws = await h().newWorkspace();
    const key = await writeKey(ws);
    const busy = await ws.admin.post('/api/v1/accounts', { name: '活発株式会社', productId: 'busy' });
    const quiet = await ws.admin.post('/api/v1/accounts', { name: '静か株式会社', productId: 'quiet' });
    await ws.admin.post('/api/v1/subscriptions', { accountId: busy.body.id, plan: 'Pro', quantity: 5, unitPrice: 10000 });
    await ws.admin.post('/api/v1/subscriptions', { accountId: quiet.body.id, plan: 'Pro', quantity: 10, unitPrice: 10000 });
    await ingest(h(), key, activity('b', 'busy', 4, 20, 0, ['Report Viewed', 'Dashboard Created', 'Workflow Run', 'Export Downloaded']));
    await ingest(h(), key, activity('q', 'quiet', 1, 3, 0, []));
    expect(await drain(h())).toBeGreaterThanOrEqual(2);

    const busyHealth = (await ws.admin.get(`/api/v1/accounts/${busy.body.id}/health`)).body;
    const quietHealth = (await ws.admin.get(`/api/v1/accounts/${quiet.body.id}/health`)).body;
    expect(busyHealth.score).toBeGreaterThan(quietHealth.score);
    expect(quietHealth.band).toBe('red');
    const ratio = quietHealth.explanation.measures.find((m: { id: string }) => m.id === 'active_ratio');
    // 1 active user of 10 seats = 0.1, the bottom of the default 0.1–0.8 range → 0 points.
    expect(ratio).toMatchObject({ value: 0.1, points: 0 });
    // No sentiment, NPS or renewal date yet: left out, not counted as zero.
    expect(quietHealth.explanation.measures.find((m: { id: string }) => m.id === 'nps')).toMatchObject({ value: null, weight: 0 });
    expect(quietHealth.explanation.pullingDown[0]).toBeDefined();
    const weights = quietHealth.explanation.measures.reduce((s: number, m: { weight: number }) => s + m.weight, 0);
    expect(weights).toBeCloseTo(1, 9);
  });

  it('rescores on a CSM sentiment through the trigger-fed queue, and flags it stale later', async () => {
    const ws = await h().newWorkspace();
    const account = await customer(ws, { name: '所感株式会社' });
    await drain(h());
    const before = (await ws.admin.get(`/api/v1/accounts/${account.body.id}/health`)).body;
    const noReason = await ws.admin.post(`/api/v1/accounts/${account.body.id}/sentiments`, { value: 5, reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields[0].path).toBe('reason');
    expect((await ws.admin.post(`/api/v1/accounts/${account.body.id}/sentiments`, { value: 5, reason: '経営層が積極的' })).status).toBe(201);
    const queued = await queryRows<{ n: number }>(h().database.db, sql`
      select count(*)::int as n from health_dirty where workspace_id = ${ws.id}::uuid`);
    expect(queued[0]?.n).toBe(1);
    await drain(h());
    const after = (await ws.admin.get(`/api/v1/accounts/${account.body.id}/health`)).body;
    expect(after.explanation.measures.find((m: { id: string }) => m.id === 'sentiment')).toMatchObject({ value: 5, points: 100 });
    expect(after.sentiment).toMatchObject({ value: 5, reason: '経営層が積極的', stale: false });
    expect(after.score).not.toBe(before.score);
  });

  it('applies the first matching scorecard, previews band changes, and versions definitions', async () => {
    const ws = await h().newWorkspace();
    const enterprise = await customer(ws, { name: '大手株式会社', plan: 'Enterprise' });
    const small = await customer(ws, { name: '小規模株式会社', plan: 'Starter' });
    for (const id of [enterprise.body.id, small.body.id]) {
      await ws.admin.post(`/api/v1/accounts/${id}/sentiments`, { value: 2, reason: '反応が鈍い' });
    }
    await drain(h());
    const definition = {
      bands: { red: 30, green: 60 },
      root: { kind: 'group', id: 'all', label: '全体', weight: 1, children: [
        { kind: 'measure', id: 'mood', label: '所感', weight: 1, source: { type: 'sentiment' }, normalize: { type: 'range', low: 1, high: 5 } },
      ] },
    };
    const rule = { conditions: [{ field: 'plan', values: ['Enterprise'] }] };
    // Sentiment 2 of 1–5 = 25 points: red under this draft; under the default scorecard both are scored on it too.
    const preview = await ws.admin.post('/api/v1/health/preview', { rule, definition });
    expect(preview.status).toBe(200);
    expect(preview.body.accounts).toBe(1);
    const viewer = await ws.as('viewer');
    expect((await viewer.post('/api/v1/health/scorecards', { name: 'x', rule, definition })).status).toBe(403);
    const created = await ws.admin.post('/api/v1/health/scorecards', { name: 'エンタープライズ', rule, definition });
    expect(created.status).toBe(201);
    const health = (await ws.admin.get(`/api/v1/accounts/${enterprise.body.id}/health`)).body;
    expect(health).toMatchObject({ score: 25, band: 'red', scorecard: { id: created.body.id, version: 1 } });
    expect((await ws.admin.get(`/api/v1/accounts/${small.body.id}/health`)).body.scorecard.id).not.toBe(created.body.id);

    const lenient = { ...definition, bands: { red: 20, green: 24 } };
    const changes = await ws.admin.post('/api/v1/health/preview', { scorecardId: created.body.id, rule, definition: lenient });
    expect(changes.body).toMatchObject({ accounts: 1, changed: 1, transitions: [{ from: 'red', to: 'green', count: 1 }] });
    expect(changes.body.changes[0]).toMatchObject({ accountId: enterprise.body.id, name: '大手株式会社', from: 'red', to: 'green' });
    const saved = await ws.admin.patch(`/api/v1/health/scorecards/${created.body.id}`, { definition: lenient, note: '基準を緩和' });
    expect(saved.body).toEqual({ id: created.body.id });
    const versions = (await ws.admin.get(`/api/v1/health/scorecards/${created.body.id}/versions`)).body.items;
    expect(versions.map((v: { version: number; note: string | null }) => [v.version, v.note])).toEqual([[2, '基準を緩和'], [1, null]]);
    expect((await ws.admin.get(`/api/v1/accounts/${enterprise.body.id}/health`)).body).toMatchObject({ band: 'green', scorecard: { version: 2 } });

    const bad = await ws.admin.post('/api/v1/health/scorecards', {
      name: 'bad', rule, definition: { ...definition, bands: { red: 80, green: 20 } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].path).toBe('definition.bands');
    const list = (await ws.admin.get('/api/v1/health/scorecards')).body.items;
    expect(list.map((s: { isDefault: boolean; accounts: number }) => [s.isDefault, s.accounts])).toEqual([[false, 1], [true, 1]]);
    expect((await ws.admin.del(`/api/v1/health/scorecards/${list[1].id}`)).status).toBe(409);
  });

  it('backtests a past day: finds the churners the score ranked lowest and fits weights on held-out accounts', async () => {
    const ws = await h().newWorkspace();
    const key = await writeKey(ws);
    const asOf = isoDay(-200);
    const batch: unknown[] = [];
    const accountIds: string[] = [];
    for (let i = 0; i < 24; i += 1) {
      const healthy = i % 2 === 0;
      const account = await ws.admin.post('/api/v1/accounts', { name: `検証${i}株式会社`, productId: `p${i}` });
      accountIds.push(account.body.id);
      const line = await ws.admin.post('/api/v1/subscriptions', {
        accountId: account.body.id, plan: 'Pro', quantity: 5, unitPrice: 20000, startedOn: isoDay(-400),
      });
      if (!healthy) await ws.admin.patch(`/api/v1/subscriptions/${line.body.id}`, { status: 'cancelled', effectiveOn: isoDay(-100) });
      // The 30 days before asOf: healthy accounts use more of the product with more people.
      batch.push(...activity(`a${i}`, `p${i}`, healthy ? 3 + (i % 3) : 1, healthy ? 20 : 4 + (i % 5), -200,
        healthy ? ['Report Viewed', 'Workflow Run', 'Dashboard Created'] : []));
    }
    for (let start = 0; start < batch.length; start += 1500) await ingest(h(), key, batch.slice(start, start + 1500));

    const tooLate = await ws.admin.post('/api/v1/health/backtest', { asOf: isoDay(-10), horizonDays: 180 });
    expect(tooLate.status).toBe(400);
    expect(tooLate.body.fields[0].path).toBe('asOf');
    const result = await ws.admin.post('/api/v1/health/backtest', { asOf, horizonDays: 180 });
    expect(result.status).toBe(200);
    expect(result.body.outcomes).toEqual({ churned: 12, contracted: 0, retained: 12, expanded: 0 });
    expect(result.body.auc).toBeGreaterThan(0.9);
    const red = result.body.bands.find((b: { band: string }) => b.band === 'red');
    expect(red.churnRate).toBeGreaterThan(result.body.churnRate);
    expect(result.body.roc[0]).toMatchObject({ fpr: 0, tpr: 0 });
    expect(result.body.roc.at(-1)).toMatchObject({ fpr: 1, tpr: 1 });
    expect(result.body.fit.trainAccounts + result.body.fit.testAccounts).toBe(24);
    expect(result.body.fit.testAccounts).toBeGreaterThanOrEqual(7);
    expect(result.body.fit.heldOutAuc).not.toBeNull();
    const suggested = result.body.fit.weights.reduce((s: number, w: { suggestedWeight: number }) => s + w.suggestedWeight, 0);
    expect(suggested).toBeCloseTo(1, 9);
  });

  it('reports the band distribution per day and keeps other workspaces out', async () => {
    const a = await h().newWorkspace();
    const b = await h().newWorkspace();
    const account = await customer(a, { name: '分布株式会社' });
    await a.admin.post(`/api/v1/accounts/${account.body.id}/sentiments`, { value: 1, reason: '解約を示唆' });
    await drain(h());
    const distribution = (await a.admin.get('/api/v1/health/distribution')).body;
    expect(distribution.current).toEqual({ red: 1, yellow: 0, green: 0, none: 0 });
    expect(distribution.items.at(-1)).toMatchObject({ red: 1 });
    expect((await b.admin.get('/api/v1/health/distribution')).body.current).toEqual({ red: 0, yellow: 0, green: 0, none: 0 });
    expect((await b.admin.get(`/api/v1/accounts/${account.body.id}/health`)).status).toBe(404);
    expect((await b.admin.post(`/api/v1/accounts/${account.body.id}/sentiments`, { value: 5, reason: 'x' })).status).toBe(404);
  });

  it('sorts and filters the accounts list by health, unscored accounts last', async () => {
    const ws = await h().newWorkspace();
    const ids: string[] = [];
    for (const [name, mood] of [['甲', 5], ['乙', 1], ['丙', 3]] as const) {
      const account = await customer(ws, { name });
      ids.push(account.body.id);
      await ws.admin.post(`/api/v1/accounts/${account.body.id}/sentiments`, { value: mood, reason: '定例で確認' });
    }
    await drain(h());
    await ws.admin.post('/api/v1/accounts', { name: '丁' });
    // Lowest score first, page by page; 丁 has no score and comes last (it used to come first).
    const worst = await ws.admin.get('/api/v1/accounts?sort=health&limit=2');
    expect(worst.body.items.map((a: { name: string }) => a.name)).toEqual(['乙', '丙']);
    const next = await ws.admin.get(`/api/v1/accounts?sort=health&limit=2&cursor=${encodeURIComponent(worst.body.nextCursor)}`);
    expect(next.body.items.map((a: { name: string }) => a.name)).toEqual(['甲', '丁']);
    // Highest first: the unscored one is still last.
    const best = await ws.admin.get('/api/v1/accounts?sort=-health&limit=3');
    expect(best.body.items.map((a: { name: string }) => a.name)).toEqual(['甲', '丙', '乙']);
    const rest = await ws.admin.get(`/api/v1/accounts?sort=-health&limit=3&cursor=${encodeURIComponent(best.body.nextCursor)}`);
    expect(rest.body.items.map((a: { name: string }) => a.name)).toEqual(['丁']);
    // Default scorecard, no usage: 甲 (sentiment 5) 51.3 yellow; 丙 (3) 36.3 and 乙 (1) 21.3 red.
    const red = await ws.admin.get('/api/v1/accounts?health=red&sort=-health');
    expect(red.body.items.map((a: { name: string; health: { band: string } }) => [a.name, a.health.band])).toEqual([['丙', 'red'], ['乙', 'red']]);
    expect((await ws.admin.get('/api/v1/accounts?health=yellow')).body.items.map((a: { name: string }) => a.name)).toEqual(['甲']);
    expect((await ws.admin.get('/api/v1/accounts?health=none')).body.items.map((a: { health: unknown }) => a.health)).toEqual([null]);
  });

  it('backfills history as accounts stood on past days, only while they were customers', async () => {
    const ws = await h().newWorkspace();
    const key = await writeKey(ws);
    const customer = await ws.admin.post('/api/v1/accounts', { name: '履歴株式会社', productId: 'hist' });
    const prospect = await ws.admin.post('/api/v1/accounts', { name: '見込み株式会社' });
    await ws.admin.post('/api/v1/subscriptions', { accountId: customer.body.id, plan: 'Pro', quantity: 3, unitPrice: 10000, startedOn: isoDay(-25) });
    await ingest(h(), key, activity('h', 'hist', 3, 10, -12, ['Report Viewed', 'Workflow Run']));
    const filled = await backfillHealthHistory(h().database.db, ws.id, { to: isoDay(-1), days: 30, stepDays: 10 });
    // Days −30, −20, −10 (from −1, every 10 days back to −30): a customer only from −25 on.
    expect(filled).toEqual({ days: 3, rows: 2 });
    const history = (await ws.admin.get(`/api/v1/accounts/${customer.body.id}/health/history?days=60`)).body.items;
    expect(history.map((r: { day: string }) => r.day)).toEqual([isoDay(-20), isoDay(-10)]);
    // Activity on days −21…−12: both days have some of it in their 30-day window.
    expect(history.every((r: { score: number | null }) => r.score !== null)).toBe(true);
    expect((await ws.admin.get(`/api/v1/accounts/${prospect.body.id}/health/history`)).body.items).toEqual([]);
  });

  it('drops the live score of an account that churned, keeping its history', async () => {
    const ws = await h().newWorkspace();
    const account = await ws.admin.post('/api/v1/accounts', { name: '解約株式会社' });
    const line = await ws.admin.post('/api/v1/subscriptions', { accountId: account.body.id, plan: 'Pro', quantity: 1, unitPrice: 10000, startedOn: isoDay(-60) });
    await drain(h());
    expect((await ws.admin.get(`/api/v1/accounts/${account.body.id}/health`)).body).not.toBeNull();
    await ws.admin.patch(`/api/v1/subscriptions/${line.body.id}`, { status: 'cancelled', effectiveOn: isoDay(-1) });
    expect((await ws.admin.get(`/api/v1/accounts/${account.body.id}`)).body.status).toBe('churned');
    await drain(h());
    expect((await ws.admin.get(`/api/v1/accounts/${account.body.id}/health`)).body).toBeNull();
    expect((await ws.admin.get(`/api/v1/accounts/${account.body.id}/health/history`)).body.items).toHaveLength(1);
  });
});
