/**
 * /api/v1/metrics/settings and /api/v1/metrics/exchange-rates. Reading needs `data.read`;
 * changing needs `workspace.admin`, like the base currency and fixed rates in PATCH /workspace,
 * since these choices change every revenue number of the workspace.
 */
import { newRouter } from '../../app-router.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { notFound } from '../../errors.js';
import type { Db } from '../../db/connect.js';
import {
  CreateExchangeRateInput, ExchangeRate, ExchangeRateList, MetricSettingsResponse, UpdateExchangeRateInput, UpdateMetricSettingsInput,
} from './schema.js';
import { changeExchangeRate, createExchangeRate, presentExchangeRate, removeExchangeRate, updateMetricSettings } from './settings-commands.js';
import { findExchangeRate, listExchangeRates, loadMetricSettings, loadWorkspaceCalendar } from './store.js';

const tags = ['metrics'];

export function metricSettingsRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/metrics/settings', tags, summary: 'The metric settings: churn recognition, reactivation gap, CAC, gross margin',
    responses: { 200: jsonResponse(MetricSettingsResponse, 'Settings') },
  }), async (c) => c.json(await presentSettings(c.var.deps.database.db, principalOf(c).workspaceId), 200));

  app.openapi(guardedRoute('workspace.admin', {
    method: 'patch', path: '/metrics/settings', tags, summary: 'Change the metric settings (every report follows at once)',
    request: { body: jsonBody(UpdateMetricSettingsInput) },
    responses: { 200: jsonResponse(MetricSettingsResponse, 'The settings now') },
  }), async (c) => {
    const p = principalOf(c);
    await updateMetricSettings(c.var.deps.database.db, p, c.req.valid('json'), c.var.deps.now());
    return c.json(await presentSettings(c.var.deps.database.db, p.workspaceId), 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/metrics/exchange-rates', tags, summary: 'Dated exchange rates, by currency and start date',
    responses: { 200: jsonResponse(ExchangeRateList, 'Rates') },
  }), async (c) => {
    const rows = await listExchangeRates(c.var.deps.database.db, principalOf(c).workspaceId);
    return c.json({ items: rows.map(presentExchangeRate) }, 200);
  });

  app.openapi(guardedRoute('workspace.admin', {
    method: 'post', path: '/metrics/exchange-rates', tags, summary: 'Add a rate in force from a date',
    request: { body: jsonBody(CreateExchangeRateInput) },
    responses: { 201: jsonResponse(ExchangeRate, 'The new rate') },
  }), async (c) => {
    const p = principalOf(c);
    const id = await createExchangeRate(c.var.deps.database.db, p, c.req.valid('json'), c.var.deps.now());
    return c.json(await presentRate(c.var.deps.database.db, p.workspaceId, id), 201);
  });

  app.openapi(guardedRoute('workspace.admin', {
    method: 'patch', path: '/metrics/exchange-rates/{id}', tags, summary: 'Change a rate or its start date',
    request: { params: IdParam, body: jsonBody(UpdateExchangeRateInput) },
    responses: { 200: jsonResponse(ExchangeRate, 'The rate') },
  }), async (c) => {
    const p = principalOf(c);
    const id = await changeExchangeRate(c.var.deps.database.db, p, c.req.valid('param').id, c.req.valid('json'), c.var.deps.now());
    return c.json(await presentRate(c.var.deps.database.db, p.workspaceId, id), 200);
  });

  app.openapi(guardedRoute('workspace.admin', {
    method: 'delete', path: '/metrics/exchange-rates/{id}', tags, summary: 'Remove a rate',
    request: { params: IdParam },
    responses: { 204: { description: 'Removed' } },
  }), async (c) => {
    await removeExchangeRate(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.var.deps.now());
    return c.body(null, 204);
  });

  return app;
}

async function presentSettings(db: Db, workspaceId: string) {
  const [settings, calendar] = await Promise.all([loadMetricSettings(db, workspaceId), loadWorkspaceCalendar(db, workspaceId)]);
  return { ...settings, baseCurrency: calendar.baseCurrency, fiscalYearStartMonth: calendar.fiscalYearStartMonth, fixedExchangeRates: calendar.fixedRates };
}

async function presentRate(db: Db, workspaceId: string, id: string) {
  const row = await findExchangeRate(db, workspaceId, id);
  if (!row) throw notFound('exchange_rate.not_found', id);
  return presentExchangeRate(row);
}
