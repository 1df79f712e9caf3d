/**
 * Drives the real Segment Node SDK (@segment/analytics-node) at a running Kizuna server: what
 * the SDK sends lands once, including when the server stored a batch but answered 500 (the
 * SDK resends it with the same messageIds) and when it answered 429 with Retry-After.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Analytics } from '@segment/analytics-node';
import { sql } from 'drizzle-orm';
import { afterEach, expect, it } from 'vitest';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase, type Harness } from '../../testing/harness.js';

type Fault = 'none' | 'store_then_500' | 'busy_429';

let server: ServerType | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

/** Serves the app on a free port; the first /v1/batch request meets `fault`. */
async function listen(h: Harness, fault: Fault): Promise<{ url: string; attempts: () => number }> {
  let attempts = 0;
  const fetch = async (request: Request) => {
    if (!new URL(request.url).pathname.startsWith('/v1/')) return h.app.fetch(request);
    attempts += 1;
    if (attempts === 1 && fault === 'busy_429') {
      return new Response('{"code":"ingest.busy"}', { status: 429, headers: { 'retry-after': '1' } });
    }
    const response = await h.app.fetch(request);
    if (attempts === 1 && fault === 'store_then_500') return new Response('lost', { status: 500 });
    return response;
  };
  const url = await new Promise<string>((resolve) => {
    server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(`http://127.0.0.1:${info.port}`));
  });
  return { url, attempts: () => attempts };
}

describeEachDatabase('Segment Node SDK against Kizuna', (h) => {
  for (const fault of ['none', 'store_then_500', 'busy_429'] as const) {
    it(`lands every event exactly once (${fault})`, async () => {
      const ws = await h().newWorkspace();
      const key = (await ws.admin.post('/api/v1/api-keys', { name: 'sdk', scope: 'ingest' })).body.key as string;
      const account = await ws.admin.post('/api/v1/accounts', { name: 'SDK株式会社', productId: 'org_1' });
      const { url, attempts } = await listen(h(), fault);
      const errors: unknown[] = [];
      const analytics = new Analytics({ writeKey: key, host: url, maxEventsInBatch: 50, flushInterval: 50, maxRetries: 3 });
      analytics.on('error', (error) => errors.push(error));

      analytics.group({ userId: 'user-1', groupId: 'org_1', traits: { name: 'SDK株式会社' } });
      analytics.identify({ userId: 'user-1', traits: { email: 'user1@example.test', name: '利用 一郎' } });
      for (let i = 0; i < 20; i += 1) {
        analytics.track({ userId: `user-${1 + (i % 3)}`, event: i % 2 ? 'Report Viewed' : 'Signed In', properties: { i }, context: { groupId: 'org_1' } });
      }
      await analytics.closeAndFlush({ timeout: 15_000 });

      expect(errors).toEqual([]);
      if (fault !== 'none') expect(attempts()).toBeGreaterThanOrEqual(2);
      const [stored] = await queryRows<{ events: number; tracked: number; matched: number }>(h().database.db, sql`
        select count(*)::int as events, (count(*) filter (where type = 'track'))::int as tracked,
               (count(*) filter (where account_id = ${account.body.id}::uuid))::int as matched
        from usage_events where workspace_id = ${ws.id}::uuid`);
      expect(stored).toEqual({ events: 22, tracked: 20, matched: 22 });
      const [rolled] = await queryRows<{ total: number; users: number }>(h().database.db, sql`
        select sum(events)::int as total, count(distinct user_id)::int as users
        from usage_user_days where workspace_id = ${ws.id}::uuid`);
      // 20 track calls by 3 users; identify and group are not usage.
      expect(rolled).toEqual({ total: 20, users: 3 });
      const [user] = await queryRows<{ group_id: string; email: string }>(h().database.db, sql`
        select group_id, email from usage_users where workspace_id = ${ws.id}::uuid and user_id = 'user-1'`);
      expect(user).toEqual({ group_id: 'org_1', email: 'user1@example.test' });
    }, 30_000);
  }
});
