/** /api/v1 playbooks — thin: parse, authorise (by the route guard), call, present. */
import { sql } from 'drizzle-orm';
import { newRouter } from '../../app-router.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { notFound } from '../../errors.js';
import { z } from '@hono/zod-openapi';
import { csvResponse } from '../metrics/csv.js';
import { findAccount } from '../accounts/store.js';
import { DryRunResult, Playbook, PlaybookInput, PlaybookList, PlaybookPatch, RunList, RunQuery } from './schema.js';
import { createPlaybook, deletePlaybook, updatePlaybook } from './playbook-commands.js';
import { findPlaybook, forEvaluation, listPlaybookRows, runStats, selectRuns } from './playbook-store.js';
import { presentPlaybook, runsCsv } from './present.js';
import { dryRun } from './dry-run.js';
import type { Tx } from '../../db/connect.js';

const tags = ['playbooks'];
const DAY = 86_400_000;

async function onePlaybook(tx: Tx, workspaceId: string, id: string, now: Date) {
  const row = await findPlaybook(tx, workspaceId, id);
  if (!row) throw notFound('playbook.not_found', id);
  return presentPlaybook(row, (await runStats(tx, workspaceId, new Date(now.getTime() - 30 * DAY))).get(id));
}

export function playbookRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/playbooks', tags, summary: 'Playbooks with their runs of the last 30 days',
    responses: { 200: jsonResponse(PlaybookList, 'The playbooks') },
  }), async (c) => {
    const { db } = c.var.deps.database;
    const ws = principalOf(c).workspaceId;
    const stats = await runStats(db, ws, new Date(c.var.deps.now().getTime() - 30 * DAY));
    return c.json({ items: (await listPlaybookRows(db, ws)).map((r) => presentPlaybook(r, stats.get(r.id))) }, 200);
  });

  app.openapi(guardedRoute('journey.configure', {
    method: 'post', path: '/playbooks', tags, summary: 'Create a playbook: a trigger, conditions, a scope and actions',
    request: { body: jsonBody(PlaybookInput) },
    responses: { 201: jsonResponse(Playbook, 'The new playbook') },
  }), async (c) => {
    const { db } = c.var.deps.database;
    const p = principalOf(c);
    const id = await createPlaybook(db, p, c.req.valid('json'), c.var.deps.now());
    return c.json(await onePlaybook(db, p.workspaceId, id, c.var.deps.now()), 201);
  });

  app.openapi(guardedRoute('journey.configure', {
    method: 'post', path: '/playbooks/dry-run', tags, summary: 'Dry run of an unsaved definition: the accounts it would fire for now',
    request: { body: jsonBody(PlaybookInput) },
    responses: { 200: jsonResponse(DryRunResult, 'What it would do') },
  }), async (c) => {
    const input = c.req.valid('json');
    const candidate = { id: null, name: input.name, trigger: input.trigger, conditions: input.conditions, actions: input.actions, tierKeys: input.tierKeys, phaseKeys: input.phaseKeys };
    return c.json(await dryRun(c.var.deps.database.db, principalOf(c).workspaceId, candidate, c.var.deps.now()), 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/playbooks/{id}', tags, summary: 'One playbook',
    request: { params: IdParam },
    responses: { 200: jsonResponse(Playbook, 'The playbook') },
  }), async (c) => c.json(await onePlaybook(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('param').id, c.var.deps.now()), 200));

  app.openapi(guardedRoute('journey.configure', {
    method: 'patch', path: '/playbooks/{id}', tags, summary: 'Change a playbook or switch it on or off',
    request: { params: IdParam, body: jsonBody(PlaybookPatch) },
    responses: { 200: jsonResponse(Playbook, 'The changed playbook') },
  }), async (c) => {
    const { db } = c.var.deps.database;
    const p = principalOf(c);
    const id = c.req.valid('param').id;
    await updatePlaybook(db, p, id, c.req.valid('json'), c.var.deps.now());
    return c.json(await onePlaybook(db, p.workspaceId, id, c.var.deps.now()), 200);
  });

  app.openapi(guardedRoute('journey.configure', {
    method: 'delete', path: '/playbooks/{id}', tags, summary: 'Delete a playbook with its run log (switching it off keeps the log)',
    request: { params: IdParam },
    responses: { 204: { description: 'Deleted' } },
  }), async (c) => {
    await deletePlaybook(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.var.deps.now());
    return c.body(null, 204);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'post', path: '/playbooks/{id}/dry-run', tags, summary: 'Dry run of a saved playbook: the accounts it would fire for now, changing nothing',
    request: { params: IdParam },
    responses: { 200: jsonResponse(DryRunResult, 'What it would do') },
  }), async (c) => {
    const { db } = c.var.deps.database;
    const ws = principalOf(c).workspaceId;
    const row = await findPlaybook(db, ws, c.req.valid('param').id);
    if (!row) throw notFound('playbook.not_found', c.req.valid('param').id);
    return c.json(await dryRun(db, ws, forEvaluation(row), c.var.deps.now()), 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/playbooks/{id}/runs', tags, summary: 'The run log of a playbook: what fired, when, why, each action\'s result (format=csv)',
    request: { params: IdParam, query: RunQuery },
    responses: { 200: { description: 'The runs, newest first', content: { 'application/json': { schema: RunList }, 'text/csv': { schema: z.string() } } } },
  }), async (c) => {
    const { db } = c.var.deps.database;
    const ws = principalOf(c).workspaceId;
    const id = c.req.valid('param').id;
    const q = c.req.valid('query');
    if (!(await findPlaybook(db, ws, id))) throw notFound('playbook.not_found', id);
    const runs = await selectRuns(db, ws, sql`r.playbook_id = ${id}::uuid`, q.limit);
    return q.format === 'csv' ? csvResponse(`playbook-runs-${id}.csv`, runsCsv(runs, q.lang)) : c.json({ items: runs }, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/accounts/{id}/playbook-runs', tags, summary: 'The playbooks that fired for an account',
    request: { params: IdParam, query: RunQuery },
    responses: { 200: { description: 'The runs, newest first', content: { 'application/json': { schema: RunList }, 'text/csv': { schema: z.string() } } } },
  }), async (c) => {
    const { db } = c.var.deps.database;
    const ws = principalOf(c).workspaceId;
    const id = c.req.valid('param').id;
    const q = c.req.valid('query');
    if (!(await findAccount(db, ws, id))) throw notFound('account.not_found', id);
    const runs = await selectRuns(db, ws, sql`r.account_id = ${id}::uuid`, q.limit);
    return q.format === 'csv' ? csvResponse(`account-playbook-runs-${id}.csv`, runsCsv(runs, q.lang)) : c.json({ items: runs }, 200);
  });

  return app;
}
