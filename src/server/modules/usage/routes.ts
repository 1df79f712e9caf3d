/**
 * /api/v1/usage — the unmatched-events view (and attaching them now), and an account's usage
 * page. Ingestion itself is the Segment-compatible API in segment-routes.ts.
 */
import { z } from '@hono/zod-openapi';
import { newRouter } from '../../app-router.js';
import { guardedRoute, IdParam, jsonResponse, principalOf } from '../../http/route.js';
import { attachUnmatched } from './attach-unmatched.js';
import { getAccountUsage, listUnmatched } from './usage-report.js';

const tags = ['usage'];

const UsageQuery = z.object({
  days: z.coerce.number().int().min(7).max(366).default(90).openapi({ description: 'window length in days, ending today' }),
});

const AccountUsage = z.object({
  from: z.string(), to: z.string(), seats: z.number().int().nullable(), activeUsers: z.number().int(),
  activeUserRatio: z.number().nullable(), events: z.number().int(), usageSeconds: z.number().int(),
  featureBreadth: z.number().int(),
  daily: z.array(z.object({ day: z.string(), events: z.number().int(), activeUsers: z.number().int(), usageSeconds: z.number().int() })),
  features: z.array(z.object({ event: z.string(), count: z.number().int(), lastUsedOn: z.string() })),
  topUsers: z.array(z.object({
    userId: z.string(), name: z.string().nullable(), email: z.string().nullable(), contactId: z.string().nullable(),
    events: z.number().int(), activeDays: z.number().int(), lastSeenOn: z.string(),
  })),
}).openapi('AccountUsage');

const UnmatchedList = z.object({
  items: z.array(z.object({
    groupId: z.string().nullable(), userId: z.string().nullable(), events: z.number().int(), firstAt: z.string(), lastAt: z.string(),
  })),
  total: z.number().int(),
}).openapi('UnmatchedUsage');

export function usageRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/accounts/{id}/usage', tags,
    summary: "An account's product usage: active users vs seats, activity per day, features used, top users",
    request: { params: IdParam, query: UsageQuery },
    responses: { 200: jsonResponse(AccountUsage, 'Usage over the window') },
  }), async (c) => {
    const today = c.var.deps.now().toISOString().slice(0, 10);
    const usage = await getAccountUsage(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('param').id, {
      today, days: c.req.valid('query').days,
    });
    return c.json(usage, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/usage/unmatched', tags,
    summary: 'Events kept for groups (or users) no account matches yet, grouped by group id',
    responses: { 200: jsonResponse(UnmatchedList, 'Waiting events') },
  }), async (c) => c.json(await listUnmatched(c.var.deps.database.db, principalOf(c).workspaceId, 200), 200));

  app.openapi(guardedRoute('data.write', {
    method: 'post', path: '/usage/unmatched/attach', tags,
    summary: 'Attach waiting events to accounts that now match their group id (also done automatically)',
    responses: { 200: jsonResponse(z.object({ attached: z.number().int() }), 'How many events were attached') },
  }), async (c) => {
    const workspaceId = principalOf(c).workspaceId;
    const attached = await c.var.deps.database.db.transaction((tx) => attachUnmatched(tx, workspaceId));
    c.var.deps.health?.poke();
    return c.json({ attached }, 200);
  });
  return app;
}
