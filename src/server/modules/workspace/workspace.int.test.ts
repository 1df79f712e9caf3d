import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/harness.js';

describeEachDatabase('workspace settings', (h) => {
  it('re-converts account MRR when an exchange rate changes', async () => {
    const ws = await h().newWorkspace();
    expect((await ws.admin.patch('/api/v1/workspace', { exchangeRates: { USD: 150 } })).status).toBe(204);
    const { body: account } = await ws.admin.post('/api/v1/accounts', { name: 'Acme Inc.' });
    const sub = await ws.admin.post('/api/v1/subscriptions', {
      accountId: account.id, plan: 'Pro', quantity: 2, unitPrice: 10_000, currency: 'USD', billingInterval: 'month',
      intervalCount: 1, discountPercent: 0, status: 'active', startedOn: '2026-01-01',
    });
    expect(sub.status).toBe(201);
    // 2 seats × $100.00 = $200 a month; at ¥150/$ that is ¥30,000, then ¥32,000 at ¥160/$.
    expect((await ws.admin.get(`/api/v1/accounts/${account.id}`)).body.mrr).toBe(30_000);
    await ws.admin.patch('/api/v1/workspace', { exchangeRates: { USD: 160 } });
    expect((await ws.admin.get(`/api/v1/accounts/${account.id}`)).body.mrr).toBe(32_000);
  });

  it('lets only admins change settings', async () => {
    const ws = await h().newWorkspace();
    const manager = await ws.as('manager');
    expect((await manager.get('/api/v1/workspace')).status).toBe(200);
    expect((await manager.patch('/api/v1/workspace', { name: 'x' })).status).toBe(403);
  });
});
