/** /api/v1/today — "follow today": one member's customer accounts ranked, each with its reasons. */
import { and, eq } from 'drizzle-orm';
import { z } from '@hono/zod-openapi';
import { newRouter } from '../../app-router.js';
import { guardedRoute, principalOf } from '../../http/route.js';
import { AppError, notFound } from '../../errors.js';
import { members, users, workspaces } from '../../db/schema/index.js';
import { rankAccounts } from '../../../domain/today/rank-accounts.js';
import { TodayList, TodayQuery } from './schema.js';
import { csvResponse } from '../metrics/csv.js';
import { todayCsv } from '../tasks/task-csv.js';
import { accountOwners, loadTodayFacts, memberTaskCounts } from './today-store.js';

const tags = ['tasks'];

export function todayRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/today', tags,
    summary: 'Follow today: a member\'s customer accounts ranked by risk × ARR × renewal proximity plus late work, each with its reasons',
    request: { query: TodayQuery },
    responses: { 200: { description: 'The ranked accounts (formula: domain/today/rank-accounts.ts); format=csv: the ranking as CSV', content: { 'application/json': { schema: TodayList }, 'text/csv': { schema: z.string() } } } },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const { member, format } = c.req.valid('query');
    const today = c.var.deps.now().toISOString().slice(0, 10);
    const memberId = member === 'me' ? p.userId : member;
    if (!memberId) throw new AppError('request.invalid', { fields: [{ path: 'member', message: 'an API key is no member: pass a member id' }] });
    const [who] = await db.select({ userId: members.userId, name: users.name }).from(members)
      .innerJoin(users, eq(users.id, members.userId))
      .where(and(eq(members.workspaceId, p.workspaceId), eq(members.userId, memberId))).limit(1);
    if (!who) throw notFound('member.not_found', memberId);
    const [ws] = await db.select({ currency: workspaces.baseCurrency }).from(workspaces).where(eq(workspaces.id, p.workspaceId)).limit(1);
    const facts = await loadTodayFacts(db, p.workspaceId, memberId, today);
    const byId = new Map(facts.map((f) => [f.accountId, f]));
    const items = rankAccounts(facts, today).map((r) => {
      const f = byId.get(r.accountId)!;
      return {
        ...r, healthBand: f.healthBand, healthScore: f.healthScore, arr: f.arr, renewalDate: f.renewalDate, phase: f.phase, touchTier: f.touchTier,
      };
    });
    const list = {
      today, member: who, currency: ws?.currency ?? 'JPY', items,
      members: await accountOwners(db, p.workspaceId),
      tasks: await memberTaskCounts(db, p.workspaceId, memberId, today),
    };
    if (format === 'csv') return csvResponse(`follow-today-${today}.csv`, todayCsv(list));
    return c.json(list, 200);
  });

  return app;
}
