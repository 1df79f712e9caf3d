/** /api/v1 success-plan goals — thin: parse, authorise (by the route guard), call, present. */
import { sql } from 'drizzle-orm';
import { z } from '@hono/zod-openapi';
import { newRouter } from '../../app-router.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { notFound } from '../../errors.js';
import type { Tx } from '../../db/connect.js';
import {
  CreateGoalInput, GoalDetail, GoalPortfolio, GoalPortfolioQuery, MeasurementInput, ReviewInput, SuccessPlan, UpdateGoalInput,
} from './schema.js';
import { findGoal, measurementsOf, selectGoals, selectReviews } from './goal-store.js';
import { createGoal, deleteGoal, recordMeasurement, reviewGoal, updateGoal } from './goal-commands.js';
import { loadSuccessPlan } from './load-success-plan.js';
import { dayOf, presentGoal, presentReview } from './present-goal.js';

const tags = ['success plans'];

async function goalDetail(tx: Tx, workspaceId: string, id: string, now: Date) {
  const goal = await findGoal(tx, workspaceId, id);
  if (!goal) throw notFound('goal.not_found', id);
  return {
    ...presentGoal(goal, dayOf(now)),
    measurements: await measurementsOf(tx, workspaceId, id),
    reviews: (await selectReviews(tx, workspaceId, { goalId: id })).map(presentReview),
  };
}

export function goalRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/accounts/{id}/success-plan', tags, summary: "An account's success plan: its goals and every review",
    request: { params: IdParam },
    responses: { 200: jsonResponse(SuccessPlan, 'The plan') },
  }), async (c) => c.json(await loadSuccessPlan(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('param').id, c.var.deps.now()), 200));

  app.openapi(guardedRoute('data.write', {
    method: 'post', path: '/accounts/{id}/goals', tags, summary: 'Add a goal to an account\'s success plan',
    request: { params: IdParam, body: jsonBody(CreateGoalInput) },
    responses: { 201: jsonResponse(GoalDetail, 'The new goal') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = await createGoal(db, p, c.req.valid('param').id, c.req.valid('json'), c.var.deps.now());
    return c.json(await goalDetail(db, p.workspaceId, id, c.var.deps.now()), 201);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/goals', tags, summary: 'Goals across accounts, optionally only overdue reviews, at risk or due soon',
    request: { query: GoalPortfolioQuery },
    responses: { 200: jsonResponse(GoalPortfolio, 'The goals and how many match each filter') },
  }), async (c) => {
    const { filter, ownerId } = c.req.valid('query');
    const today = dayOf(c.var.deps.now());
    const where = ownerId ? sql`g.owner_id = ${ownerId}::uuid` : sql`true`;
    const all = (await selectGoals(c.var.deps.database.db, principalOf(c).workspaceId, where)).map((g) => presentGoal(g, today));
    const counts = {
      all: all.length,
      overdueReview: all.filter((g) => g.flags.reviewOverdue).length,
      atRisk: all.filter((g) => g.flags.atRisk).length,
      dueSoon: all.filter((g) => g.flags.dueSoon).length,
    };
    const flag = filter === 'overdue_review' ? 'reviewOverdue' : filter === 'at_risk' ? 'atRisk' : filter === 'due_soon' ? 'dueSoon' : null;
    return c.json({ today, items: flag ? all.filter((g) => g.flags[flag]) : all, counts }, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/goals/{id}', tags, summary: 'One goal with its measurements and reviews',
    request: { params: IdParam },
    responses: { 200: jsonResponse(GoalDetail, 'The goal') },
  }), async (c) => c.json(await goalDetail(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('param').id, c.var.deps.now()), 200));

  app.openapi(guardedRoute('data.write', {
    method: 'patch', path: '/goals/{id}', tags, summary: 'Correct a goal (re-agreements go through a review)',
    request: { params: IdParam, body: jsonBody(UpdateGoalInput) },
    responses: { 200: jsonResponse(GoalDetail, 'The changed goal') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = await updateGoal(db, p, c.req.valid('param').id, c.req.valid('json'), c.var.deps.now());
    return c.json(await goalDetail(db, p.workspaceId, id, c.var.deps.now()), 200);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'delete', path: '/goals/{id}', tags, summary: 'Delete a goal with its measurements and reviews',
    request: { params: IdParam },
    responses: { 204: { description: 'Deleted' } },
  }), async (c) => {
    await deleteGoal(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.var.deps.now());
    return c.body(null, 204);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'post', path: '/goals/{id}/measurements', tags, summary: 'Enter a measured value by hand (one per day; the last wins)',
    request: { params: IdParam, body: jsonBody(MeasurementInput) },
    responses: { 200: jsonResponse(GoalDetail, 'The goal with the new value') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = c.req.valid('param').id;
    await recordMeasurement(db, p, id, c.req.valid('json'), c.var.deps.now());
    return c.json(await goalDetail(db, p.workspaceId, id, c.var.deps.now()), 200);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'post', path: '/goals/{id}/reviews', tags, summary: 'Review a goal with the customer: re-agree fields (before → after) with a reason',
    request: { params: IdParam, body: jsonBody(ReviewInput) },
    responses: { 201: jsonResponse(GoalDetail.extend({ reviewId: z.uuid() }), 'The goal as re-agreed') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = c.req.valid('param').id;
    const reviewId = await reviewGoal(db, p, id, c.req.valid('json'), c.var.deps.now());
    return c.json({ ...(await goalDetail(db, p.workspaceId, id, c.var.deps.now())), reviewId }, 201);
  });

  return app;
}
