import { expect, it } from 'vitest';
import { describeEachDatabase, type Harness, type TestWorkspace } from '../../testing/harness.js';

const DAY = 86_400_000;

async function planWithGoal(ws: TestWorkspace) {
  const { body: account } = await ws.admin.post('/api/v1/accounts', { name: '株式会社共有テスト' });
  const { body: contact } = await ws.admin.post('/api/v1/contacts', { accountId: account.id, name: '佐藤 課長' });
  const { body: goal } = await ws.admin.post(`/api/v1/accounts/${account.id}/goals`, {
    title: '問い合わせ対応の自動化率', metric: '自動化率', unit: '%', baseline: 10, target: 60, current: 35,
    customerOwnerContactId: contact.id, ownerId: ws.admin.userId,
  });
  await ws.admin.post(`/api/v1/goals/${goal.id}/reviews`, { reason: '対象チャネルを追加', changes: { target: 60, ownerId: ws.admin.userId } });
  return account.id as string;
}

/** The public page's API, called without any session or key. */
async function open(h: Harness, token: string) {
  const res = await h.app.request(`/api/v1/public/success-plans/${encodeURIComponent(token)}`);
  return { status: res.status, headers: res.headers, body: await res.json() };
}

describeEachDatabase('success-plan share links', (h) => {
  it('creates an unguessable link shown once, storing only its hash, and opens it without signing in', async () => {
    const ws = await h().newWorkspace('ベンダー株式会社');
    const accountId = await planWithGoal(ws);
    const created = await ws.admin.post(`/api/v1/accounts/${accountId}/success-plan/shares`, { locale: 'en' });
    expect(created.status).toBe(201);
    const token = created.body.token as string;
    // kzp_ + workspace id as 32 hex + _ + 32 random bytes in base64url (43 characters)
    expect(token).toMatch(new RegExp(`^kzp_${ws.id.replaceAll('-', '')}_[A-Za-z0-9_-]{43}$`));
    expect(created.body).toMatchObject({ path: `/p/${token}`, locale: 'en', state: 'active', openCount: 0, createdByName: '管理 太郎' });
    const list = await ws.admin.get(`/api/v1/accounts/${accountId}/success-plan/shares`);
    expect(JSON.stringify(list.body)).not.toContain(token.slice(-43));
    const { rows } = await h().database.db.execute(`select token_hash from success_plan_shares where id = '${created.body.id}'`) as unknown as { rows: { token_hash: string }[] };
    expect(rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);

    const first = await open(h(), token);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ locale: 'en', vendorName: 'ベンダー株式会社', accountName: '株式会社共有テスト' });
    expect(first.body.goals).toEqual([expect.objectContaining({
      title: '問い合わせ対応の自動化率', current: 35, progress: 50, progressDisplay: 50, customerOwnerName: '佐藤 課長', ownerName: '管理 太郎',
    })]);
    // internal ids stay out of the public page
    expect(first.body.reviews).toEqual([{ goalTitle: '問い合わせ対応の自動化率', reviewedOn: expect.any(String), reason: '対象チャネルを追加', changes: {} }]);
    expect(JSON.stringify(first.body)).not.toContain(accountId);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.headers.get('x-robots-tag')).toContain('noindex');
    expect(first.headers.get('referrer-policy')).toBe('no-referrer');
    await open(h(), token);
    const counted = await ws.admin.get(`/api/v1/accounts/${accountId}/success-plan/shares`);
    expect(counted.body.items[0]).toMatchObject({ openCount: 2, lastOpenedAt: expect.any(String) });
  });

  it('answers unknown, malformed, revoked and expired links alike: 404 with the same body and headers', async () => {
    const ws = await h().newWorkspace();
    const accountId = await planWithGoal(ws);
    const revoked = (await ws.admin.post(`/api/v1/accounts/${accountId}/success-plan/shares`, { locale: 'ja' })).body;
    const expiring = (await ws.admin.post(`/api/v1/accounts/${accountId}/success-plan/shares`, { locale: 'ja', expiresInDays: 7 })).body;
    expect((await open(h(), revoked.token)).status).toBe(200);
    const revoke = await ws.admin.post(`/api/v1/success-plan/shares/${revoked.id}/revoke`);
    expect(revoke.body).toMatchObject({ state: 'revoked', revokedAt: expect.any(String) });
    expect((await open(h(), expiring.token)).status).toBe(200);

    const realNow = h().deps.now;
    h().deps.now = () => new Date(Date.now() + 8 * DAY);
    try {
      const unknown = `kzp_${ws.id.replaceAll('-', '')}_${'A'.repeat(43)}`;
      const answers = await Promise.all([unknown, 'kzp_nonsense', revoked.token, expiring.token].map((t) => open(h(), t)));
      for (const answer of answers) {
        expect(answer.status).toBe(404);
        expect(answer.body).toEqual(answers[0]?.body);
        expect(answer.headers.get('cache-control')).toBe('no-store');
        expect(answer.headers.get('x-robots-tag')).toContain('noindex');
      }
      expect(answers[0]?.body).toMatchObject({ code: 'share.not_found', detail: 'This link is not valid.' });
      const shares = await ws.admin.get(`/api/v1/accounts/${accountId}/success-plan/shares`);
      expect(shares.body.items.map((s: { state: string }) => s.state)).toEqual(['expired', 'revoked']);
    } finally {
      h().deps.now = realNow;
    }
    const audit = await ws.admin.get('/api/v1/audit');
    expect(audit.body.items.filter((e: { entity: string }) => e.entity === 'success_plan_share').map((e: { action: string }) => e.action))
      .toEqual(['revoke', 'create', 'create']);
  });

  it("lets only writers share or revoke, and hides another workspace's shares", async () => {
    const ws = await h().newWorkspace();
    const accountId = await planWithGoal(ws);
    const { body: share } = await ws.admin.post(`/api/v1/accounts/${accountId}/success-plan/shares`, { locale: 'ja' });
    const viewer = await ws.as('viewer');
    expect((await viewer.get(`/api/v1/accounts/${accountId}/success-plan/shares`)).status).toBe(200);
    expect((await viewer.post(`/api/v1/accounts/${accountId}/success-plan/shares`, { locale: 'ja' })).status).toBe(403);
    expect((await viewer.post(`/api/v1/success-plan/shares/${share.id}/revoke`)).status).toBe(403);
    const other = await h().newWorkspace();
    expect((await other.admin.get(`/api/v1/accounts/${accountId}/success-plan/shares`)).status).toBe(404);
    expect((await other.admin.post(`/api/v1/success-plan/shares/${share.id}/revoke`)).status).toBe(404);
    expect((await open(h(), share.token)).status).toBe(200);
    const bad = await ws.admin.post(`/api/v1/accounts/${accountId}/success-plan/shares`, { locale: 'fr', expiresInDays: 0 });
    expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['expiresInDays', 'locale']);
  });
});
