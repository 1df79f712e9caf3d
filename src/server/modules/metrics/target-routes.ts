/**
 * /api/v1/metrics/targets and /api/v1/metrics/before-after. Targets are set with `data.write`
 * (CS leaders are managers, who do not administer the workspace); reading needs `data.read`.
 */
import { z } from '@hono/zod-openapi';
import { newRouter } from '../../app-router.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { addMonths } from '../../../domain/metrics/periods.js';
import { utcDateOf } from '../subscriptions/subscription-rules.js';
import { beforeAfterReport } from './before-after-report.js';
import { moneyCell, rateCell, toCsv, csvResponse } from './csv.js';
import { listTargetsWithActuals, presentTargetsWithExternal, putKpiTarget, removeKpiTarget } from './kpi-targets.js';
import { ledgersIn, loadMetricContext } from './metric-context.js';
import { BeforeAfterQuery, BeforeAfterReport, KpiTarget, KpiTargetList, PutKpiTargetInput, TargetsQuery } from './schema.js';

const tags = ['metrics'];

export function kpiTargetRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/metrics/targets', tags, summary: 'KPI targets with the actual of each period',
    request: { query: TargetsQuery },
    responses: { 200: { description: 'Targets by period', content: { 'application/json': { schema: KpiTargetList }, 'text/csv': { schema: z.string() } } } },
  }), async (c) => {
    const p = principalOf(c);
    const q = c.req.valid('query');
    const today = utcDateOf(c.var.deps.now());
    const to = q.to ?? addMonths(today, 12);
    const ctx = await loadMetricContext(c.var.deps.database.db, p.workspaceId);
    const items = await listTargetsWithActuals(c.var.deps.database.db, p.workspaceId, ctx, { from: q.from ?? addMonths(to, -24), to, interval: q.interval, kpi: q.kpi }, today);
    const currency = ctx.calendar.baseCurrency;
    if (q.format !== 'csv') return c.json({ currency, items }, 200);
    const cell = (unit: string, v: number | null) => (unit === 'amount' ? moneyCell(v, currency) : unit === 'count' ? v : rateCell(v));
    return csvResponse('kpi-targets.csv', toCsv(
      ['kpi', 'interval', 'period_start', 'period_end', 'complete', 'target', 'actual', 'difference', 'met', 'note', 'currency'],
      items.map((t) => [t.kpi, t.interval, t.periodStart, t.periodEnd, t.complete, cell(t.unit, t.target), cell(t.unit, t.actual), cell(t.unit, t.difference), t.met, t.note, currency]),
    ));
  });

  app.openapi(guardedRoute('data.write', {
    method: 'put', path: '/metrics/targets', tags, summary: 'Set the target of a KPI for a period (replaces the one set before)',
    request: { body: jsonBody(PutKpiTargetInput) },
    responses: { 200: jsonResponse(KpiTarget, 'The target with its actual') },
  }), async (c) => {
    const p = principalOf(c);
    const now = c.var.deps.now();
    const row = await putKpiTarget(c.var.deps.database.db, p, c.req.valid('json'), now);
    const ctx = await loadMetricContext(c.var.deps.database.db, p.workspaceId);
    const [shown] = await presentTargetsWithExternal(c.var.deps.database.db, p.workspaceId, ctx, [row], utcDateOf(now));
    return c.json(shown as z.infer<typeof KpiTarget>, 200);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'delete', path: '/metrics/targets/{id}', tags, summary: 'Remove a target',
    request: { params: IdParam },
    responses: { 204: { description: 'Removed' } },
  }), async (c) => {
    await removeKpiTarget(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.var.deps.now());
    return c.body(null, 204);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/metrics/before-after', tags, summary: 'A KPI over equal windows before and after the start of a CS initiative',
    request: { query: BeforeAfterQuery },
    responses: { 200: jsonResponse(BeforeAfterReport, 'The comparison') },
  }), async (c) => {
    const q = c.req.valid('query');
    const ctx = await loadMetricContext(c.var.deps.database.db, principalOf(c).workspaceId, q.segment);
    return c.json(beforeAfterReport(ctx, ledgersIn(ctx, q.segmentValue), q, utcDateOf(c.var.deps.now())), 200);
  });

  return app;
}
