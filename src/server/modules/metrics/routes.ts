/**
 * /api/v1/metrics — the revenue reports, read with `data.read`. Thin: parse, load the
 * context (one query for the history), call the pure engine, present as JSON or CSV.
 * Settings, exchange rates and KPI targets are in settings-routes.ts and target-routes.ts.
 */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { newRouter } from '../../app-router.js';
import type { AppEnv } from '../../http/env.js';
import { guardedRoute, jsonResponse, principalOf } from '../../http/route.js';
import { metricDefinitions } from '../../../domain/metrics/definitions.js';
import { utcDateOf } from '../subscriptions/subscription-rules.js';
import { acvCsv, benchmarksCsv, cohortsCsv, movementsCsv, payingAccountsCsv, renewalsCsv, summaryCsv } from './csv-tables.js';
import { csvResponse } from './csv.js';
import { movementList, parseMovementTypes, payingAccountList, renewalList } from './drill-down-reports.js';
import { ledgersIn, loadMetricContext } from './metric-context.js';
import { acvReport, benchmarkReport, cohortReport } from './portfolio-reports.js';
import {
  AcvReport, BenchmarkReport, CohortReport, Dashboard, DefinitionList, MetricsSummary, MovementList, PayingAccountList, RenewalList,
} from './report-schema.js';
import { resolveRange, resolveWindow } from './resolve-range.js';
import { DateQuery, MovementsQuery, RangeQuery, WindowQuery } from './schema.js';
import { buildSummary } from './summary-report.js';
import { loadMetricSettings, loadWorkspaceCalendar } from './store.js';
import { metricSettingsRoutes } from './settings-routes.js';
import { kpiTargetRoutes } from './target-routes.js';

const tags = ['metrics'];
const jsonOrCsv = <T extends z.ZodType>(schema: T, description: string) => ({
  description, content: { 'application/json': { schema }, 'text/csv': { schema: z.string() } },
});
const today = (c: Context<AppEnv>) => utcDateOf(c.var.deps.now());
const contextOf = (c: Context<AppEnv>, segment?: string) => loadMetricContext(c.var.deps.database.db, principalOf(c).workspaceId, segment);

export function metricRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/metrics/summary', tags, summary: 'Every metric per period, in total and per segment value',
    request: { query: RangeQuery },
    responses: { 200: jsonOrCsv(MetricsSummary, 'Metrics per period') },
  }), async (c) => {
    const q = c.req.valid('query');
    const ctx = await contextOf(c, q.segment);
    const summary = buildSummary(ctx, resolveRange(q, today(c), q.fiscalYearStartMonth ?? ctx.calendar.fiscalYearStartMonth));
    return q.format === 'csv' ? csvResponse(`metrics-summary-${summary.from}-${summary.to}.csv`, summaryCsv(summary)) : c.json(summary, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/metrics/dashboard', tags, summary: 'The revenue dashboard in one payload: summary, cohorts, ACV and benchmarks',
    request: { query: RangeQuery.omit({ format: true }) },
    responses: { 200: jsonResponse(Dashboard, 'The dashboard') },
  }), async (c) => {
    const q = c.req.valid('query');
    const ctx = await contextOf(c, q.segment);
    const range = resolveRange(q, today(c), q.fiscalYearStartMonth ?? ctx.calendar.fiscalYearStartMonth);
    return c.json({
      summary: buildSummary(ctx, range),
      cohorts: cohortReport(ctx, ctx.ledgers, range.from, range.to),
      acv: acvReport(ctx, ctx.ledgers, range.to),
      benchmarks: benchmarkReport(ctx, ctx.ledgers, range.to),
    }, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/metrics/movements', tags, summary: 'The movements behind a number: new, expansion, contraction, churn, reactivation',
    request: { query: MovementsQuery },
    responses: { 200: jsonOrCsv(MovementList, 'Movements by date') },
  }), async (c) => {
    const q = c.req.valid('query');
    const types = parseMovementTypes(q.type);
    const ctx = await contextOf(c, q.segment);
    const list = await movementList(c.var.deps.database.db, principalOf(c).workspaceId, ctx, { ...resolveWindow(q, today(c)), types, segmentValue: q.segmentValue });
    return q.format === 'csv' ? csvResponse(`mrr-movements-${list.from}-${list.to}.csv`, movementsCsv(list)) : c.json(list, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/metrics/accounts', tags, summary: 'The accounts paying at the close of a day, with their MRR and ACV',
    request: { query: DateQuery },
    responses: { 200: jsonOrCsv(PayingAccountList, 'Paying accounts, largest first') },
  }), async (c) => {
    const q = c.req.valid('query');
    const ctx = await contextOf(c, q.segment);
    const list = await payingAccountList(c.var.deps.database.db, principalOf(c).workspaceId, ctx, { on: q.on ?? today(c), segmentValue: q.segmentValue });
    return q.format === 'csv' ? csvResponse(`paying-accounts-${list.on}.csv`, payingAccountsCsv(list)) : c.json(list, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/metrics/renewals', tags, summary: 'Paid terms that reached their end, renewed or not',
    request: { query: WindowQuery },
    responses: { 200: jsonOrCsv(RenewalList, 'Terms by end date') },
  }), async (c) => {
    const q = c.req.valid('query');
    const ctx = await contextOf(c, q.segment);
    const list = await renewalList(c.var.deps.database.db, principalOf(c).workspaceId, ctx, { ...resolveWindow(q, today(c)), segmentValue: q.segmentValue });
    return q.format === 'csv' ? csvResponse(`renewals-${list.from}-${list.to}.csv`, renewalsCsv(list)) : c.json(list, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/metrics/cohorts', tags, summary: 'Cohort retention heatmap by first paying month, by logo and MRR-weighted',
    request: { query: WindowQuery },
    responses: { 200: jsonOrCsv(CohortReport, 'Cohorts') },
  }), async (c) => {
    const q = c.req.valid('query');
    const ctx = await contextOf(c, q.segment);
    const { from, to } = resolveWindow(q, today(c), 12);
    const report = cohortReport(ctx, ledgersIn(ctx, q.segmentValue), from, to);
    return q.format === 'csv' ? csvResponse(`cohorts-${from}-${to}.csv`, cohortsCsv(report)) : c.json(report, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/metrics/acv', tags, summary: 'ACV distribution of paying accounts in the published bands',
    request: { query: DateQuery },
    responses: { 200: jsonOrCsv(AcvReport, 'ACV distribution') },
  }), async (c) => {
    const q = c.req.valid('query');
    const ctx = await contextOf(c, q.segment);
    const report = acvReport(ctx, ledgersIn(ctx, q.segmentValue), q.on ?? today(c));
    return q.format === 'csv' ? csvResponse(`acv-${report.on}.csv`, acvCsv(report)) : c.json(report, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/metrics/benchmarks', tags, summary: 'The workspace on published benchmarks (revenue churn, NRR, ACV …), with source and year',
    request: { query: DateQuery },
    responses: { 200: jsonOrCsv(BenchmarkReport, 'Placements') },
  }), async (c) => {
    const q = c.req.valid('query');
    const ctx = await contextOf(c, q.segment);
    const report = benchmarkReport(ctx, ledgersIn(ctx, q.segmentValue), q.on ?? today(c));
    return q.format === 'csv' ? csvResponse(`benchmarks-${report.on}.csv`, benchmarksCsv(report)) : c.json(report, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/metrics/definitions', tags, summary: 'Each metric\'s definition (ja/en) and the contested choices in force',
    responses: { 200: jsonResponse(DefinitionList, 'Definitions') },
  }), async (c) => {
    const { db } = c.var.deps.database;
    const ws = principalOf(c).workspaceId;
    const [settings, calendar] = await Promise.all([loadMetricSettings(db, ws), loadWorkspaceCalendar(db, ws)]);
    return c.json(metricDefinitions({ settings, baseCurrency: calendar.baseCurrency, fiscalYearStartMonth: calendar.fiscalYearStartMonth }), 200);
  });

  app.route('/', metricSettingsRoutes());
  app.route('/', kpiTargetRoutes());
  return app;
}
