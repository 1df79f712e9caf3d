/** /api/v1 VOC candidates (the inbox of unlinked customer words) and VOC settings. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env.js';
import { guardedRoute, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { dismissCandidate, restoreCandidate, selectCandidates } from './candidate-store.js';
import { CandidateQuery, CandidateRef, VocCandidate, VocSettings, VocSettingsInput } from './schema.js';
import { loadVocSettings, saveVocSettings } from './settings-commands.js';

const tags = ['voc'];
const DAY_MS = 86_400_000;

export function registerVocInboxRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/voc/candidates', tags, summary: 'Recent free-text survey answers and notes no VOC item cites yet',
    request: { query: CandidateQuery },
    responses: { 200: jsonResponse(z.object({ items: z.array(VocCandidate) }).openapi('VocCandidateList'), 'Newest first') },
  }), async (c) => {
    const q = c.req.valid('query');
    const since = new Date(c.var.deps.now().getTime() - q.days * DAY_MS);
    const items = await selectCandidates(c.var.deps.database.db, principalOf(c).workspaceId, {
      since, limit: q.limit, accountId: q.accountId, dismissed: q.dismissed === 'true',
    });
    return c.json({ items }, 200);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'post', path: '/voc/candidates/dismiss', tags, summary: 'Set a candidate aside as not VOC: the inbox leaves it out',
    request: { body: jsonBody(CandidateRef) },
    responses: { 204: { description: 'Set aside (also when it already was)' } },
  }), async (c) => {
    const p = principalOf(c);
    await dismissCandidate(c.var.deps.database.db, p.workspaceId, c.req.valid('json'), p.userId, c.var.deps.now());
    return c.body(null, 204);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'post', path: '/voc/candidates/restore', tags, summary: 'Put a dismissed candidate back in the inbox',
    request: { body: jsonBody(CandidateRef) },
    responses: { 204: { description: 'Back in the inbox' } },
  }), async (c) => {
    await restoreCandidate(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('json'));
    return c.body(null, 204);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/voc/settings', tags, summary: 'The product team\'s webhook and the product-area tags',
    responses: { 200: jsonResponse(VocSettings, 'The settings (defaults until saved)') },
  }), async (c) => {
    const p = principalOf(c);
    return c.json(await loadVocSettings(c.var.deps.database.db, p.workspaceId, p.permissions.has('voc.triage')), 200);
  });

  app.openapi(guardedRoute('voc.triage', {
    method: 'put', path: '/voc/settings', tags, summary: 'Set the product team\'s webhook (null: none) and the product-area tags',
    request: { body: jsonBody(VocSettingsInput) },
    responses: { 200: jsonResponse(VocSettings, 'The saved settings') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    await saveVocSettings(db, p, c.req.valid('json'), c.var.deps.now());
    return c.json(await loadVocSettings(db, p.workspaceId, true), 200);
  });
}
