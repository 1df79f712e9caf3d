import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDatabase, type Client, type Harness } from '../../testing/harness.js';
import { advancePhases } from './advance-phases.js';
import { setPhase } from './set-phase.js';

const DAY = 86_400_000;

const dayFromToday = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);

/** A customer (status follows its subscription: active) since `startedDaysAgo`, or a prospect without one. */
async function newAccount(client: Client, name: string, { prospect = false, startedDaysAgo = 120, monthly = 100_000 } = {}) {
  const res = await client.post('/api/v1/accounts', { name });
  expect(res.status).toBe(201);
  if (!prospect) {
    const line = await client.post('/api/v1/subscriptions', {
      accountId: res.body.id, plan: 'Pro', quantity: 1, unitPrice: monthly, currency: 'JPY', billingInterval: 'month',
      status: 'active', startedOn: dayFromToday(-startedDaysAgo),
    });
    expect(line.status).toBe(201);
  }
  return res.body.id as string;
}

/** A current health score with raw measure values, as the health worker stores it. */
async function giveScore(h: Harness, workspaceId: string, accountId: string, score: number, measures: Record<string, number>) {
  const explanation = { measures: Object.entries(measures).map(([id, value]) => ({ id, value, points: 50, weight: 0.5 })), groups: {}, pullingDown: [] };
  await h.database.db.execute(sql`
    insert into health_scores (workspace_id, account_id, scorecard_id, version, score, band, explanation, computed_at)
    values (${workspaceId}::uuid, ${accountId}::uuid, gen_random_uuid(), 1, ${score}, 'green', ${JSON.stringify(explanation)}::json, now())
    on conflict (workspace_id, account_id) do update set score = excluded.score, explanation = excluded.explanation`);
}

const advance = (h: Harness, ws: string, now: Date, ids?: string[]) => h.database.db.transaction((tx) => advancePhases(tx, ws, ids, now));

async function phaseIds(client: Client) {
  const { body } = await client.get('/api/v1/phases');
  return Object.fromEntries(body.items.map((p: { key: string; id: string }) => [p.key, p.id])) as Record<string, string>;
}

describeEachDatabase('success roadmap', (h) => {
  it('starts every customer in the first phase, then moves one step per pass when the next criterion holds, logging why', async () => {
    const ws = await h().newWorkspace();
    const ids = await phaseIds(ws.admin);
    expect(Object.keys(ids)).toEqual(['onboarding', 'adopt', 'expand', 'renewal']);
    await ws.admin.patch(`/api/v1/phases/${ids.adopt}`, { criterion: { kind: 'score_threshold', op: 'gte', value: 60 } });
    await ws.admin.patch(`/api/v1/phases/${ids.expand}`, { criterion: { kind: 'measure_threshold', measureId: 'active_ratio', op: 'gte', value: 0.8 } });
    await ws.admin.patch(`/api/v1/phases/${ids.renewal}`, { criterion: { kind: 'time_elapsed', days: 30, since: 'phase_entered' } });
    const healthy = await newAccount(ws.admin, '健全株式会社');
    const weak = await newAccount(ws.admin, '低調株式会社');
    await newAccount(ws.admin, '見込み株式会社', { prospect: true });
    const now = new Date();

    const pass = (minutes: number) => new Date(now.getTime() + minutes * 60_000); // passes 15 minutes apart, as scheduled
    expect(await advance(h(), ws.id, pass(0))).toBe(2); // the prospect does not walk the roadmap
    await giveScore(h(), ws.id, healthy, 72.5, { active_ratio: 0.85 });
    await giveScore(h(), ws.id, weak, 41, { active_ratio: 0.2 });
    expect(await advance(h(), ws.id, pass(15))).toBe(1); // healthy → adopt; expand must wait for the next pass
    expect(await advance(h(), ws.id, pass(30))).toBe(1); // healthy → expand
    expect(await advance(h(), ws.id, pass(45))).toBe(0);
    expect(await advance(h(), ws.id, pass(30 + 31 * 24 * 60))).toBe(1); // 31 days in expand → renewal

    const journey = await ws.admin.get(`/api/v1/accounts/${healthy}/journey`);
    expect(journey.status).toBe(200);
    expect(journey.body.phase).toMatchObject({ key: 'renewal', name: '更新期', pinned: false });
    expect(journey.body.next).toBeNull();
    const log = journey.body.transitions.map((t: { from: string | null; to: string; source: string }) => [t.from, t.to, t.source]).reverse();
    expect(log).toEqual([[null, 'onboarding', 'initial'], ['onboarding', 'adopt', 'rule'], ['adopt', 'expand', 'rule'], ['expand', 'renewal', 'rule']]);
    const toExpand = journey.body.transitions.find((t: { to: string }) => t.to === 'expand');
    expect(toExpand.criterion).toEqual({ criterion: { kind: 'measure_threshold', measureId: 'active_ratio', op: 'gte', value: 0.8 }, saw: { measureId: 'active_ratio', value: 0.85 } });
    const weakJourney = await ws.admin.get(`/api/v1/accounts/${weak}/journey`);
    expect(weakJourney.body.phase.key).toBe('onboarding');
    expect(weakJourney.body.next).toMatchObject({ key: 'adopt', holds: false, saw: { score: 41 } });

    const timeline = await ws.admin.get(`/api/v1/accounts/${healthy}/timeline?kind=system`);
    const entered = timeline.body.items.filter((a: { event: string }) => a.event === 'phase.entered');
    expect(entered).toHaveLength(4);
    expect(entered.map((a: { data: { to: string } }) => a.data.to)).toEqual(expect.arrayContaining(['onboarding', 'adopt', 'expand', 'renewal']));
    const account = await ws.admin.get(`/api/v1/accounts/${healthy}`);
    expect(account.body.phase).toBe('renewal');
  });

  it('lets a CSM move an account by hand with a reason, which pins it against rules and playbooks until unpinned', async () => {
    const ws = await h().newWorkspace();
    const csm = await ws.as('csm');
    const id = await newAccount(ws.admin, '手動株式会社');
    const now = new Date();
    await advance(h(), ws.id, now);
    const noReason = await csm.post(`/api/v1/accounts/${id}/phase`, { phase: 'expand', reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields.map((f: { path: string }) => f.path)).toEqual(['reason']);
    expect((await csm.post(`/api/v1/accounts/${id}/phase`, { phase: 'nowhere', reason: '確認' })).status).toBe(404);
    const moved = await csm.post(`/api/v1/accounts/${id}/phase`, { phase: 'expand', reason: '追加部署での導入が決定' });
    expect(moved.body).toEqual({ changed: true });

    // A score that would satisfy every rule does not move a pinned account, nor does a playbook.
    await giveScore(h(), ws.id, id, 95, { active_ratio: 1 });
    expect(await advance(h(), ws.id, new Date(now.getTime() + 400 * DAY))).toBe(0);
    const byPlaybook = await h().database.db.transaction((tx) => setPhase(tx, ws.id, id, 'adopt', { source: 'playbook', at: now }));
    expect(byPlaybook).toBe(false);
    let journey = await csm.get(`/api/v1/accounts/${id}/journey`);
    expect(journey.body.phase).toMatchObject({ key: 'expand', pinned: true, pinReason: '追加部署での導入が決定' });
    expect(journey.body.transitions[0]).toMatchObject({ from: 'onboarding', to: 'expand', source: 'manual', reason: '追加部署での導入が決定', actorName: 'csm member' });

    // Reversible: move back, then unpin so rules resume.
    expect((await csm.post(`/api/v1/accounts/${id}/phase`, { phase: 'onboarding', reason: '誤操作の取り消し' })).body).toEqual({ changed: true });
    expect((await csm.post(`/api/v1/accounts/${id}/phase/pin`, { pinned: false })).body).toEqual({ changed: true });
    expect(await advance(h(), ws.id, now)).toBe(1);
    journey = await csm.get(`/api/v1/accounts/${id}/journey`);
    expect(journey.body.phase).toMatchObject({ key: 'adopt', pinned: false }); // default adopt: score ≥ 60 (95) and ≥ 60 days since the subscription started (120)
    const audit = await ws.admin.get('/api/v1/audit');
    expect(audit.body.items.filter((e: { entity: string }) => e.entity === 'account_phase').length).toBeGreaterThanOrEqual(4);
  });

  it('refuses moves and settings to roles without the permission', async () => {
    const ws = await h().newWorkspace();
    const viewer = await ws.as('viewer');
    const csm = await ws.as('csm');
    const id = await newAccount(ws.admin, '権限株式会社');
    expect((await viewer.get(`/api/v1/accounts/${id}/journey`)).status).toBe(200);
    expect((await viewer.post(`/api/v1/accounts/${id}/phase`, { phase: 'adopt', reason: 'x' })).status).toBe(403);
    expect((await csm.post('/api/v1/phases', { key: 'advocacy', name: '推奨期' })).status).toBe(403);
    const ids = await phaseIds(csm);
    expect((await csm.patch(`/api/v1/phases/${ids.adopt}`, { name: 'x' })).status).toBe(403);
  });
});
