/** /api/v1/executive/summary — one page for leadership, read with `data.read`. Thin: parse, compose, present. */
import { newRouter } from '../../app-router.js';
import { guardedRoute, jsonResponse, principalOf } from '../../http/route.js';
import { utcDateOf } from '../subscriptions/subscription-rules.js';
import { composeExecutiveSummary } from './compose-summary.js';
import { ExecutiveQuery, ExecutiveSummary } from './schema.js';

const tags = ['executive'];

export function executiveRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/executive/summary', tags,
    summary: 'NRR, GRR, revenue churn and retention against targets and benchmarks, health, maturity and what changed — in one read',
    request: { query: ExecutiveQuery },
    responses: { 200: jsonResponse(ExecutiveSummary, 'The executive summary') },
  }), async (c) => {
    const summary = await composeExecutiveSummary(c.var.deps.database.db, principalOf(c).workspaceId, {
      month: c.req.valid('query').month, today: utcDateOf(c.var.deps.now()),
    });
    return c.json(summary, 200);
  });

  return app;
}
