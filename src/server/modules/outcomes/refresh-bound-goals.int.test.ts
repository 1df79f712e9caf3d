import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase } from '../../testing/harness.js';
import { refreshBoundGoals } from './refresh-bound-goals.js';

const TODAY = '2026-04-15';

describeEachDatabase('refreshBoundGoals', (h) => {
  it('reads each kind of binding as of today and records a measurement only where the value changed', async () => {
    const ws = await h().newWorkspace();
    const { db } = h().database;
    const { body: account } = await ws.admin.post('/api/v1/accounts', { name: '計測株式会社' });
    const { body: other } = await ws.admin.post('/api/v1/accounts', { name: '対象外株式会社' });
    await ws.admin.post('/api/v1/custom-fields', { entity: 'account', key: 'nps_score', labelJa: 'NPS', labelEn: 'NPS', type: 'number' });
    await ws.admin.patch(`/api/v1/accounts/${account.id}`, { customFields: { nps_score: 42 } });
    await ws.admin.post('/api/v1/subscriptions', {
      accountId: account.id, plan: 'Pro', quantity: 30, unitPrice: 5_000, currency: 'JPY', billingInterval: 'month',
      intervalCount: 1, discountPercent: 0, status: 'active', startedOn: '2026-01-01',
    });
    // Usage rollups: 2026-04-15 back to 2026-03-17 is the 30-day window; 2026-03-16 falls outside it.
    await db.execute(sql`insert into usage_event_days (workspace_id, account_id, day, event, count) values
      (${ws.id}, ${account.id}, '2026-04-15', 'Report Exported', 5), (${ws.id}, ${account.id}, '2026-03-17', 'Report Exported', 7),
      (${ws.id}, ${account.id}, '2026-03-16', 'Report Exported', 100), (${ws.id}, ${account.id}, '2026-04-10', 'Signed In', 20),
      (${ws.id}, ${account.id}, '2026-04-16', 'Report Exported', 1000)`);
    await db.execute(sql`insert into usage_user_days (workspace_id, account_id, day, user_id, events, first_at, last_at) values
      (${ws.id}, ${account.id}, '2026-04-14', 'u1', 3, now(), now()), (${ws.id}, ${account.id}, '2026-04-13', 'u1', 3, now(), now()),
      (${ws.id}, ${account.id}, '2026-04-01', 'u2', 1, now(), now()), (${ws.id}, ${account.id}, '2026-03-01', 'u3', 1, now(), now())`);
    await db.execute(sql`insert into health_scores (workspace_id, account_id, scorecard_id, version, score, band, explanation, computed_at)
      values (${ws.id}, ${account.id}, ${randomUUID()}, 1, 72.5, 'green',
        ${JSON.stringify({ measures: [{ id: 'logins', value: 18 }, { id: 'nps', value: null }] })}::jsonb, now()),
        (${ws.id}, ${other.id}, ${randomUUID()}, 1, 30, 'red', '{"measures": []}'::jsonb, now())`);

    const goal = async (binding: object, accountId = account.id) =>
      (await ws.admin.post(`/api/v1/accounts/${accountId}/goals`, { title: JSON.stringify(binding), metric: 'm', baseline: 0, target: 100, binding })).body.id as string;
    const ids = {
      exports30: await goal({ type: 'usage_events', event: 'Report Exported', windowDays: 30 }),
      allEvents7: await goal({ type: 'usage_events', windowDays: 7 }),
      active30: await goal({ type: 'active_users', windowDays: 30 }),
      score: await goal({ type: 'health_score' }),
      logins: await goal({ type: 'health_measure', measureId: 'logins' }),
      noData: await goal({ type: 'health_measure', measureId: 'nps' }),
      mrr: await goal({ type: 'account_field', field: 'mrr' }),
      seats: await goal({ type: 'account_field', field: 'seats' }),
      nps: await goal({ type: 'account_field', field: 'nps_score' }),
      elsewhere: await goal({ type: 'health_score' }, other.id),
    };
    const changed = await db.transaction((tx) => refreshBoundGoals(tx, ws.id, [account.id], TODAY));
    expect(changed).toBe(8);
    const values = async () => {
      const rows = await queryRows<{ id: string; current: string | number | null }>(db, sql`select id, current::float8 as current from success_goals where workspace_id = ${ws.id}`);
      const byId = new Map(rows.map((r) => [r.id, r.current === null ? null : Number(r.current)]));
      return Object.fromEntries(Object.entries(ids).map(([k, id]) => [k, byId.get(id)]));
    };
    expect(await values()).toEqual({
      exports30: 12, // 5 + 7: the 100 on 2026-03-16 and the 1000 after today are outside the window
      allEvents7: 25, // 5 exports on 04-15 + 20 sign-ins on 04-10
      active30: 2, // u1 and u2; u3 was last active on 03-01
      score: 72.5, logins: 18, noData: null, mrr: 150_000, seats: 30, nps: 42,
      elsewhere: null, // its account (score 30) was not refreshed
    });
    const measured = await queryRows<{ n: number | string }>(db, sql`select count(*) as n from goal_measurements where workspace_id = ${ws.id} and day = ${TODAY} and source = 'bound'`);
    expect(Number(measured[0]?.n)).toBe(8);

    expect(await db.transaction((tx) => refreshBoundGoals(tx, ws.id, undefined, TODAY))).toBe(1); // the other account's goal
    expect(await db.transaction((tx) => refreshBoundGoals(tx, ws.id, undefined, TODAY))).toBe(0);
    await ws.admin.patch(`/api/v1/accounts/${account.id}`, { customFields: { nps_score: 50 } });
    expect(await db.transaction((tx) => refreshBoundGoals(tx, ws.id, undefined, TODAY))).toBe(1);
    const detail = await ws.admin.get(`/api/v1/goals/${ids.nps}`);
    expect(detail.body.measurements).toEqual([{ day: TODAY, value: 50, source: 'bound' }]);
    expect(await db.transaction((tx) => refreshBoundGoals(tx, ws.id, [], TODAY))).toBe(0);
  });
});
