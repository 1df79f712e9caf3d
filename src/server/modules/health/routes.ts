/**
 * /api/v1/health — scorecards (list, create, edit with a new version, delete, versions,
 * preview before saving), an account's health, history and CSM sentiments, the portfolio's
 * band distribution over time, a full recompute, the backtest, and workspace health settings.
 */
import { z } from '@hono/zod-openapi';
import { newRouter } from '../../app-router.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { notFound } from '../../errors.js';
import { addSentiment, getAccountHealth, getDistribution, getHealthHistory, listSentiments } from './account-health.js';
import { previewScorecard } from './preview-scorecard.js';
import { recomputeAllHealth } from './recompute-all.js';
import { runBacktest } from './run-backtest.js';
import { countScoredByScorecard, createScorecard, deleteScorecard, updateScorecard } from './scorecard-commands.js';
import { ensureScorecards, listVersions } from './scorecard-store.js';
import {
  AccountHealth, Distribution, DistributionQuery, HealthHistory, HistoryQuery, PreviewResult, RecomputeResult, Scorecard,
  ScorecardDefinition, ScorecardInput, ScorecardRule, ScorecardUpdate, ScorecardVersion, Sentiment, SentimentInput,
} from './schema.js';
import { Backtest, BacktestInput } from './backtest-schema.js';
import { healthSettingsRoutes } from './settings-routes.js';

const tags = ['health'];
const todayOf = (now: Date) => now.toISOString().slice(0, 10);

export function healthRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/health/scorecards', tags, summary: 'Scorecards in rule order (the default last), with how many accounts each scores',
    responses: { 200: jsonResponse(z.object({ items: z.array(Scorecard) }), 'Scorecards') },
  }), async (c) => {
    const { workspaceId } = principalOf(c);
    const db = c.var.deps.database.db;
    const cards = await db.transaction((tx) => ensureScorecards(tx, workspaceId, c.var.deps.now()));
    const counts = await countScoredByScorecard(db, workspaceId);
    return c.json({
      items: cards.map((s) => ({
        id: s.id, name: s.name, position: s.position, isDefault: s.isDefault, rule: s.rule, version: s.version,
        definition: s.definition as z.infer<typeof ScorecardDefinition>, updatedAt: s.updatedAt.toISOString(), accounts: counts.get(s.id) ?? 0,
      })),
    }, 200);
  });

  app.openapi(guardedRoute('health.configure', {
    method: 'post', path: '/health/scorecards', tags, summary: 'Create a scorecard for the accounts its rule matches (scores are recomputed)',
    request: { body: jsonBody(ScorecardInput) },
    responses: { 201: jsonResponse(z.object({ id: z.uuid() }), 'Created') },
  }), async (c) => {
    const id = await createScorecard(c.var.deps.database.db, principalOf(c), c.req.valid('json'), c.var.deps.now());
    return c.json({ id }, 201);
  });

  app.openapi(guardedRoute('health.configure', {
    method: 'patch', path: '/health/scorecards/{id}', tags,
    summary: 'Change a scorecard: a new definition becomes a new version; scores are recomputed',
    request: { params: IdParam, body: jsonBody(ScorecardUpdate) },
    responses: { 200: jsonResponse(z.object({ id: z.uuid() }), 'Saved') },
  }), async (c) => {
    const { id } = c.req.valid('param');
    await updateScorecard(c.var.deps.database.db, principalOf(c), id, c.req.valid('json'), c.var.deps.now());
    return c.json({ id }, 200);
  });

  app.openapi(guardedRoute('health.configure', {
    method: 'delete', path: '/health/scorecards/{id}', tags, summary: 'Delete a scorecard (not the default); its accounts fall to the next rule',
    request: { params: IdParam },
    responses: { 204: { description: 'Deleted' } },
  }), async (c) => {
    await deleteScorecard(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.var.deps.now());
    return c.body(null, 204);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/health/scorecards/{id}/versions', tags, summary: 'Every saved version of a scorecard, newest first',
    request: { params: IdParam },
    responses: { 200: jsonResponse(z.object({ items: z.array(ScorecardVersion) }), 'Versions') },
  }), async (c) => {
    const rows = await listVersions(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('param').id);
    if (rows.length === 0) throw notFound('scorecard.not_found', c.req.valid('param').id);
    return c.json({
      items: rows.map((r) => ({
        version: r.version, definition: r.definition as z.infer<typeof ScorecardDefinition>, note: r.note,
        createdBy: r.createdBy, createdAt: r.createdAt.toISOString(),
      })),
    }, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'post', path: '/health/preview', tags,
    summary: 'Before saving: how many accounts a draft scorecard would move to another band, and which',
    request: { body: jsonBody(z.object({ scorecardId: z.uuid().optional(), rule: ScorecardRule.default({ conditions: [] }), definition: ScorecardDefinition })) },
    responses: { 200: jsonResponse(PreviewResult, 'Band changes') },
  }), async (c) => {
    const { workspaceId } = principalOf(c);
    const input = c.req.valid('json');
    if (input.scorecardId) {
      const cards = await ensureScorecards(c.var.deps.database.db, workspaceId, c.var.deps.now());
      if (!cards.some((s) => s.id === input.scorecardId)) throw notFound('scorecard.not_found', input.scorecardId);
    }
    return c.json(await previewScorecard(c.var.deps.database.db, workspaceId, input, c.var.deps.now()), 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/accounts/{id}/health', tags, summary: "An account's score, band, trend and what pulls it down",
    request: { params: IdParam },
    responses: { 200: jsonResponse(AccountHealth.nullable(), 'Current health (null until first scored)') },
  }), async (c) => c.json(await getAccountHealth(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('param').id, c.var.deps.now()), 200));

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/accounts/{id}/health/history', tags, summary: "An account's daily score history",
    request: { params: IdParam, query: HistoryQuery },
    responses: { 200: jsonResponse(HealthHistory, 'History') },
  }), async (c) => c.json(await getHealthHistory(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('param').id, {
    days: c.req.valid('query').days, today: todayOf(c.var.deps.now()),
  }), 200));

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/accounts/{id}/sentiments', tags, summary: 'CSM sentiments of an account, newest first',
    request: { params: IdParam },
    responses: { 200: jsonResponse(z.object({ items: z.array(Sentiment) }), 'Sentiments') },
  }), async (c) => c.json({ items: await listSentiments(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('param').id) }, 200));

  app.openapi(guardedRoute('data.write', {
    method: 'post', path: '/accounts/{id}/sentiments', tags, summary: "Record the CSM's sentiment (1–5) with a reason; the score updates within a second",
    request: { params: IdParam, body: jsonBody(SentimentInput) },
    responses: { 201: jsonResponse(z.object({ id: z.uuid() }), 'Recorded') },
  }), async (c) => {
    const id = await addSentiment(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.req.valid('json'), c.var.deps.now());
    c.var.deps.health?.poke();
    return c.json({ id }, 201);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/health/distribution', tags, summary: 'Accounts per band for each day, and now',
    request: { query: DistributionQuery },
    responses: { 200: jsonResponse(Distribution, 'Distribution') },
  }), async (c) => c.json(await getDistribution(c.var.deps.database.db, principalOf(c).workspaceId, {
    days: c.req.valid('query').days, today: todayOf(c.var.deps.now()),
  }), 200));

  app.openapi(guardedRoute('health.configure', {
    method: 'post', path: '/health/recompute', tags, summary: 'Recompute every account now (also runs nightly)',
    responses: { 200: jsonResponse(RecomputeResult, 'Done') },
  }), async (c) => {
    const started = Date.now();
    const { accounts } = await recomputeAllHealth(c.var.deps.database.db, principalOf(c).workspaceId, { now: c.var.deps.now() });
    return c.json({ accounts, tookMs: Date.now() - started }, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'post', path: '/health/backtest', tags,
    summary: 'Score every account as it stood on a past day and compare with what happened over the horizon; fit suggested weights',
    request: { body: jsonBody(BacktestInput) },
    responses: { 200: jsonResponse(Backtest, 'Backtest') },
  }), async (c) => c.json(await runBacktest(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('json'), c.var.deps.now()) as never, 200));

  app.route('/', healthSettingsRoutes());
  return app;
}
