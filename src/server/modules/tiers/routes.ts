/** /api/v1 touch model — thin: parse, authorise (by the route guard), call, present. */
import { z } from '@hono/zod-openapi';
import { newRouter } from '../../app-router.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { notFound } from '../../errors.js';
import type { Db } from '../../db/connect.js';
import { csvResponse } from '../metrics/csv.js';
import { clearTierOverride, setTierOverride } from './override-commands.js';
import { previewTiers } from './preview-tiers.js';
import {
  AccountTier, CreateTierInput, OverrideInput, PreviewTiersInput, ReorderTiersInput, ReportQuery, TierList, TierPreview, TierWrite,
  TouchReport, UpdateTierInput,
} from './schema.js';
import { createTier, deleteTier, reorderTiers, updateTier } from './tier-commands.js';
import { accountTier, ensureTouchModel, tierList } from './tier-queries.js';
import { touchReport, touchReportCsv } from './tier-report.js';

const tags = ['touch model'];
const Moved = z.object({ moved: z.number().int() }).openapi('TouchTiersMoved');

export function tierRoutes() {
  const app = newRouter();

  async function written(db: Db, workspaceId: string, id: string, moved: number) {
    const tier = (await tierList(db, workspaceId)).find((t) => t.id === id);
    if (!tier) throw notFound('touch_tier.not_found', id);
    return { tier, moved };
  }

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/touch-tiers', tags, summary: 'The touch tiers in the order they are tried, with their account counts (defaults on first read)',
    responses: { 200: jsonResponse(TierList, 'The tiers') },
  }), async (c) => {
    const ws = principalOf(c).workspaceId;
    await ensureTouchModel(c.var.deps.database.db, ws, c.var.deps.now());
    return c.json({ tiers: await tierList(c.var.deps.database.db, ws) }, 200);
  });

  app.openapi(guardedRoute('journey.configure', {
    method: 'post', path: '/touch-tiers', tags, summary: 'Add a tier; every account is placed again',
    request: { body: jsonBody(CreateTierInput) },
    responses: { 201: jsonResponse(TierWrite, 'The new tier and how many accounts moved') },
  }), async (c) => {
    const p = principalOf(c);
    const { id, moved } = await createTier(c.var.deps.database.db, p, c.req.valid('json'), c.var.deps.now());
    return c.json(await written(c.var.deps.database.db, p.workspaceId, id, moved), 201);
  });

  app.openapi(guardedRoute('journey.configure', {
    method: 'patch', path: '/touch-tiers/{id}', tags, summary: 'Edit a tier (name, rule, cadence, default); every account is placed again',
    request: { params: IdParam, body: jsonBody(UpdateTierInput) },
    responses: { 200: jsonResponse(TierWrite, 'The tier and how many accounts moved') },
  }), async (c) => {
    const p = principalOf(c);
    const { id, moved } = await updateTier(c.var.deps.database.db, p, c.req.valid('param').id, c.req.valid('json'), c.var.deps.now());
    return c.json(await written(c.var.deps.database.db, p.workspaceId, id, moved), 200);
  });

  app.openapi(guardedRoute('journey.configure', {
    method: 'delete', path: '/touch-tiers/{id}', tags, summary: 'Delete a tier other than the default; its overrides are cleared and its accounts placed again',
    request: { params: IdParam },
    responses: { 200: jsonResponse(Moved, 'How many accounts moved') },
  }), async (c) => c.json({ moved: await deleteTier(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.var.deps.now()) }, 200));

  app.openapi(guardedRoute('journey.configure', {
    method: 'put', path: '/touch-tiers/order', tags, summary: 'Set the order tiers are tried in',
    request: { body: jsonBody(ReorderTiersInput) },
    responses: { 200: jsonResponse(Moved, 'How many accounts moved') },
  }), async (c) => c.json({ moved: await reorderTiers(c.var.deps.database.db, principalOf(c), c.req.valid('json').ids, c.var.deps.now()) }, 200));

  app.openapi(guardedRoute('journey.configure', {
    method: 'post', path: '/touch-tiers/preview', tags, summary: 'What a draft of the tiers would do: accounts that would move, changing nothing',
    request: { body: jsonBody(PreviewTiersInput) },
    responses: { 200: jsonResponse(TierPreview, 'The accounts that would change tier') },
  }), async (c) => c.json(await previewTiers(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('json').tiers, c.var.deps.now()), 200));

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/accounts/{id}/tier', tags, summary: "An account's tier, where it comes from, its override and cadence",
    request: { params: IdParam },
    responses: { 200: jsonResponse(AccountTier, 'The tier') },
  }), async (c) => {
    const ws = principalOf(c).workspaceId;
    await ensureTouchModel(c.var.deps.database.db, ws, c.var.deps.now());
    return c.json(await accountTier(c.var.deps.database.db, ws, c.req.valid('param').id, c.var.deps.now()), 200);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'put', path: '/accounts/{id}/tier-override', tags, summary: 'Put an account in a tier over the rules, with a reason',
    request: { params: IdParam, body: jsonBody(OverrideInput) },
    responses: { 200: jsonResponse(AccountTier, 'The tier') },
  }), async (c) => {
    const p = principalOf(c);
    const id = c.req.valid('param').id;
    await setTierOverride(c.var.deps.database.db, p, id, c.req.valid('json'), c.var.deps.now());
    return c.json(await accountTier(c.var.deps.database.db, p.workspaceId, id, c.var.deps.now()), 200);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'delete', path: '/accounts/{id}/tier-override', tags, summary: 'Clear the override: the rules place the account again',
    request: { params: IdParam },
    responses: { 200: jsonResponse(AccountTier, 'The tier') },
  }), async (c) => {
    const p = principalOf(c);
    const id = c.req.valid('param').id;
    await clearTierOverride(c.var.deps.database.db, p, id, c.var.deps.now());
    return c.json(await accountTier(c.var.deps.database.db, p.workspaceId, id, c.var.deps.now()), 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/touch-model/report', tags, summary: 'Customers and ARR per tier and per CSM, and touches overdue against the cadence (format=csv&table=tiers|owners|overdue)',
    request: { query: ReportQuery },
    responses: { 200: { description: 'The report', content: { 'application/json': { schema: TouchReport }, 'text/csv': { schema: z.string() } } } },
  }), async (c) => {
    const ws = principalOf(c).workspaceId;
    const q = c.req.valid('query');
    await ensureTouchModel(c.var.deps.database.db, ws, c.var.deps.now());
    const report = await touchReport(c.var.deps.database.db, ws, c.var.deps.now());
    return q.format === 'csv' ? csvResponse(`touch-model-${q.table}-${report.today}.csv`, touchReportCsv(report, q.table)) : c.json(report, 200);
  });

  return app;
}
