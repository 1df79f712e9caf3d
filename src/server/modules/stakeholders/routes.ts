/** /api/v1/accounts/{id}/stakeholders and /api/v1/stakeholders/coverage — read only; stakeholders are edited through /contacts. */
import { newRouter } from '../../app-router.js';
import { guardedRoute, IdParam, jsonResponse, principalOf } from '../../http/route.js';
import { CoverageQuery, PortfolioCoverage, StakeholderMap } from './schema.js';
import { getStakeholderMap } from './get-stakeholder-map.js';
import { getPortfolioCoverage } from './get-portfolio-coverage.js';

const tags = ['stakeholders'];

export function stakeholderRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/accounts/{id}/stakeholders', tags,
    summary: "An account's stakeholder map: people by level with agreed cadence, last contact and overdue flags, and coverage",
    request: { params: IdParam },
    responses: { 200: jsonResponse(StakeholderMap, 'The stakeholder map') },
  }), async (c) => {
    const map = await getStakeholderMap(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('param').id, c.var.deps.now());
    return c.json(map, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/stakeholders/coverage', tags,
    summary: 'Stakeholder coverage across accounts: without an executive sponsor, without a champion, overdue; per owner; with ARR',
    request: { query: CoverageQuery },
    responses: { 200: jsonResponse(PortfolioCoverage, 'The coverage report') },
  }), async (c) => {
    const report = await getPortfolioCoverage(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('query').scope, c.var.deps.now());
    return c.json(report, 200);
  });

  return app;
}
