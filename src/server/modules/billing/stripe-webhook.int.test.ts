/**
 * The Stripe webhook end to end: signed deliveries through app.request(), checked against the
 * account's lines, their dated history and the account's MRR. Payloads follow Stripe's event
 * and subscription objects (API reference); signatures are computed here with node:crypto.
 */
import { createHmac } from 'node:crypto';
import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/connect.js';
import { secretKeyFrom } from '../../secrets/secret-box.js';
import { describeEachDatabase, type Harness, type TestWorkspace } from '../../testing/harness.js';
import { sealStoredSecrets } from '../../secrets/seal-stored.js';

const unix = (iso: string) => Date.parse(iso) / 1000;
let serial = 0;

interface ItemSpec { id: string; price: number; quantity: number; interval?: string; nickname?: string; start?: string; end?: string }

/** A subscription object in the 2025-03-31.basil shape (period on each item) or the earlier one (on the subscription). */
function subscription(id: string, customer: string, items: ItemSpec[], opts: { shape: 'basil' | 'legacy'; status?: string; extra?: Record<string, unknown> }) {
  const periodStart = items[0]?.start ?? '2026-04-01T00:00:00Z';
  const periodEnd = items[0]?.end ?? '2027-04-01T00:00:00Z';
  return {
    id, object: 'subscription', customer, status: opts.status ?? 'active', currency: 'jpy', created: unix(periodStart), start_date: unix(periodStart),
    cancel_at_period_end: false, cancel_at: null, canceled_at: null, ended_at: null, trial_end: null, pause_collection: null,
    discount: null, discounts: [], livemode: false, metadata: {},
    ...(opts.shape === 'legacy' ? { current_period_start: unix(periodStart), current_period_end: unix(periodEnd) } : {}),
    items: {
      object: 'list', has_more: false, total_count: items.length, url: `/v1/subscription_items?subscription=${id}`,
      data: items.map((item) => ({
        id: item.id, object: 'subscription_item', created: unix(item.start ?? periodStart), quantity: item.quantity, discounts: [], subscription: id,
        ...(opts.shape === 'basil' ? { current_period_start: unix(item.start ?? periodStart), current_period_end: unix(item.end ?? periodEnd) } : {}),
        price: {
          id: `price_${item.id}`, object: 'price', active: true, billing_scheme: 'per_unit', currency: 'jpy', lookup_key: null,
          nickname: item.nickname ?? 'Pro 年額', product: 'prod_Kizuna', type: 'recurring', unit_amount: item.price,
          unit_amount_decimal: String(item.price), transform_quantity: null,
          recurring: { interval: item.interval ?? 'year', interval_count: 1, usage_type: 'licensed' },
        },
      })),
    },
    ...opts.extra,
  };
}

function event(type: string, at: string, object: unknown, previous?: Record<string, unknown>) {
  serial += 1;
  return {
    id: `evt_test_${Date.now().toString(36)}_${serial}`, object: 'event', api_version: '2025-03-31.basil', created: unix(at), livemode: false,
    pending_webhooks: 1, request: { id: null, idempotency_key: null }, type, data: { object, ...(previous ? { previous_attributes: previous } : {}) },
  };
}

function signature(secret: string, body: string, t = Math.floor(Date.now() / 1000)): string {
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

async function deliver(h: Harness, workspaceId: string, secret: string, payload: unknown, header?: string) {
  const body = JSON.stringify(payload);
  const res = await h.app.request(`/api/v1/billing/stripe/webhook/${workspaceId}`, {
    method: 'POST', body, headers: { 'content-type': 'application/json', 'stripe-signature': header ?? signature(secret, body) },
  });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.json() as any };
}

async function connected(h: Harness): Promise<{ ws: TestWorkspace; secret: string }> {
  const ws = await h.newWorkspace();
  const secret = `whsec_${ws.id.replace(/-/g, '')}`;
  expect((await ws.admin.request('PUT', '/api/v1/billing/stripe', { signingSecret: secret })).status).toBe(200);
  return { ws, secret };
}

async function accountWithBillingId(ws: TestWorkspace, billingId: string) {
  return (await ws.admin.post('/api/v1/accounts', { name: '株式会社さくらテック', billingId })).body.id as string;
}

async function linesOf(ws: TestWorkspace, accountId: string) {
  return (await ws.admin.get(`/api/v1/accounts/${accountId}/subscriptions`)).body.items as any[];
}

async function historyOf(ws: TestWorkspace, lineId: string) {
  return (await ws.admin.get(`/api/v1/subscriptions/${lineId}/events`)).body.items as any[];
}

describeEachDatabase('Stripe webhook', (h) => {
  it('creates a line from customer.subscription.created (pre-basil shape) with its history and the account MRR', async () => {
    const { ws, secret } = await connected(h());
    const accountId = await accountWithBillingId(ws, 'cus_Sakura');
    const sub = subscription('sub_A', 'cus_Sakura', [{ id: 'si_A1', price: 120000, quantity: 25 }], { shape: 'legacy' });
    const res = await deliver(h(), ws.id, secret, event('customer.subscription.created', '2026-04-01T00:00:03Z', sub));
    expect(res).toMatchObject({ status: 200, body: { received: true, outcome: 'applied' } });

    const [line] = await linesOf(ws, accountId);
    expect(line).toMatchObject({
      externalId: 'sub_A:si_A1', plan: 'Pro 年額', quantity: 25, unitPrice: 120000, currency: 'JPY', billingInterval: 'year',
      status: 'active', startedOn: '2026-04-01', endsOn: '2027-04-01', mrr: 250000, // ¥120,000 × 25 / 12 (year ÷12)
    });
    expect(await historyOf(ws, line.id)).toMatchObject([{ kind: 'created', source: 'stripe', effectiveOn: '2026-04-01', mrr: 250000 }]);
    expect((await ws.admin.get(`/api/v1/accounts/${accountId}`)).body).toMatchObject({ mrr: 250000, status: 'active', renewalDate: '2027-04-01' });
    const timeline = await ws.admin.get(`/api/v1/accounts/${accountId}/timeline`);
    expect(timeline.body.items).toContainEqual(expect.objectContaining({
      event: 'subscription.created', data: expect.objectContaining({ source: 'stripe', mrrBefore: 0, mrrAfter: 250000 }),
    }));
    const audit = await ws.admin.get('/api/v1/audit');
    expect(audit.body.items).toContainEqual(expect.objectContaining({
      actorType: 'system', actorId: null, entity: 'subscription', entityId: 'sub_A', changes: expect.objectContaining({ source: 'stripe', lines: 1 }),
    }));
  });

  it('records a seat change from a basil-shaped update on its date, and ignores a repeated delivery', async () => {
    const { ws, secret } = await connected(h());
    const accountId = await accountWithBillingId(ws, 'cus_Basil');
    const items = (quantity: number) => [{ id: 'si_B1', price: 120000, quantity }];
    await deliver(h(), ws.id, secret, event('customer.subscription.created', '2026-04-01T00:00:03Z', subscription('sub_B', 'cus_Basil', items(25), { shape: 'basil' })));
    const update = event('customer.subscription.updated', '2026-06-01T02:00:00Z', subscription('sub_B', 'cus_Basil', items(30), { shape: 'basil' }), { items: {} });
    expect((await deliver(h(), ws.id, secret, update)).body.outcome).toBe('applied');
    expect((await deliver(h(), ws.id, secret, update)).body.outcome).toBe('duplicate');

    const [line] = await linesOf(ws, accountId);
    expect(line).toMatchObject({ quantity: 30, mrr: 300000 }); // ¥120,000 × 30 / 12
    expect((await historyOf(ws, line.id)).map((e) => [e.kind, e.effectiveOn, e.mrr])).toEqual([
      ['created', '2026-04-01', 250000], ['changed', '2026-06-01', 300000],
    ]);
    expect((await ws.admin.get(`/api/v1/accounts/${accountId}`)).body.mrr).toBe(300000);
  });

  it('places a late, older delivery in the past without undoing the newer state', async () => {
    const { ws, secret } = await connected(h());
    const accountId = await accountWithBillingId(ws, 'cus_Late');
    const sub = (quantity: number) => subscription('sub_L', 'cus_Late', [{ id: 'si_L1', price: 12000, quantity, interval: 'month' }], { shape: 'basil' });
    await deliver(h(), ws.id, secret, event('customer.subscription.created', '2026-04-01T00:00:00Z', sub(10)));
    await deliver(h(), ws.id, secret, event('customer.subscription.updated', '2026-06-01T00:00:00Z', sub(30)));
    await deliver(h(), ws.id, secret, event('customer.subscription.updated', '2026-05-01T00:00:00Z', sub(20)));
    const [line] = await linesOf(ws, accountId);
    expect(line.quantity).toBe(30);
    expect((await historyOf(ws, line.id)).map((e) => [e.effectiveOn, e.quantity])).toEqual([['2026-04-01', 10], ['2026-05-01', 20], ['2026-06-01', 30]]);
  });

  it('cancels on deletion, keeping the paid period as the churn date, and a notice on the line before that', async () => {
    const { ws, secret } = await connected(h());
    const accountId = await accountWithBillingId(ws, 'cus_Churn');
    const items = [{ id: 'si_C1', price: 50000, quantity: 4 }];
    await deliver(h(), ws.id, secret, event('customer.subscription.created', '2026-04-01T00:00:00Z', subscription('sub_C', 'cus_Churn', items, { shape: 'legacy' })));
    const notice = subscription('sub_C', 'cus_Churn', items, { shape: 'legacy', extra: { cancel_at_period_end: true, canceled_at: unix('2026-12-10T01:00:00Z') } });
    await deliver(h(), ws.id, secret, event('customer.subscription.updated', '2026-12-10T01:00:00Z', notice, { cancel_at_period_end: false }));
    let [line] = await linesOf(ws, accountId);
    expect(line).toMatchObject({ status: 'active', cancelledOn: '2026-12-10', mrr: 16667 }); // ¥50,000 × 4 / 12

    const ended = subscription('sub_C', 'cus_Churn', items, {
      shape: 'legacy', status: 'canceled',
      extra: { cancel_at_period_end: true, canceled_at: unix('2026-12-10T01:00:00Z'), ended_at: unix('2027-04-01T00:00:00Z') },
    });
    await deliver(h(), ws.id, secret, event('customer.subscription.deleted', '2027-04-01T00:00:02Z', ended));
    [line] = await linesOf(ws, accountId);
    expect(line).toMatchObject({ status: 'cancelled', cancelledOn: '2026-12-10', mrr: 0 });
    expect((await historyOf(ws, line.id)).at(-1)).toMatchObject({ kind: 'cancelled', effectiveOn: '2027-04-01', endsOn: '2027-04-01', mrr: 0 });
    expect((await ws.admin.get(`/api/v1/accounts/${accountId}`)).body).toMatchObject({ mrr: 0, status: 'churned' });
  });

  it('dates an immediate cancellation on its day with the paid year as its end (WE-03 step 4)', async () => {
    const { ws, secret } = await connected(h());
    const accountId = await accountWithBillingId(ws, 'cus_Now');
    const items = [{ id: 'si_N1', price: 50000, quantity: 4 }];
    await deliver(h(), ws.id, secret, event('customer.subscription.created', '2026-04-01T00:00:00Z', subscription('sub_N', 'cus_Now', items, { shape: 'basil' })));
    const ended = subscription('sub_N', 'cus_Now', items, { shape: 'basil', status: 'canceled', extra: { canceled_at: unix('2026-10-01T08:00:00Z'), ended_at: unix('2026-10-01T08:00:00Z') } });
    await deliver(h(), ws.id, secret, event('customer.subscription.deleted', '2026-10-01T08:00:01Z', ended));
    const [line] = await linesOf(ws, accountId);
    // a cancelled state from 2026-10-01 whose paid service runs to 2027-04-01: churn at period end by default
    expect((await historyOf(ws, line.id)).at(-1)).toMatchObject({ kind: 'cancelled', effectiveOn: '2026-10-01', endsOn: '2027-04-01' });
  });

  it('cancels the line of an item removed from the subscription while the other stays', async () => {
    const { ws, secret } = await connected(h());
    const accountId = await accountWithBillingId(ws, 'cus_Two');
    const gold = { id: 'si_Gold', price: 500000, quantity: 4, nickname: 'Gold' };
    const silver = { id: 'si_Silver', price: 30000, quantity: 2, nickname: 'Silver', interval: 'month' };
    await deliver(h(), ws.id, secret, event('customer.subscription.created', '2026-04-01T00:00:00Z', subscription('sub_T', 'cus_Two', [gold, silver], { shape: 'basil' })));
    await deliver(h(), ws.id, secret, event('customer.subscription.updated', '2026-07-15T00:00:00Z', subscription('sub_T', 'cus_Two', [gold], { shape: 'basil' })));
    const lines = await linesOf(ws, accountId);
    expect(lines.map((l) => [l.plan, l.status])).toEqual([['Gold', 'active'], ['Silver', 'cancelled']]);
    expect((await ws.admin.get(`/api/v1/accounts/${accountId}`)).body.mrr).toBe(166667); // ¥500,000 × 4 / 12
  });

  it('keeps an event for an unknown customer as unmatched and applies it once an account carries the id', async () => {
    const { ws, secret } = await connected(h());
    const sub = subscription('sub_U', 'cus_Unknown', [{ id: 'si_U1', price: 9800, quantity: 3, interval: 'month' }], { shape: 'basil' });
    const first = await deliver(h(), ws.id, secret, event('customer.subscription.created', '2026-04-01T00:00:00Z', sub));
    expect(first).toMatchObject({ status: 200, body: { outcome: 'unmatched' } });
    const waiting = await ws.admin.get('/api/v1/billing/events?status=unmatched');
    expect(waiting.body.items).toMatchObject([{ customerId: 'cus_Unknown', subscriptionRef: 'sub_U', type: 'customer.subscription.created' }]);

    expect((await ws.admin.post('/api/v1/billing/events/retry')).body).toEqual({ applied: 0, stillUnmatched: ['cus_Unknown'] });
    const accountId = await accountWithBillingId(ws, 'cus_Unknown');
    expect((await ws.admin.post('/api/v1/billing/events/retry')).body).toEqual({ applied: 1, stillUnmatched: [] });
    expect((await linesOf(ws, accountId)).map((l) => [l.externalId, l.mrr])).toEqual([['sub_U:si_U1', 29400]]); // ¥9,800 × 3
    expect((await ws.admin.get('/api/v1/billing/events?status=unmatched')).body.items).toEqual([]);
  });

  it('applies earlier unmatched events first when a later event of the customer arrives', async () => {
    const { ws, secret } = await connected(h());
    const sub = (quantity: number) => subscription('sub_W', 'cus_Wait', [{ id: 'si_W1', price: 10000, quantity, interval: 'month' }], { shape: 'basil' });
    await deliver(h(), ws.id, secret, event('customer.subscription.created', '2026-04-01T00:00:00Z', sub(5)));
    const accountId = await accountWithBillingId(ws, 'cus_Wait');
    await deliver(h(), ws.id, secret, event('customer.subscription.updated', '2026-05-01T00:00:00Z', sub(8)));
    const [line] = await linesOf(ws, accountId);
    expect((await historyOf(ws, line.id)).map((e) => [e.effectiveOn, e.quantity])).toEqual([['2026-04-01', 5], ['2026-05-01', 8]]);
  });

  it('records other event types as ignored', async () => {
    const { ws, secret } = await connected(h());
    const res = await deliver(h(), ws.id, secret, event('invoice.paid', '2026-04-01T00:00:00Z', { id: 'in_1', object: 'invoice' }));
    expect(res.body.outcome).toBe('ignored');
    expect((await ws.admin.get('/api/v1/billing/events?status=ignored')).body.items).toMatchObject([{ type: 'invoice.paid', reason: expect.any(String) }]);
  });
});

describeEachDatabase('Stripe webhook authentication', (h) => {
  const created = (customer: string) => event('customer.subscription.created', '2026-04-01T00:00:00Z',
    subscription(`sub_${customer}`, customer, [{ id: `si_${customer}`, price: 10000, quantity: 1, interval: 'month' }], { shape: 'basil' }));

  it('refuses a bad, stale or missing signature with problem+json and writes nothing', async () => {
    const { ws, secret } = await connected(h());
    const accountId = await accountWithBillingId(ws, 'cus_Auth');
    const payload = created('cus_Auth');
    const body = JSON.stringify(payload);
    for (const header of [signature('whsec_wrong_secret_0000000000', body), signature(secret, body, Math.floor(Date.now() / 1000) - 301), '']) {
      const res = await deliver(h(), ws.id, secret, payload, header);
      expect(res.status).toBe(400);
      expect(res.type).toContain('application/problem+json');
      expect(res.body.code).toBe('billing.bad_signature');
    }
    const tampered = await h().app.request(`/api/v1/billing/stripe/webhook/${ws.id}`, {
      method: 'POST', body: body.replace('"quantity":1', '"quantity":9'), headers: { 'stripe-signature': signature(secret, body) },
    });
    expect(tampered.status).toBe(400);
    expect(await linesOf(ws, accountId)).toEqual([]);
  });

  it("never applies an event signed with workspace A's secret to workspace B", async () => {
    const a = await connected(h());
    const b = await connected(h());
    const bAccount = await accountWithBillingId(b.ws, 'cus_Shared');
    await accountWithBillingId(a.ws, 'cus_Shared');
    const res = await deliver(h(), b.ws.id, a.secret, created('cus_Shared'));
    expect(res).toMatchObject({ status: 400, body: { code: 'billing.bad_signature' } });
    expect(await linesOf(b.ws, bAccount)).toEqual([]);
    expect((await deliver(h(), a.ws.id, a.secret, created('cus_Shared'))).body.outcome).toBe('applied');
  });

  it('answers a workspace without a secret exactly like a wrong signature', async () => {
    const ws = await h().newWorkspace();
    const res = await deliver(h(), ws.id, 'whsec_anything_at_all_000', created('cus_X'));
    expect(res).toMatchObject({ status: 400, body: { code: 'billing.bad_signature' } });
  });

  it('stores the signing secret for admins only and never returns it', async () => {
    const { ws, secret } = await connected(h());
    const shown = await ws.admin.get('/api/v1/billing/stripe');
    expect(shown.body).toEqual({
      configured: true, secretEnd: secret.slice(-4), secretUnreadable: false, updatedAt: expect.any(String), webhookPath: `/api/v1/billing/stripe/webhook/${ws.id}`,
    });
    expect(JSON.stringify(shown.body)).not.toContain(secret);
    const manager = await ws.as('manager');
    expect((await manager.get('/api/v1/billing/stripe')).status).toBe(403);
    expect((await manager.request('PUT', '/api/v1/billing/stripe', { signingSecret: 'whsec_mine_000000000000000' })).status).toBe(403);
    expect((await ws.admin.request('PUT', '/api/v1/billing/stripe', { signingSecret: 'sk_live_oops' })).body.fields[0].path).toBe('signingSecret');
    const audit = await ws.admin.get('/api/v1/audit');
    expect(JSON.stringify(audit.body)).not.toContain(secret);
  });
  it('stores the secret encrypted under KIZUNA_SECRET_KEY, verifies with it, and refuses events while another key cannot read it', async () => {
    const saved = process.env.KIZUNA_SECRET_KEY;
    try {
      process.env.KIZUNA_SECRET_KEY = 'billing-key-0123456789abcdef';
      const { ws, secret } = await connected(h());
      const [row] = await queryRows<{ signing_secret: string }>(h().database.db, sql`
        select signing_secret from billing_connections where workspace_id = ${ws.id}::uuid`);
      expect(row!.signing_secret).toMatch(/^kzenc:v1:/);
      expect(row!.signing_secret).not.toContain(secret.slice(6, 20));
      expect((await ws.admin.get('/api/v1/billing/stripe')).body).toMatchObject({ secretEnd: secret.slice(-4), secretUnreadable: false });
      const accountId = await accountWithBillingId(ws, 'cus_Sealed');
      expect((await deliver(h(), ws.id, secret, created('cus_Sealed'))).body.outcome).toBe('applied');

      process.env.KIZUNA_SECRET_KEY = 'another-key-0123456789abcdef';
      expect((await ws.admin.get('/api/v1/billing/stripe')).body).toMatchObject({ configured: true, secretEnd: null, secretUnreadable: true });
      const refused = await deliver(h(), ws.id, secret, created('cus_Sealed2'));
      expect(refused).toMatchObject({ status: 400, body: { code: 'billing.bad_signature', detail: expect.stringContaining('KIZUNA_SECRET_KEY') } });
      expect(await linesOf(ws, accountId)).toHaveLength(1);

      // Stored in the clear before a key was set: sealed at start (kizuna serve), still verifying.
      await h().database.db.execute(sql`update billing_connections set signing_secret = ${secret} where workspace_id = ${ws.id}::uuid`);
      expect(await h().database.db.transaction((tx) => sealStoredSecrets(tx, secretKeyFrom()!, ws.id))).toBe(1);
      expect((await ws.admin.get('/api/v1/billing/stripe')).body).toMatchObject({ secretEnd: secret.slice(-4), secretUnreadable: false });
    } finally {
      if (saved === undefined) delete process.env.KIZUNA_SECRET_KEY;
      else process.env.KIZUNA_SECRET_KEY = saved;
    }
  });
});

