/**
 * The handoff flow through the API on PGlite and PostgreSQL: sales drafts and submits, CS
 * returns with questions or accepts, both sides are notified, the account timeline and the
 * audit log record every step, and the rules (one per account, status, roles, contacts) hold.
 */
import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase, type Client, type Harness } from '../../testing/harness.js';

async function newAccount(client: Client, fields: Record<string, unknown> = {}) {
  const res = await client.post('/api/v1/accounts', { name: '株式会社ひきつぎ', plan: 'Business', ...fields });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

async function noticesOf(h: Harness, userId: string | null) {
  return queryRows<{ kind: string; data: Record<string, unknown>; link: string | null }>(h.database.db, sql`
    select kind, data, link from notifications where user_id = ${userId}::uuid order by created_at, kind`);
}

const goodContent = {
  goals: [{ goal: '月次レポート作成の工数削減', kpi: '作成時間', target: '月40時間 → 10時間' }],
  decisionMaker: { name: '山田 太郎', title: '営業本部長', cares: '半年で効果が見えること' },
  stakeholders: [{ name: '佐藤 花子', role: '現場リーダー', notes: '前ツールで苦労した' }],
  contract: { plan: 'Business', seats: 50, annualAmount: 3_600_000, currency: 'JPY', startOn: '2026-04-01', renewalOn: '2027-03-31' },
  timeline: { goLiveOn: '2026-05-15', milestones: [{ title: '管理者トレーニング', dueOn: '2026-04-20' }] },
  noKnownRisks: true,
  promises: [{ promise: '初月は週次で定例を行う' }],
};

describeEachDatabase('sales → CS handoff', (h) => {
  it('runs draft → submit → return with questions → resubmit → accept, notifying each side and logging every step', async () => {
    const ws = await h().newWorkspace();
    const sales = await ws.as('sales');
    const csm = await ws.as('csm');
    const accountId = await newAccount(ws.admin, { ownerId: csm.userId });
    const { body: contact } = await ws.admin.post('/api/v1/contacts', { accountId, name: '山田 太郎', title: '営業本部長', role: 'decision_maker' });

    const created = await sales.post(`/api/v1/accounts/${accountId}/handoff`, {});
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    // Prefilled from what Kizuna knows: the plan (1/5 of the contract's 15 points = 3) and the decision
    // maker contact with a title (0.4 + 0.2 of 20 = 12): 15 points (domain/handoffs/completeness.ts).
    expect(created.body).toMatchObject({ status: 'draft', completeness: 15, band: 'low', authorId: sales.userId, actions: ['edit', 'submit'] });
    expect(created.body.content.decisionMaker).toMatchObject({ contactId: contact.id, name: '山田 太郎', title: '営業本部長' });
    expect(created.body.missing).toContain('goals.none');
    const id = created.body.id as string;

    const edited = await sales.patch(`/api/v1/handoffs/${id}`, { content: { ...goodContent, promises: [], noPromises: false } });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({ completeness: 95, band: 'high', missing: ['promises.none'] }); // 100 − promises' 5

    const submitted = await sales.post(`/api/v1/handoffs/${id}/submit`);
    expect(submitted.body).toMatchObject({ status: 'submitted', actions: ['accept', 'return'] });
    expect(await noticesOf(h(), csm.userId)).toEqual([expect.objectContaining({
      kind: 'handoff.submitted', link: `/accounts/${accountId}?tab=handoff`,
      data: expect.objectContaining({ accountName: '株式会社ひきつぎ', by: 'sales member', completeness: 95, resubmitted: false }),
    })]);
    expect((await sales.patch(`/api/v1/handoffs/${id}`, { content: goodContent })).body.code).toBe('handoff.wrong_state');

    const questions = '意思決定者が重視する効果の指標は何ですか？';
    const returned = await csm.post(`/api/v1/handoffs/${id}/return`, { questions });
    expect(returned.body).toMatchObject({ status: 'returned', reviewNote: questions, reviewerId: csm.userId, reviewerName: 'csm member' });
    expect((await noticesOf(h(), sales.userId)).map((n) => [n.kind, n.data.note])).toEqual([['handoff.returned', questions]]);

    expect((await sales.patch(`/api/v1/handoffs/${id}`, { content: goodContent })).body.completeness).toBe(100);
    const resubmitted = await sales.post(`/api/v1/handoffs/${id}/submit`);
    expect(resubmitted.body.status).toBe('submitted');
    const accepted = await csm.post(`/api/v1/handoffs/${id}/accept`, { note: 'ありがとうございます。キックオフを設定します' });
    expect(accepted.body).toMatchObject({ status: 'accepted', actions: [] });
    expect((await noticesOf(h(), sales.userId)).map((n) => n.kind)).toEqual(['handoff.returned', 'handoff.accepted']);
    expect((await noticesOf(h(), csm.userId)).map((n) => [n.kind, n.data.resubmitted])).toEqual([['handoff.submitted', false], ['handoff.submitted', true]]);

    const afterAccept = await sales.patch(`/api/v1/handoffs/${id}`, { content: goodContent });
    expect([afterAccept.status, afterAccept.body.code]).toEqual([409, 'handoff.wrong_state']);
    expect((await csm.post(`/api/v1/handoffs/${id}/return`, { questions: 'もう一度' })).status).toBe(409);

    const detail = await csm.get(`/api/v1/accounts/${accountId}/handoff`);
    expect(detail.body.handoff.history.map((e: { event: string }) => e.event)).toEqual([
      'handoff.created', 'handoff.updated', 'handoff.submitted', 'handoff.returned', 'handoff.updated', 'handoff.submitted', 'handoff.accepted',
    ]);
    const timeline = await csm.get(`/api/v1/accounts/${accountId}/timeline?kind=system`);
    expect(timeline.body.items.filter((a: { event: string }) => a.event?.startsWith('handoff.')).length).toBe(7);
    const audit = await ws.admin.get('/api/v1/audit');
    expect(audit.body.items.filter((e: { entity: string }) => e.entity === 'handoff').length).toBe(7);
  });

  it('lets only sales-side roles write and CS-side roles review; everyone may read', async () => {
    const ws = await h().newWorkspace();
    const [sales, csm, viewer] = [await ws.as('sales'), await ws.as('csm'), await ws.as('viewer')];
    const accountId = await newAccount(ws.admin);
    expect((await csm.post(`/api/v1/accounts/${accountId}/handoff`, {})).status).toBe(403);
    const { body: handoff } = await sales.post(`/api/v1/accounts/${accountId}/handoff`, { content: goodContent });
    expect(handoff.completeness).toBe(100);
    await sales.post(`/api/v1/handoffs/${handoff.id}/submit`);
    expect((await sales.post(`/api/v1/handoffs/${handoff.id}/accept`, {})).status).toBe(403);
    expect((await viewer.post(`/api/v1/handoffs/${handoff.id}/return`, { questions: '?' })).status).toBe(403);
    expect((await viewer.get(`/api/v1/handoffs/${handoff.id}`)).body.status).toBe('submitted');
  });

  it('keeps one handoff per account, names bad fields, and answers 404 for unknown ids', async () => {
    const ws = await h().newWorkspace();
    const accountId = await newAccount(ws.admin);
    const other = await newAccount(ws.admin, { name: '別会社' });
    const { body: stranger } = await ws.admin.post('/api/v1/contacts', { accountId: other, name: '他社 次郎' });
    const bad = await ws.admin.post(`/api/v1/accounts/${accountId}/handoff`, {
      content: { decisionMaker: { contactId: stranger.id }, stakeholders: [{ name: 'a' }, { contactId: stranger.id }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path)).toEqual(['content.decisionMaker.contactId', 'content.stakeholders.1.contactId']);
    const shape = await ws.admin.post(`/api/v1/accounts/${accountId}/handoff`, { content: { contract: { seats: -1, startOn: '2026/04/01' } } });
    expect(shape.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['content.contract.seats', 'content.contract.startOn']);

    const first = await ws.admin.post(`/api/v1/accounts/${accountId}/handoff`, {});
    expect(first.status).toBe(201);
    // An account without contacts, subscriptions or MRR prefills only its plan: 3 points.
    expect(first.body.completeness).toBe(3);
    const twice = await ws.admin.post(`/api/v1/accounts/${accountId}/handoff`, {});
    expect([twice.status, twice.body.code]).toEqual([409, 'handoff.exists']);
    await ws.admin.post(`/api/v1/handoffs/${first.body.id}/submit`);
    const noQuestions = await ws.admin.post(`/api/v1/handoffs/${first.body.id}/return`, { questions: '  ' });
    expect([noQuestions.status, noQuestions.body.fields?.[0]?.path]).toEqual([400, 'questions']);

    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await ws.admin.get(`/api/v1/handoffs/${missing}`)).body.code).toBe('handoff.not_found');
    expect((await ws.admin.get(`/api/v1/accounts/${missing}/handoff`)).body.code).toBe('account.not_found');
    expect((await ws.admin.get(`/api/v1/accounts/${other}/handoff`)).body).toEqual({ handoff: null });
  });

  it('tells the CS managers when the account has no owner, and never the person who acted', async () => {
    const ws = await h().newWorkspace();
    const [manager, sales] = [await ws.as('manager'), await ws.as('sales')];
    const accountId = await newAccount(ws.admin);
    const { body } = await sales.post(`/api/v1/accounts/${accountId}/handoff`, {});
    await sales.post(`/api/v1/handoffs/${body.id}/submit`);
    expect((await noticesOf(h(), manager.userId)).map((n) => n.kind)).toEqual(['handoff.submitted']);
    expect(await noticesOf(h(), ws.admin.userId)).toEqual([]);
    // The manager reviews it: sales hears, the manager does not.
    await manager.post(`/api/v1/handoffs/${body.id}/accept`, {});
    expect((await noticesOf(h(), manager.userId)).length).toBe(1);
    expect((await noticesOf(h(), sales.userId)).map((n) => n.kind)).toEqual(['handoff.accepted']);
  });

  it('lists handoffs with counts per status and per sales rep, filters by band, and exports CSV', async () => {
    const ws = await h().newWorkspace();
    const sales = await ws.as('sales');
    const a = await newAccount(ws.admin, { name: 'A社' });
    const b = await newAccount(ws.admin, { name: 'B社' });
    const { body: full } = await sales.post(`/api/v1/accounts/${a}/handoff`, { content: goodContent });
    await sales.post(`/api/v1/handoffs/${full.id}/submit`);
    await sales.post(`/api/v1/accounts/${b}/handoff`, { content: { goals: [{ goal: '定着' }] } });
    const list = await ws.admin.get('/api/v1/handoffs');
    expect(list.body.counts).toEqual({ all: 2, draft: 1, submitted: 1, accepted: 0, returned: 0 });
    // (100 + 10) ÷ 2 = 55: a goal without KPI or target is 40% of 25 points.
    expect(list.body.byAuthor).toEqual([{ authorId: sales.userId, authorName: 'sales member', handoffs: 2, averageCompleteness: 55, returned: 0 }]);
    expect((await ws.admin.get('/api/v1/handoffs?band=low')).body.items.map((x: { accountName: string }) => x.accountName)).toEqual(['B社']);
    expect((await ws.admin.get('/api/v1/handoffs?status=submitted')).body.items.map((x: { accountName: string }) => x.accountName)).toEqual(['A社']);
    const csv = await ws.admin.get('/api/v1/handoffs?format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(String(csv.body)).toContain('A社,submitted,100,high,sales member');
  });
});
