import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDatabase, type Harness, type TestWorkspace } from '../../testing/harness.js';
import { QUESTIONNAIRE } from '../../../domain/maturity/questionnaire.js';

/** Answers choosing option `pick(questionIndexWithinAxis)` on every question. */
function answers(pick: (id: string) => number = () => 1): Record<string, number> {
  return Object.fromEntries(QUESTIONNAIRE.questions.map((q) => [q.id, pick(q.id)]));
}

/** An account with a live subscription line, so it is a customer (status active). */
async function customer(ws: TestWorkspace, name: string, fields: Record<string, unknown> = {}) {
  const account = await ws.admin.post('/api/v1/accounts', { name, ...fields });
  await ws.admin.post('/api/v1/subscriptions', { accountId: account.body.id, plan: 'Pro', quantity: 1, unitPrice: 10000 });
  return account.body.id as string;
}

async function exec(h: Harness, query: ReturnType<typeof sql>) {
  await h.database.db.execute(query);
}

describeEachDatabase('maturity self-assessment', (h) => {
  it('scores and saves an assessment, lists it first, and records an audit row', async () => {
    const ws = await h().newWorkspace();
    // Option 1 of 0–3 on every question: 4 of 12 points per axis = 33 (rounded); 8 × 33 = 264.
    const saved = await ws.admin.post('/api/v1/maturity/assessments', { assessedOn: '2025-11-01', answers: answers(() => 1), note: '初回' });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ total: 264, assessedOn: '2025-11-01', questionnaireVersion: 1, note: '初回', author: { name: '管理 太郎' } });
    expect(saved.body.scores.outcome).toBe(33);
    // Outcome questions at their best (3 of 3 each), the rest at option 1: 7 × 33 + 100 = 331.
    const later = await ws.admin.post('/api/v1/maturity/assessments', { answers: answers((id) => (id.startsWith('outcome.') ? 3 : 1)) });
    expect(later.body).toMatchObject({ total: 331, scores: { outcome: 100, team: 33 } });

    const list = await ws.admin.get('/api/v1/maturity/assessments');
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([later.body.id, saved.body.id]);
    expect(list.body.items[0]).not.toHaveProperty('answers');

    const one = await ws.admin.get(`/api/v1/maturity/assessments/${saved.body.id}`);
    expect(one.body.answers['outcome.measured']).toBe(1);
    expect(one.body.evidence.playbook[0]).toMatchObject({ key: 'playbooks_active', kind: 'count', value: 0 });

    const audit = await ws.admin.get('/api/v1/audit?limit=10');
    expect(audit.body.items.filter((e: { entity: string }) => e.entity === 'maturity_assessment')).toHaveLength(2);
  });

  it('names every missing or impossible answer and refuses a future day', async () => {
    const ws = await h().newWorkspace();
    const partial = answers();
    delete partial['onboarding.plan'];
    partial['team.skills'] = 9;
    const bad = await ws.admin.post('/api/v1/maturity/assessments', { answers: partial });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('assessment.bad_answers');
    expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['answers.onboarding.plan', 'answers.team.skills']);

    const future = await ws.admin.post('/api/v1/maturity/assessments', { assessedOn: '2999-01-01', answers: answers() });
    expect(future.status).toBe(400);
    expect(future.body.fields).toEqual([{ path: 'assessedOn', message: 'is in the future' }]);
    expect((await ws.admin.get('/api/v1/maturity/assessments')).body.items).toEqual([]);
  });

  it('lets admins and managers assess, and everyone who reads data see the results', async () => {
    const ws = await h().newWorkspace();
    const manager = await ws.as('manager');
    const csm = await ws.as('csm');
    const viewer = await ws.as('viewer');
    const saved = await manager.post('/api/v1/maturity/assessments', { answers: answers() });
    expect(saved.status).toBe(201);
    expect((await csm.post('/api/v1/maturity/assessments', { answers: answers() })).status).toBe(403);
    expect((await viewer.del(`/api/v1/maturity/assessments/${saved.body.id}`)).status).toBe(403);
    expect((await viewer.get('/api/v1/maturity/assessments')).body.items).toHaveLength(1);
    expect((await viewer.get('/api/v1/maturity/questionnaire')).status).toBe(200);
  });

  it("answers 404 for another workspace's assessment, and deletes its own", async () => {
    const a = await h().newWorkspace('A社');
    const b = await h().newWorkspace('B社');
    const theirs = await b.admin.post('/api/v1/maturity/assessments', { answers: answers() });
    expect((await a.admin.get(`/api/v1/maturity/assessments/${theirs.body.id}`)).status).toBe(404);
    expect((await a.admin.del(`/api/v1/maturity/assessments/${theirs.body.id}`)).status).toBe(404);
    expect((await b.admin.get(`/api/v1/maturity/assessments/${theirs.body.id}`)).status).toBe(200);
    expect((await b.admin.del(`/api/v1/maturity/assessments/${theirs.body.id}`)).status).toBe(204);
    expect((await b.admin.get(`/api/v1/maturity/assessments/${theirs.body.id}`)).status).toBe(404);
  });

  it('serves the questionnaire with the 2018 reference points of SPEC §3.10', async () => {
    const ws = await h().newWorkspace();
    const doc = (await ws.admin.get('/api/v1/maturity/questionnaire')).body;
    expect(doc.maxTotal).toBe(800);
    expect(doc.axes).toHaveLength(8);
    expect(doc.questions.length).toBe(QUESTIONNAIRE.questions.length);
    expect(doc.reference.averages.map((r: { value: number }) => r.value)).toEqual([289, 330]);
    expect(doc.reference.source.year).toBe(2018);
  });

  it("reads the evidence from the workspace's own data, counting customers only", async () => {
    const ws = await h().newWorkspace();
    const me = (await ws.admin.get('/api/v1/me')).body.user.id as string;
    const first = await customer(ws, '一号株式会社', { ownerId: me });
    const second = await customer(ws, '二号株式会社');
    const third = await customer(ws, '三号株式会社');
    const fourth = await customer(ws, '四号株式会社');
    await ws.admin.post('/api/v1/accounts', { name: '見込み株式会社', ownerId: me }); // a prospect: not a customer
    const id = ws.id;
    await exec(h(), sql`update accounts set touch_tier = 'high' where workspace_id = ${id} and id in (${first}, ${second})`);
    await exec(h(), sql`insert into kpi_targets (workspace_id, id, kpi, interval, period_start, target)
      values (${id}, ${randomUUID()}, 'nrr', 'month', ${`${new Date().toISOString().slice(0, 8)}01`}::date, 1.1)`);
    await ws.admin.post('/api/v1/contacts', { accountId: first, name: '役員 一郎', level: 'executive' });
    await ws.admin.post('/api/v1/contacts', { accountId: second, name: '決裁 次郎', role: 'decision_maker' });
    await ws.admin.post('/api/v1/contacts', { accountId: second, name: '推進 花子', role: 'champion' });
    await ws.admin.post(`/api/v1/accounts/${first}/activities`, { kind: 'meeting', body: '定例' });
    await ws.admin.post(`/api/v1/accounts/${first}/activities`, { kind: 'call', body: '電話' });
    await ws.admin.post(`/api/v1/accounts/${third}/activities`, { kind: 'email', body: 'メール' });
    await ws.admin.post(`/api/v1/accounts/${first}/sentiments`, { value: 4, reason: '順調' });
    await exec(h(), sql`insert into success_goals (workspace_id, id, account_id, title, metric, baseline, target, current)
      values (${id}, ${randomUUID()}, ${first}, '工数削減', '月次工数', 100, 50, 80),
             (${id}, ${randomUUID()}, ${first}, '定着', '利用率', 0.2, 0.6, null),
             (${id}, ${randomUUID()}, ${fourth}, '取り下げ', '件数', 0, 10, 5)`);
    await exec(h(), sql`update success_goals set status = 'dropped' where workspace_id = ${id} and account_id = ${fourth}`);
    // The journey (issue 5): two customers entered onboarding this year, one ticked its whole checklist
    // (the prospect's entry is left out); one playbook on and one off, two firings; two submitted handoffs and a draft.
    const phases = (await ws.admin.get('/api/v1/phases')).body.items as { key: string; isOnboarding: boolean; checklist: { id: string }[] }[];
    const onboarding = phases.find((p) => p.isOnboarding);
    if (!onboarding) throw new Error('the default phases have an onboarding phase');
    const items = onboarding.checklist.map((i) => i.id); // the default onboarding checklist
    expect(items.length).toBeGreaterThan(1);
    for (const account of [first, second]) {
      await exec(h(), sql`insert into phase_transitions (workspace_id, id, account_id, to_phase, at, source)
        values (${id}, ${randomUUID()}, ${account}, ${onboarding.key}, now() - interval '30 days', 'rule')`);
    }
    for (const itemId of items) await ws.admin.request('PUT', `/api/v1/accounts/${first}/checklist`, { itemId, done: true });
    await ws.admin.request('PUT', `/api/v1/accounts/${second}/checklist`, { itemId: items[0], done: true });
    const [on, off] = [randomUUID(), randomUUID()];
    await exec(h(), sql`insert into playbooks (workspace_id, id, name, enabled, trigger) values
      (${id}, ${on}, '赤転落', true, '{"type":"health_band_entered","band":"red"}'::jsonb),
      (${id}, ${off}, '停止中', false, '{"type":"renewal_within","days":90}'::jsonb)`);
    await exec(h(), sql`insert into playbook_runs (workspace_id, id, playbook_id, account_id, episode_key, fired_at, closed_at) values
      (${id}, ${randomUUID()}, ${on}, ${first}, 'a', now() - interval '10 days', now()),
      (${id}, ${randomUUID()}, ${on}, ${second}, 'b', now() - interval '2 days', null)`);
    await exec(h(), sql`insert into handoffs (workspace_id, id, account_id, status, completeness, submitted_at) values
      (${id}, ${randomUUID()}, ${first}, 'accepted', 60, now()), (${id}, ${randomUUID()}, ${second}, 'submitted', 90, now()),
      (${id}, ${randomUUID()}, ${third}, 'draft', 10, null)`);

    const { evidence } = (await ws.admin.get('/api/v1/maturity/evidence')).body;
    const item = (axis: string, key: string) => evidence[axis].find((e: { key: string }) => e.key === key);
    // 4 customers (the prospect is left out).
    expect(item('team', 'customers_with_owner')).toMatchObject({ numerator: 1, denominator: 4, value: 0.25 });
    expect(item('segmentation', 'customers_with_tier')).toMatchObject({ numerator: 2, value: 0.5 });
    expect(item('segmentation', 'segment_scorecards')).toMatchObject({ value: 0 });
    expect(item('alignment', 'kpis_with_targets')).toMatchObject({ value: 1 });
    // An executive-level contact (first) or a decision maker (second) makes an executive sponsor.
    expect(item('relationship', 'executive_coverage')).toMatchObject({ numerator: 2, value: 0.5 });
    expect(item('relationship', 'champion_coverage')).toMatchObject({ numerator: 1 });
    // Three touches on two customers; system entries (account created …) do not count.
    expect(item('relationship', 'customers_touched')).toMatchObject({ numerator: 2 });
    expect(item('relationship', 'touches_per_customer')).toMatchObject({ value: 0.75 });
    expect(item('relationship', 'fresh_sentiment')).toMatchObject({ numerator: 1 });
    // The dropped goal does not count: one customer with goals, one of two goals measured.
    expect(item('outcome', 'customers_with_goals')).toMatchObject({ numerator: 1, value: 0.25 });
    expect(item('outcome', 'goals_measured')).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    expect(item('playbook', 'playbooks_active')).toMatchObject({ kind: 'count', value: 1 });
    expect(item('playbook', 'playbooks_triggered')).toMatchObject({ kind: 'count', value: 2 });
    // (60 + 90) ÷ 2 submitted handoffs; the draft is not a handoff yet.
    expect(item('onboarding', 'handoff_completeness')).toMatchObject({ kind: 'average', value: 75 });
    expect(item('onboarding', 'onboarding_completion')).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });

    // The saved assessment keeps the evidence as it stood.
    const saved = await ws.admin.post('/api/v1/maturity/assessments', { answers: answers() });
    expect(saved.body.evidence.outcome).toEqual(evidence.outcome);
  });
});
